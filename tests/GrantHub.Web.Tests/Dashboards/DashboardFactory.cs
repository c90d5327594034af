using System.Net;
using AngleSharp.Html.Dom;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// The app with its clock stopped on Tuesday 1 September 2026, 10:00 China time, a counter of SQL commands, and small
/// fixtures made the way the product makes them, through Core: centers, organizations with their residencies, editions
/// of a given year with categories and one award tier, eligible applications, decisions, results published (and made
/// final, which opens the grants and, for a funded project, has its agreement confirmed and its reports scheduled),
/// payments.
/// </summary>
public class DashboardFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The signing day of every funded project here: monthly reports fall due on the 20th (July and August before today).</summary>
    public static readonly DateOnly SignedOn = new(2026, 6, 20);

    public static readonly Money AwardAmount = Money.FromYuan(3_000m);

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(Clock);

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    private readonly Dictionary<string, Task<object>> _seeded = [];

    /// <summary>Seeds once per factory (the tests of a class share it) and hands back what was made.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> seed) where T : notnull
    {
        Task<object> task;
        lock (_seeded)
        {
            if (!_seeded.TryGetValue(key, out task!)) _seeded[key] = task = Run();
        }
        return (T)await task;

        async Task<object> Run() => await seed();
    }

    /// <summary>An instant on a China-time day, at the given hour.</summary>
    public static DateTime On(DateOnly day, int hour = 10) => ChinaTime.StartOfDayUtc(day).AddHours(hour);

    private TestUser? _officer;
    private TestUser? _finance;

    public async Task<TestUser> OfficerAsync() => _officer ??= await CreateUserAsync("officer", Roles.ProgramOfficer);

    public async Task<TestUser> FinanceAsync() => _finance ??= await CreateUserAsync("finance", Roles.FinanceOfficer);

    public async Task<HttpClient> ClientAsync(params string[] roles) => await SignedInClientAsync(await CreateUserAsync("person", roles));

    public Task<int> CenterAsync(string? name = null) => WithDbAsync(async db =>
    {
        var center = new IncubationCenter { Name = name ?? $"孵化中心-{Guid.NewGuid():N}"[..16], Level = CenterLevel.Community, Address = "仪征市真州镇", Desks = 10 };
        db.IncubationCenters.Add(center);
        await db.SaveChangesAsync();
        return center.Id;
    });

    /// <summary>A person with the center-staff role who works at the given centers.</summary>
    public async Task<TestUser> StaffAsync(params int[] centerIds)
    {
        var staff = await CreateUserAsync("staff", Roles.CenterStaff);
        await WithDbAsync(async db =>
        {
            foreach (var id in centerIds) db.CenterStaff.Add(new CenterStaffMember { CenterId = id, UserId = staff.Id });
            return await db.SaveChangesAsync();
        });
        return staff;
    }

    /// <summary>
    /// An organization created at <paramref name="createdAt"/> (default now) with its owner and a complete bank account;
    /// with <paramref name="centerId"/> it also applies for residency there (registered with the center).
    /// </summary>
    public async Task<(TestUser Member, Guid OrganizationId)> OrganizationAsync(int? centerId = null, DateTime? createdAt = null, string name = "嘉禾社区为老服务中心")
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var at = createdAt ?? Now;
        var id = await WithDbAsync(async db =>
        {
            var org = Organization.Register($"{name}{Random.Shared.Next(1000, 9999)}", OrganizationType.CommunityOrganization,
                $"JH-{Random.Shared.Next(100000, 999999)}", "刘会长", "13912345678", member.Id, at);
            org.BankAccountName = org.Name;
            org.BankName = "中国工商银行仪征支行";
            org.BankAccountNumber = "6222 0210 0000 1234";
            db.Organizations.Add(org);
            if (centerId is { } c) db.Residencies.Add(Residency.Apply(org.Id, c, "活动场地和财务培训。", at));
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }

    /// <summary>A published edition of <paramref name="year"/>, open in April, with the categories given and one award tier (10 × ¥3,000).</summary>
    public Task<Guid> EditionAsync(int year, params string[] categories) => WithDbAsync(async db =>
    {
        var opens = new DateOnly(year, 4, 1);
        var drafted = On(opens.AddDays(-10));
        var edition = CompetitionEdition.Draft($"{year}公益创投-{Guid.NewGuid():N}"[..20], year, "仪征市民政局", opens, opens.AddDays(30));
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10, [], null, EvaluationGrade.None, false, true, drafted);
        edition.SetCategories(categories.Length == 0 ? ["为老服务"] : categories, drafted);
        edition.SetAwardTiers([("一等奖", AwardAmount, 10)]);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>An application of the organization in the category named, submitted while the edition was open and passed screening.</summary>
    public async Task<Guid> ApplicationAsync(Guid editionId, Guid organizationId, string category = "为老服务", string project = "银龄互助食堂")
    {
        var officer = await OfficerAsync();
        return await WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
            var submitted = On(edition.OpensOn.AddDays(5));
            var application = Application.Start(edition, organizationId, officer.Id, submitted);
            application.DescribeProject(project, edition.Categories.Single(c => c.Name == category).Id, "为社区独居老人提供午餐和陪伴。", submitted);
            application.DescribePlan("独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", submitted);
            application.SetBudget(
            [
                ("活动物资", "活动物资说明", Money.FromYuan(100m), 200, FundsSource.Fiscal),
                ("专业督导", "专业督导说明", Money.FromYuan(5_000m), 2, FundsSource.Fiscal),
                ("场地租用", "场地租用说明", Money.FromYuan(1_000m), 6, FundsSource.Matching),
            ], submitted);
            application.Submit(edition, submitted);
            application.Screen(true, null, officer.Id, On(edition.ClosesOn.AddDays(3)));
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
    }

    /// <summary>Decides: funded with the amount in yuan, awarded the edition's award tier, or not selected.</summary>
    public async Task DecideAsync(Guid editionId, params (Guid ApplicationId, DecisionOutcome Outcome, decimal Yuan)[] decisions)
    {
        var officer = await OfficerAsync();
        await WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId);
            var made = await db.Decisions.Where(d => d.EditionId == editionId).ToListAsync();
            foreach (var (applicationId, outcome, yuan) in decisions)
            {
                var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
                var decision = Decision.Make(edition, application, outcome, outcome == DecisionOutcome.Funded ? Money.FromYuan(yuan) : null,
                    outcome == DecisionOutcome.Awarded ? edition.AwardTiers[0].Id : null, DecidedSoFar.Of(made, applicationId), officer.Id,
                    On(edition.ClosesOn.AddDays(10)));
                made.Add(decision);
                db.Decisions.Add(decision);
            }
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// Publishes the edition's results (every eligible application must be decided); <paramref name="final"/> also
    /// finalizes them and opens the grants: a funded project's agreement drafted (50/30/20) and confirmed on
    /// <see cref="SignedOn"/>, with its reports scheduled as the confirmation does. Returns the grants by application.
    /// </summary>
    public async Task<Dictionary<Guid, Guid>> PublishAsync(Guid editionId, bool final = true)
    {
        var officer = await OfficerAsync();
        return await WithDbAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Id == editionId);
            var eligible = await db.Applications.Where(a => a.EditionId == editionId && a.Status == ApplicationStatus.Eligible).ToListAsync();
            var decisions = await db.Decisions.Where(d => d.EditionId == editionId).ToListAsync();
            var publicity = Core.Judging.Publicity.Publish(edition, eligible.Select(a => a.Id), decisions, officer.Id, On(edition.ClosesOn.AddDays(20)));
            db.Publicities.Add(publicity);
            var grants = new Dictionary<Guid, Guid>();
            if (final)
            {
                var at = publicity.PeriodEndUtc.AddHours(1);
                publicity.Finalize([], decisions, officer.Id, at);
                foreach (var decision in decisions.Where(d => d.Outcome != DecisionOutcome.NotSelected))
                {
                    var application = eligible.Single(a => a.Id == decision.ApplicationId);
                    var grant = Grant.Open(decision, application.OrganizationId, at);
                    if (grant.Kind == GrantKind.Funding)
                    {
                        var member = await db.OrganizationMembers.Where(m => m.OrganizationId == application.OrganizationId).Select(m => m.UserId).FirstAsync();
                        grant.DraftAgreement(decision.Amount, TranchePlan.FromTemplate(decision.Amount, TrancheTemplate.FiftyThirtyTwenty),
                            new BankAccount("嘉禾社区为老服务中心", "中国工商银行仪征支行", "6222 0210 0000 1234"), officer.Id, at.AddDays(1));
                        var signed = SignedOn < ChinaTime.Today(Clock) ? SignedOn : ChinaTime.Today(Clock);
                        grant.Confirm(member, signed, "资助协议.pdf", "agreement.pdf", ChinaTime.Today(Clock), On(signed, 16));
                        db.Grants.Add(grant);
                        await db.ScheduleReportsAsync(grant);
                    }
                    else
                    {
                        db.Grants.Add(grant);
                    }
                    grants[decision.ApplicationId] = grant.Id;
                }
            }
            await db.SaveChangesAsync();
            return grants;
        });
    }

    /// <summary>Pays the grant's tranche (requested by the officer, approved and paid by finance) on <paramref name="paidOn"/>.</summary>
    public async Task PayAsync(Guid grantId, int number, DateOnly paidOn)
    {
        var officer = await OfficerAsync();
        var finance = await FinanceAsync();
        await WithDbAsync(async db =>
        {
            var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grantId);
            var tranche = grant.Tranches.Single(t => t.Number == number);
            tranche.Request(officer.Id, Now);
            tranche.Approve(finance.Id, Now);
            tranche.Pay(finance.Id, $"PAY-{Guid.NewGuid():N}"[..16], paidOn, Today, Now);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Submits the grant's report due on <paramref name="dueOn"/> at the instant given (its first submission).</summary>
    public async Task SubmitReportAsync(Guid grantId, DateOnly dueOn, DateTime at)
    {
        await WithDbAsync(async db =>
        {
            var report = await db.ProjectReports.Include(r => r.Spending).Include(r => r.Attachments)
                .SingleAsync(r => r.GrantId == grantId && r.DueOn == dueOn && r.Kind == ReportKind.Monthly);
            var member = await (from g in db.Grants join m in db.OrganizationMembers on g.OrganizationId equals m.OrganizationId
                                where g.Id == grantId select m.UserId).FirstAsync();
            report.SaveDraft("本月开展助餐服务 12 次。", "8月5日 社区食堂 助餐 30 人次", 45, [], at);
            report.Submit(member, at);
            return await db.SaveChangesAsync();
        });
    }
}

/// <summary>Reading figures off the dashboards' pages: by ids and data attributes, never by translated text.</summary>
internal static class DashboardPages
{
    public static int Kpi(this IHtmlDocument page, string id) =>
        int.Parse(page.QuerySelector($"#{id} .kpi-value")?.GetAttribute("data-value") ?? throw new InvalidOperationException($"No figure #{id}."));

    /// <summary>The text of a figure cell (data-figure) in a table's row (data-edition-id, data-year…), or null when the row is absent.</summary>
    public static string? Cell(this IHtmlDocument page, string table, string row, string figure) =>
        page.QuerySelector($"#{table} tbody tr[{row}] td[data-figure='{figure}']")?.TextContent.Trim();

    public static string? CellLink(this IHtmlDocument page, string table, string row, string figure) =>
        page.QuerySelector($"#{table} tbody tr[{row}] td[data-figure='{figure}'] a")?.GetAttribute("href");

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing at {selector}.");

    public static bool IsAccessDenied(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");
}
