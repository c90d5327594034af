using System.Globalization;
using System.Net;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Jobs;
using GrantHub.Web.Resources;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// The app with its clock stopped on Thursday 26 November 2026, 10:00 China time, a counter of SQL commands, a job client
/// that records what is enqueued (the test then runs it, as Hangfire would, in its own scope), and the ways to make a
/// small world through Core: centers and their staff, organizations with residencies, services and assessments, an
/// edition with scored, screened and decided applications, grants paid in part, reports and evaluations.
/// </summary>
public class LedgersFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public RecordingJobClient Jobs { get; } = new();

    /// <summary>Every state of an export as it was saved: how its progress went.</summary>
    public ExportProgressLog Progress { get; } = new();

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(Clock);

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IBackgroundJobClient>(Jobs);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands, Progress));
    }

    public static DateTime On(DateOnly day, int hour = 10) => ChinaTime.StartOfDayUtc(day).AddHours(hour);

    /// <summary>The app's text for <paramref name="key"/> in <paramref name="culture"/> (zh-CN unless told).</summary>
    public string Text(string key, string culture = "zh-CN", params object[] args)
    {
        var l = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ReminderMessages.InCulture(culture, () => l[key, args].Value);
    }

    public string Label(Enum value, string culture = "zh-CN") => Text(EnumLabels.Of(value), culture);

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

    // ---- Running the exports as Hangfire would ----

    /// <summary>Runs every export job enqueued and not yet run, each in its own scope, in order; returns how many ran.</summary>
    public async Task<int> RunEnqueuedAsync()
    {
        var ran = 0;
        while (Jobs.Next() is { } job)
        {
            Assert.Equal(typeof(ExportLedgerJob), job.Type);
            Assert.Equal(nameof(ExportLedgerJob.RunAsync), job.Method.Name);
            await using var scope = Services.CreateAsyncScope();
            var instance = ActivatorUtilities.GetServiceOrCreateInstance<ExportLedgerJob>(scope.ServiceProvider);
            await instance.RunAsync((Guid)job.Args[0], CancellationToken.None);
            ran++;
        }
        return ran;
    }

    /// <summary>Presses "Generate" on the ledger's card with the filters given, runs the export, and returns it.</summary>
    public async Task<ExportJob> GenerateAsync(HttpClient client, LedgerKind kind, Guid? editionId = null, int? year = null, int? centerId = null)
    {
        var fields = new Dictionary<string, string> { ["Kind"] = kind.ToString() };
        if (editionId is { } e) fields["EditionId"] = e.ToString();
        if (year is { } y) fields["Year"] = y.ToString(CultureInfo.InvariantCulture);
        if (centerId is { } c) fields["CenterId"] = c.ToString(CultureInfo.InvariantCulture);
        var page = await client.GetPageAsync("/ledgers");
        var form = page.QuerySelector($"#ledger-{kind.ToString().ToLowerInvariant()} form")
                   ?? throw new InvalidOperationException($"No card for the {kind} ledger.");
        var before = await WithDbAsync(db => db.ExportJobs.Select(x => x.Id).ToListAsync());
        using var response = await client.SubmitFormAsync(Html.Parse(form.OuterHtml), "/ledgers", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ledgers#exports", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await RunEnqueuedAsync());
        return await WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(x => !before.Contains(x.Id)));
    }

    /// <summary>Downloads a ready export and reads each sheet back as rows of header → value.</summary>
    public static async Task<Dictionary<string, List<IDictionary<string, object?>>>> ReadAsync(HttpClient client, ExportJob export)
    {
        Assert.Equal(ExportStatus.Ready, export.Status);
        using var response = await client.GetAsync($"/ledgers/exports/{export.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.GetSheetNames().ToDictionary(s => s, s => stream.Query(useHeaderRow: true, sheetName: s)
            .Cast<IDictionary<string, object?>>().ToList());
    }

    // ---- People ----

    private TestUser? _officer;

    public async Task<TestUser> OfficerAsync() => _officer ??= await CreateUserAsync("officer", Roles.ProgramOfficer);

    public async Task<HttpClient> ClientAsync(params string[] roles) => await SignedInClientAsync(await CreateUserAsync("person", roles));

    public Task<int> CenterAsync(string name) => WithDbAsync(async db =>
    {
        var center = new IncubationCenter { Name = name, Level = CenterLevel.Community, Address = "仪征市真州镇", Desks = 10 };
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

    // ---- Organizations and residency ----

    /// <summary>An organization with its owner; registered (with a credit code) on <paramref name="registeredOn"/> when given, else filed.</summary>
    public async Task<(TestUser Member, Guid OrganizationId)> OrganizationAsync(string name, string? creditCode = null, DateOnly? registeredOn = null)
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var id = await WithDbAsync(async db =>
        {
            var org = creditCode is null
                ? Organization.Register(name, OrganizationType.CommunityOrganization, $"JH-{Random.Shared.Next(100000, 999999)}", "刘会长", "13912345678", member.Id, On(new DateOnly(2026, 1, 5)))
                : Organization.Register(name, OrganizationType.SocialServiceOrganization, creditCode, "刘会长", "13912345678", member.Id, On(new DateOnly(2026, 1, 5)));
            org.RegisteredOn = registeredOn;
            org.BankAccountName = name;
            org.BankName = "中国工商银行仪征支行";
            org.BankAccountNumber = "6222 0210 0000 1234";
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }

    /// <summary>A residency applied for on <paramref name="appliedOn"/>; admitted from <paramref name="admittedOn"/> for 24 months when given.</summary>
    public Task<Guid> ResidencyAsync(Guid organizationId, int centerId, DateOnly appliedOn, DateOnly? admittedOn = null) => WithDbAsync(async db =>
    {
        var residency = Residency.Apply(organizationId, centerId, "活动场地和财务培训。", On(appliedOn));
        if (admittedOn is { } start) residency.Admit(start, 24, Placement.Virtual, null, "staff", On(start));
        db.Residencies.Add(residency);
        await db.SaveChangesAsync();
        return residency.Id;
    });

    public Task ServiceAsync(Guid residencyId, DateOnly on) => WithDbAsync(async db =>
    {
        var residency = await db.Residencies.SingleAsync(r => r.Id == residencyId);
        db.ServiceRecords.Add(ServiceRecord.Record(residency, ServiceType.Training, on, 90, "财务制度培训", 12, Money.Zero, "staff", On(on)));
        return await db.SaveChangesAsync();
    });

    /// <summary>An assessment scoring <paramref name="perDimension"/> on each of the four dimensions.</summary>
    public Task AssessAsync(Guid residencyId, DateOnly on, int perDimension, AssessmentKind kind = AssessmentKind.Capacity) => WithDbAsync(async db =>
    {
        var residency = await db.Residencies.SingleAsync(r => r.Id == residencyId);
        db.Assessments.Add(Assessment.Record(residency, kind, on, perDimension, perDimension, perDimension, perDimension, "", "staff", On(on)));
        return await db.SaveChangesAsync();
    });

    public Task GraduateAsync(Guid residencyId, DateOnly on, string certificate) => WithDbAsync(async db =>
    {
        var residency = await db.Residencies.SingleAsync(r => r.Id == residencyId);
        var assessment = await db.Assessments.Where(a => a.ResidencyId == residencyId && a.Kind == AssessmentKind.Graduation).SingleAsync();
        residency.Graduate(assessment, 60, on, certificate);
        return await db.SaveChangesAsync();
    });

    // ---- A competition ----

    /// <summary>A published edition of <paramref name="year"/> (plain mean of the scores), with two categories and one award tier (10 × ¥3,000).</summary>
    public Task<Guid> EditionAsync(int year, string name) => WithDbAsync(async db =>
    {
        var opens = new DateOnly(year, 4, 1);
        var drafted = On(opens.AddDays(-10));
        var edition = CompetitionEdition.Draft(name, year, "仪征市民政局", opens, opens.AddDays(30));
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10, [], null, EvaluationGrade.None, false, true, drafted);
        edition.SetCategories(["为老服务", "青少年教育"], drafted);
        edition.SetReview(3, AggregationMethod.Mean, false, 60);
        edition.SetAwardTiers([("一等奖", Money.FromYuan(3_000m), 10)]);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>
    /// An application of the organization, submitted while the edition was open; screened eligible, or not eligible
    /// with the reason given.
    /// </summary>
    public async Task<Guid> ApplicationAsync(Guid editionId, Guid organizationId, string project, string category = "为老服务", string? ineligibleBecause = null)
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
            application.Screen(ineligibleBecause is null, ineligibleBecause, officer.Id, On(edition.ClosesOn.AddDays(3)));
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
    }

    /// <summary>A judge scores the application (written round): every regular criterion at <paramref name="percent"/> % of its maximum.</summary>
    public Task ScoreAsync(Guid editionId, Guid applicationId, string judgeId, int percent) => WithDbAsync(async db =>
    {
        var at = On(new DateOnly(2026, 5, 10));
        var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, at);
        db.JudgeAssignments.Add(assignment);
        var declaration = ConflictDeclaration.NoConflict(applicationId, judgeId, at);
        db.ConflictDeclarations.Add(declaration);
        var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
        var rules = ScoringRules.Of(edition);
        var sheet = ScoreSheet.Start(assignment, declaration, at);
        sheet.Save(rules, rules.Criteria.Where(c => !c.IsBonus).Select(c => new ScoreEntry(c.Id, c.MaxPoints * percent / 100m, "评分说明")), at);
        sheet.Submit(rules, at);
        db.ScoreSheets.Add(sheet);
        return await db.SaveChangesAsync();
    });

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
    /// Publishes and finalizes the results: the grants open; a funded project's agreement (50/30/20) is confirmed on
    /// <paramref name="signedOn"/> and its reports scheduled as the confirmation does. Returns the grants by application.
    /// </summary>
    public async Task<Dictionary<Guid, Guid>> PublishAsync(Guid editionId, DateOnly signedOn)
    {
        var officer = await OfficerAsync();
        return await WithDbAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Id == editionId);
            var eligible = await db.Applications.Where(a => a.EditionId == editionId && a.Status == ApplicationStatus.Eligible).ToListAsync();
            var decisions = await db.Decisions.Where(d => d.EditionId == editionId).ToListAsync();
            var publicity = Core.Judging.Publicity.Publish(edition, eligible.Select(a => a.Id), decisions, officer.Id, On(edition.ClosesOn.AddDays(20)));
            db.Publicities.Add(publicity);
            var at = publicity.PeriodEndUtc.AddHours(1);
            publicity.Finalize([], decisions, officer.Id, at);
            var grants = new Dictionary<Guid, Guid>();
            foreach (var decision in decisions.Where(d => d.Outcome != DecisionOutcome.NotSelected))
            {
                var application = eligible.Single(a => a.Id == decision.ApplicationId);
                var grant = Grant.Open(decision, application.OrganizationId, at);
                db.Grants.Add(grant);
                if (grant.Kind == GrantKind.Funding)
                {
                    var member = await db.OrganizationMembers.Where(m => m.OrganizationId == application.OrganizationId).Select(m => m.UserId).FirstAsync();
                    grant.DraftAgreement(decision.Amount, TranchePlan.FromTemplate(decision.Amount, TrancheTemplate.FiftyThirtyTwenty),
                        new BankAccount("嘉禾社区为老服务中心", "中国工商银行仪征支行", "6222 0210 0000 1234"), officer.Id, at.AddDays(1));
                    grant.Confirm(member, signedOn, "资助协议.pdf", "agreement.pdf", Today, On(signedOn, 16));
                    await db.ScheduleReportsAsync(grant);
                }
                grants[decision.ApplicationId] = grant.Id;
            }
            await db.SaveChangesAsync();
            return grants;
        });
    }

    /// <summary>Pays the grant's tranche (requested by the officer, approved and paid by finance) on <paramref name="paidOn"/>.</summary>
    public async Task PayAsync(Guid grantId, int number, DateOnly paidOn)
    {
        var officer = await OfficerAsync();
        var finance = await CreateUserAsync("finance", Roles.FinanceOfficer);
        await WithDbAsync(async db =>
        {
            var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grantId);
            var tranche = grant.Tranches.Single(t => t.Number == number);
            if (tranche.Status == TrancheStatus.Planned) throw new InvalidOperationException($"Tranche {number} is not payable yet.");
            tranche.Request(officer.Id, Now);
            tranche.Approve(finance.Id, Now);
            tranche.Pay(finance.Id, $"PAY-{Guid.NewGuid():N}"[..16], paidOn, Today, Now);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The organization submits its monthly report due on <paramref name="dueOn"/> at <paramref name="at"/>; the officer returns it <paramref name="returns"/> times first.</summary>
    public async Task SubmitReportAsync(Guid grantId, DateOnly dueOn, DateTime at, int returns = 0)
    {
        var officer = await OfficerAsync();
        await WithDbAsync(async db =>
        {
            var report = await db.ProjectReports.Include(r => r.Spending).Include(r => r.Attachments)
                .SingleAsync(r => r.GrantId == grantId && r.DueOn == dueOn && r.Kind == ReportKind.Monthly);
            var member = await (from g in db.Grants join m in db.OrganizationMembers on g.OrganizationId equals m.OrganizationId
                                where g.Id == grantId select m.UserId).FirstAsync();
            report.SaveDraft("本月开展助餐服务 12 次。", "社区食堂 助餐 30 人次", 45, [], at);
            report.Submit(member, at);
            for (var i = 0; i < returns; i++)
            {
                report.Return(officer.Id, "请补充活动照片。", at.AddHours(1 + i));
                report.Submit(member, at.AddHours(2 + i));
            }
            return await db.SaveChangesAsync();
        });
    }

    public async Task EvaluateAsync(Guid grantId, EvaluationKind kind, decimal score, DateOnly on, string evaluator)
    {
        var officer = await OfficerAsync();
        await WithDbAsync(async db =>
        {
            var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grantId);
            var recorded = await db.Evaluations.Where(e => e.GrantId == grantId).Select(e => e.Kind).ToListAsync();
            db.Evaluations.Add(Evaluation.Record(grant, kind, score, 60, evaluator, "", on, Today, recorded, officer.Id, Now));
            return await db.SaveChangesAsync();
        });
    }
}

/// <summary>Notes each export's status and progress every time it is saved.</summary>
public sealed class ExportProgressLog : SaveChangesInterceptor
{
    private readonly List<(Guid Id, ExportStatus Status, int Processed, int Total)> _saved = [];

    public IReadOnlyList<(ExportStatus Status, int Processed, int Total)> Of(Guid exportId)
    {
        lock (_saved) return _saved.Where(s => s.Id == exportId).Select(s => (s.Status, s.Processed, s.Total)).ToList();
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        foreach (var entry in eventData.Context!.ChangeTracker.Entries<ExportJob>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            lock (_saved) _saved.Add((entry.Entity.Id, entry.Entity.Status, entry.Entity.Processed, entry.Entity.Total));
        }
        return ValueTask.FromResult(result);
    }
}

/// <summary>Records the jobs the app enqueues instead of handing them to Hangfire's storage; <see cref="LedgersFactory.RunEnqueuedAsync"/> runs them.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly Queue<Job> _queued = new();

    public List<Job> Created { get; } = [];

    public string Create(Job job, IState state)
    {
        lock (_queued)
        {
            Created.Add(job);
            // Only the exports run here; any other job (the outbox relay's kick) is only recorded.
            if (job.Type == typeof(ExportLedgerJob)) _queued.Enqueue(job);
            return Created.Count.ToString(CultureInfo.InvariantCulture);
        }
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;

    public Job? Next()
    {
        lock (_queued) return _queued.TryDequeue(out var job) ? job : null;
    }
}
