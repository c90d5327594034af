using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace GrantHub.Web.Seeding;

/// <summary>At every start: the six roles and the first administrator; in the local run, the demo data too. Idempotent.</summary>
public static class Seeder
{
    public static async Task RunAsync(IServiceProvider services)
    {
        var config = services.GetRequiredService<IConfiguration>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        var adminEmail = config["Admin:Email"];
        var adminPassword = config["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrWhiteSpace(adminPassword))
            await EnsureUserAsync(services, adminEmail, adminPassword, config["Admin:DisplayName"] ?? "系统管理员", null, [Roles.Administrator]);

        if (config.GetValue("Demo:Seed", false))
            await DemoData.SeedAsync(services);
    }

    internal static async Task<AppUser> EnsureUserAsync(IServiceProvider services, string email, string password,
        string displayName, string? mobile, IEnumerable<string> roles)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = AppUser.Create(email, displayName, mobile, clock.GetUtcNow().UtcDateTime, emailConfirmed: true);
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Could not seed {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        foreach (var role in roles)
        {
            if (!await users.IsInRoleAsync(user, role))
                await users.AddToRoleAsync(user, role);
        }
        return user;
    }
}
