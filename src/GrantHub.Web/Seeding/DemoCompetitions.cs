using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The seed report's three community venture competitions, each with screened applications from the demo
/// organizations, and a fourth edition open now so that the demo organization can apply. The three are dated in the
/// three years before the open one (the report's were 2015–2017), so that the latest edition's projects are still
/// running today: reports due, tranches waiting, reminders going out, as in a live bureau. Seeded generator: the same
/// demo on every fresh run.
/// </summary>
public static class DemoCompetitions
{
    public static readonly string[] Categories = ["为老服务", "文化活动", "青少年教育", "困难家庭帮扶"];

    /// <summary>The past editions, by how many years before the open one.</summary>
    private static readonly (int YearsAgo, string Name, int Applications)[] PastEditions =
    [
        (3, "仪征市首届社区公益创投大赛", 40),
        (2, "仪征市第二届社区公益创投大赛", 45),
        (1, "仪征市第三届社区公益创投大赛", 50),
    ];

    public const string OpenEditionName = "仪征市第四届社区公益创投大赛";

    private static readonly string[] ProjectIdeas =
    [
        "银龄互助食堂", "邻里守望敲门行动", "四点半课堂", "社区戏曲进楼道", "困境家庭微心愿", "老年智能手机课堂",
        "亲子共读角", "残障人士手工坊", "独居老人助浴", "社区口述历史", "青少年暑期安全营", "睦邻文化节",
    ];

    public static async Task SeedAsync(GrantHubDbContext db, string officerUserId, TimeProvider clock)
    {
        if (await db.Editions.AnyAsync(e => e.Name == OpenEditionName)) return;

        var organizations = await db.Organizations.OrderBy(o => o.CreatedAt).ThenBy(o => o.Name).ToListAsync();
        if (organizations.Count == 0) return;
        var random = new Random(2015);
        var today = ChinaTime.Today(clock);

        // Editions first: applications refer to their categories, whose keys the database assigns.
        var past = PastEditions.Select(p =>
        {
            var year = today.Year - p.YearsAgo;
            var opens = new DateOnly(year, 4, 1);
            return (Edition: NewEdition(p.Name, year, opens, opens.AddDays(45), new Money(35_000_000), new Money(3_000_000), AtNoon(opens.AddDays(-10))), p.Applications);
        }).ToList();
        // Open now: from two weeks ago to a month ahead, so the demo organization can apply today.
        var open = NewEdition(OpenEditionName, today.Year, today.AddDays(-14), today.AddDays(30), new Money(40_000_000), new Money(3_000_000),
            AtNoon(today.AddDays(-20)));
        db.Editions.AddRange(past.Select(p => p.Edition));
        db.Editions.Add(open);
        await db.SaveChangesAsync();

        foreach (var (edition, count) in past)
        {
            var submittedOn = edition.OpensOn.AddDays(20);
            // The demo organization applied to the last past edition: it can reuse that application in the open one.
            var applicants = organizations.OrderBy(o => edition == past[^1].Edition && o.Name == DemoIncubation.DemoOrganizationName ? 0 : 1)
                .ThenBy(_ => random.Next()).Take(count);
            foreach (var org in applicants)
            {
                var application = DraftFor(edition, org, officerUserId, random, AtNoon(submittedOn));
                application.Submit(edition, AtNoon(submittedOn.AddDays(random.Next(0, 20))));
                var passed = random.Next(12) != 0;
                application.Screen(passed, passed ? null : "近两年年检不合格，不符合申报条件。", officerUserId, AtNoon(edition.ClosesOn.AddDays(3)));
                db.Applications.Add(application);
            }
        }
        // The demo organization is left out of the open edition: it applies itself in the demo.
        foreach (var org in organizations.Where(o => o.Name != DemoIncubation.DemoOrganizationName).OrderBy(_ => random.Next()).Take(12))
        {
            var application = DraftFor(open, org, officerUserId, random, AtNoon(today.AddDays(-7)));
            application.Submit(open, AtNoon(today.AddDays(-random.Next(1, 7))));
            db.Applications.Add(application);
        }
        await db.SaveChangesAsync();
    }

    private static CompetitionEdition NewEdition(string name, int year, DateOnly opens, DateOnly closes, Money pool, Money cap, DateTime draftedAt)
    {
        var edition = CompetitionEdition.Draft(name, year, "仪征市民政局", opens, closes);
        edition.SetBasics(name, year, "仪征市民政局",
            "围绕为老服务、文化活动、青少年教育和困难家庭帮扶，面向本市社区社会组织征集公益服务项目。项目周期一年，资助项目分期拨付，优秀项目给予奖励。");
        edition.SetTimeline(opens, closes, closes.AddDays(30), 7);
        edition.SetRules(pool, cap, 10, [OrganizationType.CommunityOrganization, OrganizationType.SocialServiceOrganization, OrganizationType.SocialGroup],
            null, EvaluationGrade.None, requiresResidency: false, allowsSeveralApplications: false, draftedAt);
        edition.SetCategories(Categories, draftedAt);
        edition.SetAwardTiers([("一等奖", new Money(800_000), 5), ("二等奖", new Money(500_000), 10), ("三等奖", new Money(300_000), 15)]);
        edition.Publish(draftedAt);
        return edition;
    }

    private static Application DraftFor(CompetitionEdition edition, Organization org, string userId, Random random, DateTime at)
    {
        var application = Application.Start(edition, org.Id, userId, at);
        var idea = ProjectIdeas[random.Next(ProjectIdeas.Length)];
        var category = edition.Categories[random.Next(edition.Categories.Count)];
        application.DescribeProject($"{idea}（{org.Name[..Math.Min(4, org.Name.Length)]}）", category.Id, $"在社区开展“{idea}”服务，每月不少于四次活动。", at);
        application.DescribePlan("社区老年人、困境家庭和青少年对身边服务需求大，现有服务供给不足。", "一年内服务居民不少于300人次，培育骨干志愿者20名。",
            "第1-2月：需求调研与志愿者招募；第3-10月：常态化开展服务；第11-12月：总结评估。", "社区居民", random.Next(80, 600),
            "负责人1名，社工1名，志愿者15名。", "志愿者流失：建立激励机制；活动安全：制定安全预案。", at);
        var fiscal = random.Next(8, 30) * 100_000;
        application.SetBudget(
        [
            ("活动物资", "服务活动耗材与物资", new Money(fiscal / 2), 1, FundsSource.Fiscal),
            ("人员补贴", "志愿者交通与餐费补贴", new Money(fiscal / 20), 10, FundsSource.Fiscal),
            ("宣传印刷", "宣传海报与手册", new Money(fiscal / 10), 1, FundsSource.Matching),
            ("场地", "社区提供的活动场地（折算）", new Money(fiscal / 10), 1, FundsSource.Matching),
        ], at);
        return application;
    }

    private static DateTime AtNoon(DateOnly day) => ChinaTime.StartOfDayUtc(day).AddHours(12);
}
