using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Benchmarks.LargeData;

/// <summary>
/// The six roles and the demo accounts (the same e-mails and password as the app's demo seed, src/GrantHub.Web/Seeding/
/// DemoData.cs), made through Identity's own <see cref="UserManager{TUser}"/> and <see cref="RoleManager{TRole}"/> so that
/// the password hashes, normalized names and security stamps are exactly what the app checks at sign-in.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "GrantHub-demo-2026";

    public static readonly IReadOnlyList<(string Email, string DisplayName, string Mobile, string Role)> All =
    [
        ("admin@demo.granthub.cn", "王管理", "13800000001", Roles.Administrator),
        ("officer@demo.granthub.cn", "李主管", "13800000002", Roles.ProgramOfficer),
        ("finance@demo.granthub.cn", "赵财务", "13800000003", Roles.FinanceOfficer),
        ("judge@demo.granthub.cn", "陈专家", "13800000004", Roles.Judge),
        ("judge2@demo.granthub.cn", "杨专家", "13800000008", Roles.Judge),
        ("judge3@demo.granthub.cn", "黄专家", "13800000009", Roles.Judge),
        ("judge4@demo.granthub.cn", "孙专家", "13800000010", Roles.Judge),
        ("judge5@demo.granthub.cn", "郑专家", "13800000011", Roles.Judge),
        ("staff@demo.granthub.cn", "周社工", "13800000005", Roles.CenterStaff),
        ("staff2@demo.granthub.cn", "吴社工", "13800000007", Roles.CenterStaff),
        ("org@demo.granthub.cn", "刘会长", "13800000006", Roles.OrganizationMember),
    ];

    /// <summary>Creates the roles and the accounts; returns the user ids by e-mail and the role ids by name.</summary>
    public static async Task<(Dictionary<string, string> Users, Dictionary<string, string> Roles)> CreateAsync(string connectionString, DateTime nowUtc)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<GrantHubDbContext>(o => o.UseSqlite(connectionString));
        services.AddIdentityCore<AppUser>(o =>
            {
                // The app's rules (Composition/IdentitySetup.cs): length, not composition.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GrantHubDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var roleIds = new Dictionary<string, string>();
        foreach (var name in Core.Identity.Roles.All)
        {
            var role = new IdentityRole(name);
            Check(await roles.CreateAsync(role), name);
            roleIds[name] = role.Id;
        }

        var userIds = new Dictionary<string, string>();
        foreach (var (email, displayName, mobile, role) in All)
        {
            var user = AppUser.Create(email, displayName, mobile, nowUtc, emailConfirmed: true);
            Check(await users.CreateAsync(user, Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
            userIds[email] = user.Id;
        }
        return (userIds, roleIds);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
