using System.Globalization;
using GrantHub.Core;
using GrantHub.Web.Email;
using GrantHub.Web.Jobs;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.BrowserTests;

/// <summary>
/// The report journey's own app, with the demo data: its clock is a <see cref="FakeTimeProvider"/> that starts at the
/// real now (so the demo is seeded as on any day) and that the test moves forward, and its e-mail goes to an
/// <see cref="InProcessSmtpServer"/> of its own. Served by Kestrel on a free port of 127.0.0.1; the browser is the
/// collection's (<see cref="BrowserFixture"/>). Its own app, so that moving the clock touches no other journey.
/// </summary>
public sealed class ReportJourneyFixture : IAsyncLifetime
{
    public ReportJourneyFixture()
    {
        Smtp = InProcessSmtpServer.StartAsync().GetAwaiter().GetResult();
        App = new JourneyApp(Smtp, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public InProcessSmtpServer Smtp { get; }

    public GrantHubFactory App { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public DateOnly Today => ChinaTime.Today(Clock);

    public Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("Kestrel reported no address.");
        var port = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal)).Port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        return Task.CompletedTask;
    }

    /// <summary>Moves the clock forward to 09:00 China time on <paramref name="day"/>, when the daily reminders run.</summary>
    public void MoveTo(DateOnly day) => Clock.SetUtcNow(new DateTimeOffset(ChinaTime.StartOfDayUtc(day).AddHours(9), TimeSpan.Zero));

    /// <summary>Runs the daily reminder job as Hangfire would: in a scope of its own. Returns how many reminders it wrote.</summary>
    public async Task<int> RunRemindersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    /// <summary>Runs the outbox relay once, as its recurring job would: the waiting e-mails go to the SMTP server.</summary>
    public async Task<int> RelayAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxRelay>().RelayAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    private sealed class JourneyApp : GrantHubFactory
    {
        private readonly FakeTimeProvider _clock;

        public JourneyApp(InProcessSmtpServer smtp, FakeTimeProvider clock)
        {
            _clock = clock;
            Settings["Demo:Seed"] = "true";
            Settings["Email:Smtp:Host"] = smtp.Host;
            Settings["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
            Settings["Email:Smtp:Security"] = "None";
            Settings["Email:Smtp:TimeoutSeconds"] = "10";
        }

        protected override void ReplaceServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
    }
}
