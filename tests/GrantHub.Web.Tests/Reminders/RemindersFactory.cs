using System.Net;
using System.Net.Sockets;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using GrantHub.Core.Organizations;
using GrantHub.Web.Email;
using GrantHub.Web.Jobs;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// The app with a clock the test moves (09:00 China time on the day it is set to), its SMTP transport pointed at a port
/// reserved for this instance where nothing listens until the test starts the in-process server
/// (<see cref="StartSmtpAsync"/>), and ways to build funded projects, judges and residents straight through the Core
/// methods. Several instances can share one database file (<see cref="SecondNodeOf"/>): two web nodes.
/// </summary>
public sealed class RemindersFactory : GrantHubFactory
{
    public const string PublicUrl = "http://granthub.test";

    /// <summary>Tuesday 2 June 2026, 09:00 China time: day −8 of a report due on Wednesday 10 June.</summary>
    public static readonly DateOnly FirstDay = new(2026, 6, 2);

    private readonly List<InProcessSmtpServer> _servers = [];

    public RemindersFactory() : this(null, null)
    {
    }

    private RemindersFactory(RemindersFactory? first, FakeTimeProvider? clock)
    {
        Clock = clock ?? new FakeTimeProvider(At(FirstDay));
        SmtpPort = first?.SmtpPort ?? FreePort();
        if (first is not null) Settings["ConnectionStrings:GrantHub"] = $"Data Source={first.DatabasePath}";
        Settings["Email:Smtp:Host"] = "127.0.0.1";
        Settings["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Email:Smtp:Security"] = "None";
        Settings["Email:Smtp:TimeoutSeconds"] = "5";
        Settings["Reminders:PublicUrl"] = PublicUrl;
    }

    /// <summary>Another app instance on this one's database file, with the same clock: a second web node.</summary>
    public static RemindersFactory SecondNodeOf(RemindersFactory first) => new(first, first.Clock);

    public FakeTimeProvider Clock { get; }

    public int SmtpPort { get; }

    /// <summary>The mail server, once started.</summary>
    public InProcessSmtpServer? Smtp => _servers.LastOrDefault();

    public DateOnly Today => ChinaTime.Today(Clock);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Runs a competing change when the app next starts a transaction: another node's write, made to happen on cue.</summary>
    public RaceInjector Race { get; } = new();

    /// <summary>Counts the SQL commands the app sends (reset it before the request to measure).</summary>
    public SqlCommandCounter Commands { get; } = new();

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Race, Commands));
    }

    public static DateTimeOffset At(DateOnly day) => new(ChinaTime.StartOfDayUtc(day).AddHours(9), TimeSpan.Zero);

    /// <summary>Moves the clock forward to 09:00 China time on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Clock.SetUtcNow(At(day));

    public async Task<InProcessSmtpServer> StartSmtpAsync()
    {
        var server = await InProcessSmtpServer.StartAsync(SmtpPort);
        _servers.Add(server);
        return server;
    }

    /// <summary>Runs the reminder job as Hangfire would: in its own scope (with another batch size if given).</summary>
    public async Task<int> RunRemindersAsync(int? batchSize = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var job = batchSize is { } size
            ? ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider,
                Options.Create(new ReminderOptions { BatchSize = size, PublicUrl = PublicUrl }))
            : ActivatorUtilities.GetServiceOrCreateInstance<ReminderJob>(scope.ServiceProvider);
        return await job.RunAsync(CancellationToken.None);
    }

    /// <summary>Runs the outbox relay once, as its recurring job would.</summary>
    public async Task<int> RelayAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxRelay>().RelayAsync(CancellationToken.None);
    }

    public Task<List<string>> SentKeysAsync() =>
        WithDbAsync(db => db.SentReminders.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Key).ToListAsync());

    public Task<List<Notification>> NotificationsAsync() =>
        WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.DeduplicationKey != null).OrderBy(n => n.CreatedAt).ThenBy(n => n.DeduplicationKey).ToListAsync());

    public Task<List<OutboxMessage>> ReminderMailAsync() =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey != null).OrderBy(m => m.Id).ToListAsync());

    public Task SetPreferencesAsync(string userId, string culture, bool muteOptional) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.PreferredCulture = culture;
        user.MutesOptionalReminderEmail = muteOptional;
        return await db.SaveChangesAsync();
    });

    public async Task AddUserToRoleAsync(string userId, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.AddToRoleAsync((await users.FindByIdAsync(userId))!, role);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public Task<TestUser> OfficerAsync() => CreateUserAsync("officer", Roles.ProgramOfficer);

    /// <summary>A community center and one person who staffs it.</summary>
    public async Task<(int CenterId, TestUser Staff)> CenterWithStaffAsync()
    {
        var staff = await CreateUserAsync("staff", Roles.CenterStaff);
        var centerId = await WithDbAsync(async db =>
        {
            var center = new IncubationCenter { Name = $"嘉禾社区孵化中心-{Guid.NewGuid():N}"[..20], Level = CenterLevel.Community, Address = "仪征市真州镇", Desks = 5 };
            center.Staff.Add(new CenterStaffMember { UserId = staff.Id });
            db.IncubationCenters.Add(center);
            await db.SaveChangesAsync();
            return center.Id;
        });
        return (centerId, staff);
    }

    /// <summary>An organization member and the organization they own; resident (admitted for two years) at <paramref name="residentAt"/> if given.</summary>
    public async Task<(TestUser Member, Guid OrganizationId, string Name)> OrganizationAsync(int? residentAt = null, string? staffId = null)
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var name = $"嘉禾社区夕阳红志愿服务队{Random.Shared.Next(1000, 9999)}";
        var id = await WithDbAsync(async db =>
        {
            var applied = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
            var org = Organization.Register(name, OrganizationType.CommunityOrganization, $"JH-2026-{Random.Shared.Next(10000, 99999)}",
                "刘会长", "13912345678", member.Id, applied);
            db.Organizations.Add(org);
            if (residentAt is { } centerId)
            {
                var residency = Residency.Apply(org.Id, centerId, "场地和培训", applied);
                residency.StartReview(applied);
                residency.Admit(new DateOnly(2026, 1, 10), 24, Placement.Virtual, null, staffId ?? "staff", applied);
                db.Residencies.Add(residency);
            }
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id, name);
    }

    /// <summary>Adds a member to an organization.</summary>
    public async Task<TestUser> AddMemberAsync(Guid organizationId, string prefix = "member")
    {
        var member = await CreateUserAsync(prefix, Roles.OrganizationMember);
        await WithDbAsync(async db =>
        {
            var org = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organizationId);
            org.AddMember(member.Id, Now);
            return await db.SaveChangesAsync();
        });
        return member;
    }

    /// <summary>
    /// A funded project in progress of <paramref name="organizationId"/>: an edition of spring 2026 funds it, the results are
    /// final on 28 April, the agreement is signed on 10 May; it owes one monthly report due on <paramref name="dueOn"/>.
    /// Its tranches wait on the evaluations unless <paramref name="payableTranche"/> (then the first, 50 %, is payable on signing)
    /// or <paramref name="secondTrancheOn"/> (then the second is paid on that date).
    /// </summary>
    public async Task<FundedProject> FundedProjectAsync(Guid organizationId, string memberId, string officerId, DateOnly dueOn,
        string project = "银龄互助食堂", bool payableTranche = false, DateOnly? secondTrancheOn = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var edition = Edition(new DateOnly(2026, 4, 15));
        db.Editions.Add(edition);
        await db.SaveChangesAsync(); // the categories get their ids
        var application = SubmittedApplication(edition, organizationId, memberId, project);
        application.Screen(true, null, officerId, Utc(2026, 4, 16));
        db.Applications.Add(application);
        var decision = Decision.Make(edition, application, DecisionOutcome.Funded, Money.FromYuan(20_000m), null, DecidedSoFar.Nothing, officerId, Utc(2026, 4, 20));
        db.Decisions.Add(decision);
        var publicity = Core.Judging.Publicity.Publish(edition, [application.Id], [decision], officerId, Utc(2026, 4, 20));
        publicity.Finalize([], [decision], officerId, Utc(2026, 4, 28));
        db.Publicities.Add(publicity);
        var grant = Grant.Open(decision, organizationId, Utc(2026, 4, 28));
        var half = Money.FromYuan(10_000m);
        IReadOnlyList<PlannedTranche> plan = payableTranche
            ? [new(half, TrancheTrigger.AgreementSigned), new(half, TrancheTrigger.FinalPassed)]
            : secondTrancheOn is { } on
                ? [new(half, TrancheTrigger.MidtermPassed), new(half, TrancheTrigger.OnDate, on)]
                : [new(half, TrancheTrigger.MidtermPassed), new(half, TrancheTrigger.FinalPassed)];
        grant.DraftAgreement(Money.FromYuan(20_000m), plan, new BankAccount("仪征市嘉禾社区夕阳红志愿服务队", "中国工商银行仪征支行", "1108 0206 0900 0123 456"),
            officerId, Utc(2026, 5, 5));
        grant.Confirm(memberId, new DateOnly(2026, 5, 10), "资助协议.pdf", "agreements/test.pdf", new DateOnly(2026, 5, 10), Utc(2026, 5, 10));
        db.Grants.Add(grant);
        var report = ProjectReport.Schedule(grant.Id, new ScheduledReport(ReportKind.Monthly, 1, dueOn));
        db.ProjectReports.Add(report);
        await db.SaveChangesAsync();
        return new FundedProject(grant.Id, organizationId, report.Id, dueOn, project, grant.Tranches.OrderBy(t => t.Number).First().Id);
    }

    /// <summary>Another report of the project, due on <paramref name="dueOn"/>.</summary>
    public Task<Guid> AddReportAsync(Guid grantId, int number, DateOnly dueOn, ReportKind kind = ReportKind.Monthly) => WithDbAsync(async db =>
    {
        var report = ProjectReport.Schedule(grantId, new ScheduledReport(kind, number, dueOn));
        db.ProjectReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    /// <summary>The organization fills in and submits the report; the officer returns it for revision if <paramref name="returnIt"/>.</summary>
    public Task SubmitReportAsync(Guid reportId, string memberId, string officerId, bool returnIt = false) => WithDbAsync(async db =>
    {
        var report = await db.ProjectReports.Include(r => r.Spending).SingleAsync(r => r.Id == reportId);
        report.SaveDraft("按计划开展了三次送餐活动。", "送餐 3 次，探访 12 户。", 36, [], Now);
        report.Submit(memberId, Now);
        if (returnIt) report.Return(officerId, "请补充活动照片。", Now);
        return await db.SaveChangesAsync();
    });

    /// <summary>An edition whose written review closes on <paramref name="reviewEndsOn"/>, with one eligible application per organization given.</summary>
    public async Task<(Guid EditionId, List<Guid> ApplicationIds)> EditionInReviewAsync(DateOnly reviewEndsOn, IEnumerable<(Guid OrganizationId, string MemberId)> applicants)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var edition = Edition(reviewEndsOn);
        db.Editions.Add(edition);
        await db.SaveChangesAsync(); // the categories get their ids
        var ids = new List<Guid>();
        foreach (var (organizationId, memberId) in applicants)
        {
            var application = SubmittedApplication(edition, organizationId, memberId, $"社区项目{ids.Count + 1}");
            application.Screen(true, null, "officer", Utc(2026, 4, 16));
            db.Applications.Add(application);
            ids.Add(application.Id);
        }
        await db.SaveChangesAsync();
        return (edition.Id, ids);
    }

    /// <summary>Assigns the judge (written round); <paramref name="submitted"/>: their sheet is scored and submitted; <paramref name="conflict"/>: they declared a conflict.</summary>
    public Task AssignAsync(Guid editionId, Guid applicationId, string judgeId, bool submitted = false, bool conflict = false) => WithDbAsync(async db =>
    {
        var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, Utc(2026, 4, 2));
        db.JudgeAssignments.Add(assignment);
        if (conflict)
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(applicationId, judgeId, ConflictKind.Other, "亲属在该组织任职", Utc(2026, 4, 2)));
        }
        else if (submitted)
        {
            var declaration = ConflictDeclaration.NoConflict(applicationId, judgeId, Utc(2026, 4, 2));
            db.ConflictDeclarations.Add(declaration);
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var rules = ScoringRules.Of(edition);
            var sheet = ScoreSheet.Start(assignment, declaration, Utc(2026, 4, 3));
            sheet.Save(rules, rules.Criteria.Where(c => !c.IsBonus).Select(c => new ScoreEntry(c.Id, c.MaxPoints, "好")), Utc(2026, 4, 3));
            sheet.Submit(rules, Utc(2026, 4, 3));
            db.ScoreSheets.Add(sheet);
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>A residency application made at <paramref name="appliedAt"/> (UTC) to <paramref name="centerId"/>, unanswered.</summary>
    public Task<Guid> ApplyForResidencyAsync(Guid organizationId, int centerId, DateTime appliedAt) => WithDbAsync(async db =>
    {
        var residency = Residency.Apply(organizationId, centerId, "场地和培训", appliedAt);
        db.Residencies.Add(residency);
        await db.SaveChangesAsync();
        return residency.Id;
    });

    /// <summary>A resident of <paramref name="centerId"/> admitted from <paramref name="startsOn"/> for <paramref name="termMonths"/> months.</summary>
    public Task<Guid> ResidentAsync(Guid organizationId, int centerId, DateOnly startsOn, int termMonths) => WithDbAsync(async db =>
    {
        var at = ChinaTime.StartOfDayUtc(startsOn);
        var residency = Residency.Apply(organizationId, centerId, "场地和培训", at);
        residency.Admit(startsOn, termMonths, Placement.Virtual, null, "staff", at);
        db.Residencies.Add(residency);
        await db.SaveChangesAsync();
        return residency.Id;
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var server in _servers) await server.DisposeAsync();
    }

    public static DateTime Utc(int year, int month, int day) => ChinaTime.StartOfDayUtc(new DateOnly(year, month, day)).AddHours(10);

    /// <summary>Open in March 2026, review until <paramref name="reviewEndsOn"/>, 7 days of publicity.</summary>
    private static CompetitionEdition Edition(DateOnly reviewEndsOn)
    {
        var drafted = Utc(2026, 2, 20);
        var edition = CompetitionEdition.Draft($"公益创投大赛-{Guid.NewGuid():N}"[..20], 2026, "仪征市民政局", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 0, [], null, EvaluationGrade.None, false, false, drafted);
        edition.SetCategories(["为老服务", "青少年教育"], drafted);
        edition.SetTimeline(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), reviewEndsOn, 7);
        edition.SetReview(3, AggregationMethod.Mean, false, 60);
        edition.Publish(drafted);
        return edition;
    }

    private static Application SubmittedApplication(CompetitionEdition edition, Guid organizationId, string memberId, string project)
    {
        var at = Utc(2026, 3, 10);
        var application = Application.Start(edition, organizationId, memberId, at);
        application.DescribeProject(project, edition.Categories.Single(c => c.Name == "为老服务").Id, "为社区独居老人提供午餐和陪伴。", at);
        application.DescribePlan("仪征市真州镇独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", at);
        application.SetBudget([("餐费补贴", "每餐 10 元", Money.FromYuan(10m), 2500, FundsSource.Fiscal),
            ("场地", "社区提供", Money.FromYuan(2_000m), 1, FundsSource.Matching)], at);
        application.Submit(edition, at);
        return application;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed record FundedProject(Guid GrantId, Guid OrganizationId, Guid ReportId, DateOnly DueOn, string Name, Guid FirstTrancheId);
