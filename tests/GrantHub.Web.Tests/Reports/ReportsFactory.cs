using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Reports;

/// <summary>A funded project made for a test: its grant, edition, organization, a member of it, and its name.</summary>
public sealed record FundedProject(Guid GrantId, Guid EditionId, Guid OrganizationId, TestUser Member, string Project, DateOnly SignedOn);

/// <summary>
/// The app with its clock stopped on Tuesday 1 September 2026, 10:00 China time, uploaded files in the test's own folder,
/// and a counter of SQL commands. <see cref="FundedProjectAsync"/> makes a funded project the way the product does, step
/// by step through Core: an edition open in spring, an application submitted and screened, a funded decision published
/// and made final, the agreement drafted and confirmed on the signing day — and then the reports scheduled, as the
/// confirmation does.
/// </summary>
public sealed class ReportsFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The default signing day: monthly reports fall due on the 20th, the first two before <see cref="Start"/>.</summary>
    public static readonly DateOnly SignedOn = new(2026, 6, 20);

    /// <summary>The application's budget: two fiscal lines and one matching line (¥36,000 in all).</summary>
    public static readonly (string Subject, decimal UnitYuan, int Quantity, FundsSource Source)[] Budget =
    [
        ("活动物资", 100m, 200, FundsSource.Fiscal),
        ("专业督导", 5_000m, 2, FundsSource.Fiscal),
        ("场地租用", 1_000m, 6, FundsSource.Matching),
    ];

    public ReportsFactory()
    {
        Settings["Files:Folder"] = FilesFolder;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public string FilesFolder => Path.Combine(Folder, "files");

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(Clock);

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    private TestUser? _officer;

    /// <summary>The program officer who decides, drafts and reviews (one per factory).</summary>
    public async Task<TestUser> OfficerAsync() => _officer ??= await CreateUserAsync("officer", Roles.ProgramOfficer);

    /// <summary>A member of a new organization (owner), with a complete bank account.</summary>
    public async Task<(TestUser Member, Guid OrganizationId)> CreateOrganizationAsync(string name = "嘉禾社区为老服务中心")
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var id = await WithDbAsync(async db =>
        {
            var org = Organization.Register($"{name}{Random.Shared.Next(100, 999)}", OrganizationType.CommunityOrganization,
                $"JH-2026-{Random.Shared.Next(10000, 99999)}", "刘会长", "13912345678", member.Id, Now);
            org.BankAccountName = org.Name;
            org.BankName = "中国工商银行仪征支行";
            org.BankAccountNumber = "6222 0210 0000 1234";
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }

    /// <summary>
    /// A funded project of a new edition and organization, its agreement signed and confirmed on
    /// <paramref name="signedOn"/>, its reports scheduled by <see cref="ReportScheduling.ScheduleReportsAsync"/> under
    /// <paramref name="rules"/> (monthly, mid-term, final months, pass mark) or the defaults.
    /// </summary>
    public async Task<FundedProject> FundedProjectAsync(DateOnly? signedOn = null, (bool Monthly, int Midterm, int Final)? rules = null,
        string project = "银龄互助食堂", bool schedule = true)
    {
        var signed = signedOn ?? SignedOn;
        var officer = await OfficerAsync();
        var (member, organizationId) = await CreateOrganizationAsync();
        var opensOn = signed.AddDays(-120);
        var closesOn = opensOn.AddDays(30);
        DateTime On(DateOnly day, int hour = 10) => ChinaTime.StartOfDayUtc(day).AddHours(hour);

        var editionId = await WithDbAsync(async db =>
        {
            var drafted = On(opensOn.AddDays(-10));
            var edition = CompetitionEdition.Draft($"公益创投大赛-{Guid.NewGuid():N}"[..20], opensOn.Year, "仪征市民政局", opensOn, closesOn);
            edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10, [], null, EvaluationGrade.None, false, false, drafted);
            edition.SetCategories(["为老服务", "社区治理"], drafted);
            edition.Publish(drafted);
            db.Editions.Add(edition);
            if (rules is { } r)
            {
                var own = ReportingRules.Defaults(edition.Id);
                own.Set(r.Monthly, r.Midterm, r.Final, Evaluation.DefaultPassMark);
                db.ReportingRules.Add(own);
            }
            await db.SaveChangesAsync();
            return edition.Id;
        });

        var grantId = await WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
            var submitted = On(opensOn.AddDays(5));
            var application = Application.Start(edition, organizationId, member.Id, submitted);
            application.DescribeProject(project, edition.Categories.Single(c => c.Name == "为老服务").Id, "为社区独居老人提供午餐和陪伴。", submitted);
            application.DescribePlan("独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", submitted);
            application.SetBudget(Budget.Select(b => (b.Subject, $"{b.Subject}说明", Money.FromYuan(b.UnitYuan), b.Quantity, b.Source)), submitted);
            application.Submit(edition, submitted);
            application.Screen(true, null, officer.Id, On(closesOn.AddDays(3)));
            db.Applications.Add(application);

            var decided = On(closesOn.AddDays(10));
            var amount = Money.FromYuan(28_000m);
            var decision = Decision.Make(edition, application, DecisionOutcome.Funded, amount, null, DecidedSoFar.Nothing, officer.Id, decided);
            db.Decisions.Add(decision);
            var publicity = Core.Judging.Publicity.Publish(edition, [application.Id], [decision], officer.Id, decided);
            publicity.Finalize([], [decision], officer.Id, publicity.PeriodEndUtc.AddHours(1));
            db.Publicities.Add(publicity);

            var grant = Grant.Open(decision, organizationId, publicity.PeriodEndUtc.AddHours(1));
            grant.DraftAgreement(amount, TranchePlan.FromTemplate(amount, TrancheTemplate.FiftyThirtyTwenty),
                new BankAccount("嘉禾社区为老服务中心", "中国工商银行仪征支行", "6222 0210 0000 1234"), officer.Id, publicity.PeriodEndUtc.AddDays(1));
            grant.Confirm(member.Id, signed, "资助协议-盖章版.pdf", "agreement.pdf", signed, On(signed, 16));
            db.Grants.Add(grant);
            // What the confirmation does: schedule the project's reports in the same save.
            if (schedule) await db.ScheduleReportsAsync(grant);
            await db.SaveChangesAsync();
            return grant.Id;
        });
        return new FundedProject(grantId, editionId, organizationId, member, project, signed);
    }

    /// <summary>The project's reports in due order.</summary>
    public Task<List<ProjectReport>> ReportsAsync(Guid grantId) => WithDbAsync(db =>
        db.ProjectReports.AsNoTracking().Include(r => r.Spending).Include(r => r.Attachments)
            .Where(r => r.GrantId == grantId).OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ToListAsync());

    public Task<ProjectReport> ReportAsync(Guid reportId) => WithDbAsync(db =>
        db.ProjectReports.AsNoTracking().Include(r => r.Spending).Include(r => r.Attachments).SingleAsync(r => r.Id == reportId));

    /// <summary>The project's report of <paramref name="kind"/> number <paramref name="number"/>.</summary>
    public async Task<ProjectReport> ReportAsync(Guid grantId, ReportKind kind, int number = 1) =>
        (await ReportsAsync(grantId)).Single(r => r.Kind == kind && r.Number == number);

    /// <summary>Changes a report through its own methods (as the organization or the officer would), and saves.</summary>
    public Task ChangeAsync(Guid reportId, Action<ProjectReport> change) => WithDbAsync(async db =>
    {
        var report = await db.ProjectReports.Include(r => r.Spending).Include(r => r.Attachments).SingleAsync(r => r.Id == reportId);
        change(report);
        return await db.SaveChangesAsync();
    });

    /// <summary>A complete report submitted at <see cref="Now"/>.</summary>
    public Task SubmitAsync(Guid reportId, string memberId) => ChangeAsync(reportId, r =>
    {
        r.SaveDraft("本月开展助餐服务 12 次。", "8月5日 社区食堂 助餐 30 人次", 45, [], Now);
        r.Submit(memberId, Now);
    });
}
