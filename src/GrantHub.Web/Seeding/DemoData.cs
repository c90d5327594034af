using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The demo a newcomer clicks through: one account per role, the seed report's two community incubation centers and
/// a city-level one. Only when <c>Demo:Seed</c> is true (the local run), never in production.
/// </summary>
public static class DemoData
{
    public const string Password = "GrantHub-demo-2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.granthub.cn", "王管理", "13800000001", Roles.Administrator),
        new("officer@demo.granthub.cn", "李主管", "13800000002", Roles.ProgramOfficer),
        new("finance@demo.granthub.cn", "赵财务", "13800000003", Roles.FinanceOfficer),
        new("judge@demo.granthub.cn", "陈专家", "13800000004", Roles.Judge),
        new("judge2@demo.granthub.cn", "杨专家", "13800000008", Roles.Judge),
        new("judge3@demo.granthub.cn", "黄专家", "13800000009", Roles.Judge),
        new("judge4@demo.granthub.cn", "孙专家", "13800000010", Roles.Judge),
        new("judge5@demo.granthub.cn", "郑专家", "13800000011", Roles.Judge),
        new("staff@demo.granthub.cn", "周社工", "13800000005", Roles.CenterStaff),
        new("staff2@demo.granthub.cn", "吴社工", "13800000007", Roles.CenterStaff),
        new("org@demo.granthub.cn", "刘会长", "13800000006", Roles.OrganizationMember),
    ];

    public static readonly IReadOnlyList<IncubationCenter> Centers =
    [
        new() { Name = "嘉禾社区社会组织孵化中心", Level = CenterLevel.Community, Address = "仪征市真州镇嘉禾社区", Desks = 12 },
        new() { Name = "华兴新村社区社会组织孵化中心", Level = CenterLevel.Community, Address = "仪征市真州镇华兴新村社区", Desks = 10 },
        new() { Name = "仪征市社会组织孵化中心", Level = CenterLevel.City, Address = "仪征市民政局", Desks = 20 },
    ];

    /// <summary>Which demo staff account works at which center (staff@ at 嘉禾, staff2@ at 华兴新村).</summary>
    private static readonly (string Email, string Center)[] StaffPostings =
    [
        ("staff@demo.granthub.cn", "嘉禾社区社会组织孵化中心"),
        ("staff2@demo.granthub.cn", "华兴新村社区社会组织孵化中心"),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var users = new Dictionary<string, string>();
        foreach (var a in Accounts)
            users[a.Email] = (await Seeder.EnsureUserAsync(services, a.Email, Password, a.DisplayName, a.Mobile, [a.Role])).Id;

        var db = services.GetRequiredService<GrantHubDbContext>();
        var existing = await db.IncubationCenters.Select(c => c.Name).ToListAsync();
        foreach (var center in Centers.Where(c => !existing.Contains(c.Name)))
            db.IncubationCenters.Add(new IncubationCenter { Name = center.Name, Level = center.Level, Address = center.Address, Desks = center.Desks });
        await db.SaveChangesAsync();

        var centerIds = await db.IncubationCenters.ToDictionaryAsync(c => c.Name, c => c.Id);
        var postings = await db.CenterStaff.Select(s => new { s.CenterId, s.UserId }).ToListAsync();
        foreach (var (email, center) in StaffPostings)
        {
            if (!postings.Any(p => p.CenterId == centerIds[center] && p.UserId == users[email]))
                db.CenterStaff.Add(new CenterStaffMember { CenterId = centerIds[center], UserId = users[email] });
        }
        await db.SaveChangesAsync();

        await DemoIncubation.SeedAsync(db, users["org@demo.granthub.cn"],
            StaffPostings.ToDictionary(p => p.Center, p => users[p.Email]), services.GetRequiredService<TimeProvider>());
        await DemoCompetitions.SeedAsync(db, users["officer@demo.granthub.cn"], services.GetRequiredService<TimeProvider>());
        await DemoJudging.SeedAsync(db, Accounts.Where(a => a.Role == Roles.Judge).Select(a => users[a.Email]).ToList(),
            users["officer@demo.granthub.cn"], services.GetRequiredService<TimeProvider>());
        await DemoFunding.SeedAsync(services, users["officer@demo.granthub.cn"], users["finance@demo.granthub.cn"]);
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Mobile, string Role);
