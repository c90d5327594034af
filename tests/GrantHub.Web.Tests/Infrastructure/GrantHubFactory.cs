using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>
/// The whole app on a real SQLite file in a fresh temp folder (one per instance, so one per test class through
/// <c>IClassFixture</c>). Development environment, but every setting the app reads is pinned here so that nothing on
/// the machine (appsettings.Development.json's demo seed, a pickup folder, a running job server) changes a result.
/// Subclasses add to <see cref="Settings"/> in their constructor and replace services in <see cref="ReplaceServices"/>.
/// </summary>
public class GrantHubFactory : WebApplicationFactory<Program>
{
    /// <summary>Good enough for Identity's rules (length 8, not on the common list).</summary>
    public const string DefaultPassword = "Correct-horse-2026";

    /// <summary>
    /// Every host watches its content root for changes (configuration reload, asp-append-version) with one inotify
    /// instance each, and Linux allows a user 128: with a host per test class the run ran out and pages answered 500.
    /// Polling watchers take none; the tests never change those files anyway.
    /// </summary>
    static GrantHubFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public GrantHubFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "granthub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "granthub.db");
        Settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:GrantHub"] = $"Data Source={DatabasePath}",
            // Tests run jobs and services themselves, in order; no Hangfire server polls in the background.
            ["Jobs:RunServer"] = "false",
            ["Demo:Seed"] = "false",
            ["Admin:Email"] = "",
            ["Admin:Password"] = "",
            ["Email:Smtp:Host"] = "",
            ["Email:PickupFolder"] = Path.Combine(Folder, "mail-pickup"),
            // Uploaded and seeded files (the demo's signed scans) stay in this instance's folder, not the project's App_Data.
            ["Files:Folder"] = Path.Combine(Folder, "files"),
            ["Logging:LogLevel:Default"] = "Warning",
            // Figures are computed on every request here, so a test sees a record it adds at once (CachedFiguresTests turns it on).
            ["Dashboards:CacheSeconds"] = "0",
        };
    }

    /// <summary>This instance's temp folder: the database and the mail pickup folder live here.</summary>
    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>Configuration given to the host with <c>UseSetting</c>, so values read before <c>Build()</c> count too.</summary>
    public IDictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            QuietHangfireLog.Apply(services);
            ReplaceServices(services);
        });
    }

    /// <summary>Runs after the app's own registrations: e.g. swap <see cref="TimeProvider"/> for a FakeTimeProvider.</summary>
    protected virtual void ReplaceServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A client that behaves like one browser: keeps cookies, and does not follow redirects so that a test can see
    /// where the app sends the person.
    /// </summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    /// <summary>Creates a user with a unique e-mail (prefix-guid@test.granthub.cn) and the given roles.</summary>
    public async Task<TestUser> CreateUserAsync(string prefix = "user", params string[] roles)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@test.granthub.cn".ToLowerInvariant();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"Test {prefix}",
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        Succeeded(await users.CreateAsync(user, DefaultPassword), email);
        foreach (var role in roles)
            Succeeded(await users.AddToRoleAsync(user, role), email);
        return new TestUser(user.Id, email, DefaultPassword);
    }

    /// <summary>Reads (or changes) the database through a fresh scope and DbContext, as a second request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<GrantHubDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GrantHubDbContext>());
    }

    /// <summary>A new HTTP client signed in as <paramref name="user"/> through the login form.</summary>
    public async Task<HttpClient> SignedInClientAsync(TestUser user)
    {
        var client = CreateBrowserClient();
        await client.SignInAsync(user.Email, user.Password);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the file open; release them before removing the folder.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder: harmless, and the next run uses a new one.
        }
    }

    private static void Succeeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}

public sealed record TestUser(string Id, string Email, string Password);
