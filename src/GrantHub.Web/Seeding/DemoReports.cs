using System.Globalization;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Features.Reports;
using GrantHub.Web.Jobs;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The progress reports of the demo's funded projects (项目报告) and the reminders that went out about them. Every
/// confirmed agreement was given its schedule when it was confirmed (<see cref="DemoFunding"/> calls
/// <see cref="ReportScheduling.ScheduleReportsAsync"/>, as the agreement page does); here the reports due before today
/// are played with the Core methods, on dates before now: most submitted on time, some late, a few returned with the
/// officer's comment and resubmitted, then accepted. A report an evaluation rests on is accepted before it; a report
/// due after its project completed or stopped is owed no more and stays as it was scheduled.
/// <para>The latest edition's running projects still have work on every desk, on their last report due so far: one
/// awaiting review and one returned (submitted days ago, late if it fell due long before), one overdue, one overdue with
/// a draft; now and then a draft of the next one. The demo organization has its last report due so far returned with
/// the officer's comment two days ago, and a milestone report the officer added a few days ago, due within the week
/// (<see cref="MilestoneTitle"/>).</para>
/// <para>Reminders: the last <see cref="HistoryDays"/> days are replayed day by day, the reports' steps of each day
/// applied before its 09:00 and the reminders then due computed by the job's own <see cref="DueReminders"/> and written
/// as the job writes them (under the same keys, with its notification and e-mail texts); finally the real
/// <see cref="ReminderJob"/> runs for today, so the daily job finds nothing left to send. The e-mails of the past are
/// marked sent; notifications older than a week are read. Submissions, returns and acceptances of those days tell
/// people as the report pages do. Seeded generator: the same demo on every fresh run of the same day.</para>
/// </summary>
public static class DemoReports
{
    /// <summary>The demo organization's milestone report, due within the week: the report its member submits in the demo.</summary>
    public const string MilestoneTitle = "公益创投项目成果展示材料";

    /// <summary>Days the milestone report is due after today; the officer added it <see cref="MilestoneAddedDaysAgo"/> days ago.</summary>
    public const int MilestoneDueInDays = 5;

    public const int MilestoneAddedDaysAgo = 6;

    /// <summary>The days before today replayed with their reminders, and whose report events told people.</summary>
    public const int HistoryDays = 90;

    /// <summary>Notifications older than this many days have been read.</summary>
    private const int ReadAfterDays = 7;

    private static readonly string[] ReturnComments =
    [
        "请补充本期活动的签到表和现场照片。",
        "经费支出明细与预算科目对不上，请说明“人员补贴”的支出依据。",
        "服务人次与活动记录不一致，请核实后重新填报。",
        "请补充服务对象满意度调查的结果和分析。",
        "活动记录过于简略，请写明每次活动的时间、地点和参与人数。",
    ];

    private const string DemoReturnComment = "请补充：1. 本期服务对象名单及服务记录；2. 志愿者参与和培训情况；3. 经费支出与预算的对照说明。补充后请重新提交。";

    private static readonly string[] AcceptComments = ["材料齐全，继续保持。", "进展良好，请注意留存活动影像资料。", "已阅，按计划推进。"];

    private static readonly string[] Venues = ["社区党群服务中心", "社区活动室", "小区中心广场", "社区老年食堂", "社区图书室", "居民家中"];

    private static readonly string[] Activities = ["集中服务活动", "入户探访", "志愿者培训", "居民议事会", "主题宣传活动", "骨干交流会"];

    private static readonly string[] Problems =
    [
        "两名志愿者因工作变动退出，已补充招募。", "雨天较多，部分户外活动改在室内开展。", "个别服务对象住院，上门服务暂停，出院后恢复。",
        "物资采购比计划推迟一周，未影响活动开展。",
    ];

    private const string Revision = "修改说明：已按项目主管的意见补充签到表和活动照片，并更正了经费明细。";

    /// <summary>What a report is to show when the demo opens.</summary>
    private enum Intent
    {
        Accepted,
        /// <summary>Returned once with a comment, resubmitted, accepted.</summary>
        AcceptedAfterReturn,
        /// <summary>Submitted, awaiting the officer's review.</summary>
        Submitted,
        /// <summary>Returned for revision, not yet resubmitted.</summary>
        Returned,
        /// <summary>Past its due date, never submitted.</summary>
        Overdue,
        /// <summary>Past its due date, a draft saved.</summary>
        OverdueDraft,
    }

    /// <summary>The latest edition's running projects, their last report due so far shows one of these, most recent first.</summary>
    private static readonly (Intent Intent, bool Late)[] Stories =
    [
        (Intent.Overdue, false), (Intent.Submitted, false), (Intent.Returned, false), (Intent.OverdueDraft, false),
        (Intent.AcceptedAfterReturn, true), (Intent.Submitted, true),
    ];

    private enum Act
    {
        Draft,
        Submit,
        Return,
        Accept,
        AddMilestone,
    }

    private sealed record Project(Guid GrantId, Guid EditionId, int Year, Guid OrganizationId, string Organization, string Edition,
        string Name, GrantStatus Status, DateOnly SignedOn, DateTime ConfirmedAt, string Member, DateTime? StoppedAt)
    {
        public ProjectFacts Facts => new(GrantId, OrganizationId, EditionId, Name, Organization, Edition, Status);
    }

    private sealed record Content(string Narrative, string Activities, int? Beneficiaries, IReadOnlyList<(string Subject, Money Planned, Money Spent)> Spending);

    private sealed record Step(DateTime At, int Sequence, Act Act, ProjectReport Report, Project Project, Content? Content, string? Comment);

    public static async Task SeedAsync(IServiceProvider seeding, string officerUserId, IReadOnlyCollection<Guid> editionIds)
    {
        // A scope of its own, as the funding's: nothing else of the demo is tracked here.
        await using var scope = seeding.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<GrantHubDbContext>();
        var appClock = services.GetRequiredService<TimeProvider>();
        var now = appClock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(appClock);

        var projects = await (from g in db.Grants.AsNoTracking()
                              where editionIds.Contains(g.EditionId) && g.Kind == GrantKind.Funding && g.SignedOn != null
                              join a in db.Applications on g.ApplicationId equals a.Id
                              join o in db.Organizations on g.OrganizationId equals o.Id
                              join e in db.Editions on g.EditionId equals e.Id
                              select new Project(g.Id, g.EditionId, e.Year, g.OrganizationId, o.Name, e.Name, a.ProjectName, g.Status,
                                  g.SignedOn!.Value, g.ConfirmedAt!.Value, g.ConfirmedByUserId!, g.StoppedAt))
            .ToListAsync();
        if (projects.Count == 0) return;
        var grantIds = projects.Select(p => p.GrantId).ToList();
        var reports = await db.ProjectReports.Include(r => r.Spending).Where(r => grantIds.Contains(r.GrantId)).ToListAsync();
        // Played before (a seed that stopped half-way is not resumed: the demo is recreated from an empty database).
        if (reports.Any(r => r.SavedAt != null)) return;
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => grantIds.Contains(e.GrantId))
            .Select(e => new { e.GrantId, e.Kind, e.EvaluatedOn }).ToListAsync();
        var budget = (await (from g in db.Grants.AsNoTracking()
                             where grantIds.Contains(g.Id)
                             join a in db.Applications on g.ApplicationId equals a.Id
                             from b in a.Budget
                             orderby b.Order
                             select new { GrantId = g.Id, b.Subject, b.UnitPrice, b.Quantity }).ToListAsync())
            .ToLookup(b => b.GrantId, b => (b.Subject, Planned: new Money(checked(b.UnitPrice.Fen * b.Quantity))));

        // 1. What each report is to show, as steps on dates.
        var steps = new List<Step>();
        var random = new Random(707);
        var latestYear = projects.Max(p => p.Year);
        var ordered = projects.OrderBy(p => p.Year).ThenBy(p => p.Organization, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var plays = ordered.Select(p => new ProjectPlay(p, reports.Where(r => r.GrantId == p.GrantId).OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ToList(),
            budget[p.GrantId].ToList(), evaluations.Where(e => e.GrantId == p.GrantId && e.Kind == EvaluationKind.Midterm).Select(e => (DateOnly?)e.EvaluatedOn).FirstOrDefault(),
            evaluations.Where(e => e.GrantId == p.GrantId && e.Kind == EvaluationKind.Final).Select(e => (DateOnly?)e.EvaluatedOn).FirstOrDefault(),
            today, now, random, steps)).ToList();

        // The latest edition's running projects (but the demo organization's) tell the stories, the most recent report first.
        var storytellers = plays.Where(x => x.Project.Year == latestYear && x.Project.Status == GrantStatus.InProgress
                                            && x.Project.Organization != DemoIncubation.DemoOrganizationName && x.LastUncapped is not null)
            .OrderByDescending(x => x.LastUncapped!.DueOn).ThenBy(x => x.Project.Organization, StringComparer.Ordinal).ToList();
        for (var i = 0; i < storytellers.Count && i < Stories.Length; i++)
            storytellers[i].Story = Stories[i];
        foreach (var play in plays)
        {
            if (play.Project.Organization == DemoIncubation.DemoOrganizationName && play.Project.Status == GrantStatus.InProgress)
                play.PlayDemoOrganization(MilestoneTitle, today.AddDays(MilestoneDueInDays), today.AddDays(-MilestoneAddedDaysAgo));
            else
                play.Play();
        }

        // 2. The steps in the order they happened; the last days' reminders between them.
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var options = services.GetRequiredService<IOptions<ReminderOptions>>();
        var clock = new SteppedClock(now);
        var notifier = new Notifier(db, clock);
        var mail = new MailComposer(l, clock);
        var messages = new ReminderMessages(l, mail, options);
        var reportMessages = new ReportMessages(db, mail, notifier, l, options.Value.PublicUrl.TrimEnd('/'));
        var dueReminders = new DueReminders(db);
        var people = await db.Users.AsNoTracking()
            .Select(u => new ReminderRecipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture, u.MutesOptionalReminderEmail))
            .ToDictionaryAsync(u => u.Id);
        var sent = (await db.SentReminders.AsNoTracking().Select(s => s.Key).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var firstDay = today.AddDays(-HistoryDays);
        var told = ChinaTime.StartOfDayUtc(firstDay);
        var readBefore = ChinaTime.StartOfDayUtc(today.AddDays(-ReadAfterDays));
        var queue = new Queue<Step>(steps.Where(s => s.At < now).OrderBy(s => s.At).ThenBy(s => s.Sequence));
        var waiting = queue.GroupBy(s => s.Report.Id).ToDictionary(g => g.Key, g => g.Count());

        async Task ApplyUntilAsync(DateTime until)
        {
            while (queue.Count > 0 && queue.Peek().At < until)
            {
                var step = queue.Dequeue();
                waiting[step.Report.Id]--;
                clock.Now = step.At;
                await ApplyAsync(step, step.At >= told);
            }
        }

        async Task ApplyAsync(Step step, bool tell)
        {
            var report = step.Report;
            var project = step.Project;
            switch (step.Act)
            {
                case Act.Draft:
                    Write(report, step.Content!, step.At);
                    break;
                case Act.Submit:
                    Write(report, step.Content!, step.At.AddMinutes(-25));
                    report.Submit(project.Member, step.At);
                    if (tell) await reportMessages.SubmittedAsync(report, project.Facts);
                    break;
                case Act.Return:
                    report.Return(officerUserId, step.Comment!, step.At);
                    if (tell) await reportMessages.ReturnedAsync(report, project.Facts);
                    break;
                case Act.Accept:
                    report.Accept(officerUserId, step.Comment, step.At);
                    if (tell) await reportMessages.AcceptedAsync(report, project.Facts);
                    break;
                case Act.AddMilestone:
                    db.ProjectReports.Add(report);
                    // As the report pages tell the organization when the officer adds one.
                    var members = (await notifier.MembersOfAsync([project.OrganizationId]))[project.OrganizationId];
                    notifier.Notify(members, l["The program officer added a report to \"{0}\": \"{1}\", due {2}."].Name,
                        [project.Name, report.Title, report.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], $"/reports/{report.Id}", null);
                    break;
            }
        }

        async Task SaveAsync()
        {
            if (!db.ChangeTracker.HasChanges()) return;
            // What went out on past days went out: the e-mails are sent, and what is older than a week was read.
            foreach (var e in db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added))
                e.Entity.MarkSent(e.Entity.CreatedAt.AddMinutes(1));
            foreach (var e in db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added && e.Entity.CreatedAt < readBefore))
                e.Entity.MarkRead(e.Entity.CreatedAt.AddHours(3));
            await db.SaveChangesAsync();
            // What changes no more is let go, so each later save looks through less: only reports with steps to come stay.
            foreach (var e in db.ChangeTracker.Entries().ToList())
            {
                var reportId = e.Entity switch { ProjectReport r => r.Id, ReportSpending x => x.ReportId, _ => Guid.Empty };
                if (waiting.GetValueOrDefault(reportId) == 0) e.State = EntityState.Detached;
            }
        }

        // One transaction for the whole replay: a save per day, written once.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ApplyUntilAsync(NineOn(firstDay));
        for (var day = firstDay; day < today; day = day.AddDays(1))
        {
            var nine = NineOn(day);
            await ApplyUntilAsync(nine);
            await SaveAsync();
            clock.Now = nine;
            foreach (var r in await dueReminders.ComputeAsync(day))
            {
                // A tranche is reminded about from the day it became payable; the scan reads today's tranches.
                if (r.Kind == ReminderKinds.Tranche && r.Facts.On > day) continue;
                // A report's step due before the first day replayed went out before it (the scan catches up missed days).
                if (r.Kind == ReminderKinds.Report && StepStarts(r) < firstDay) continue;
                if (!people.TryGetValue(r.UserId, out var person) || !sent.Add(r.Key)) continue;
                // As ReminderJob writes each reminder: its record, its notification, its e-mail.
                db.SentReminders.Add(new SentReminder(r.Key, r.UserId, clock.Now));
                var (key, args, link) = messages.InApp(r, day);
                notifier.Notify([r.UserId], key, args, link, r.StepKey);
                if (person.GetsEmail(r)) db.OutboxMessages.Add(messages.Email(r, person, day));
            }
        }
        await ApplyUntilAsync(now);
        await SaveAsync();
        await transaction.CommitAsync();

        // 3. Today's reminders, by the daily job itself: it finds the days above recorded and sends only what is due today.
        await using var jobScope = seeding.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ReminderJob>(jobScope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    private static void Write(ProjectReport report, Content content, DateTime at) =>
        report.SaveDraft(content.Narrative, content.Activities, content.Beneficiaries, content.Spending, at);

    /// <summary>The first day a report's reminder step applies (<see cref="ReminderPlan.ForReport"/>).</summary>
    private static DateOnly StepStarts(DueReminder r) => r.Step switch
    {
        ReminderSteps.DueIn7 => r.Facts.On.AddDays(-ReminderPlan.ReportLookAheadDays),
        ReminderSteps.DueIn1 => r.Facts.On.AddDays(-1),
        ReminderSteps.Overdue => r.Facts.On.AddDays(1),
        ReminderSteps.Escalated => r.Facts.On.AddDays(ReminderPlan.EscalateAfterDaysLate),
        _ => r.Facts.On,
    };

    private static DateTime NineOn(DateOnly day) => ChinaTime.StartOfDayUtc(day).AddHours(9);

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToChina(utc));

    /// <summary>A China-time moment of a day.</summary>
    private static DateTime At(DateOnly day, int hour, int minute) => ChinaTime.StartOfDayUtc(day).AddHours(hour).AddMinutes(minute);

    /// <summary>The reports of one project: what each is to show, turned into dated steps.</summary>
    private sealed class ProjectPlay
    {
        private readonly List<ProjectReport> _reports;
        private readonly List<(string Subject, Money Planned)> _plan;
        private readonly double[] _pace;
        private readonly DateOnly? _midterm;
        private readonly DateOnly? _final;
        private readonly DateOnly _today;
        private readonly DateTime _now;
        private readonly Random _random;
        private readonly List<Step> _steps;

        public ProjectPlay(Project project, List<ProjectReport> reports, List<(string Subject, Money Planned)> plan, DateOnly? midtermEvaluatedOn,
            DateOnly? finalEvaluatedOn, DateOnly today, DateTime now, Random random, List<Step> steps)
        {
            Project = project;
            _reports = reports;
            _plan = plan;
            _midterm = midtermEvaluatedOn;
            _final = finalEvaluatedOn;
            _today = today;
            _now = now;
            _random = random;
            _steps = steps;
            // How fast each budget line is spent, against the share of the year gone.
            _pace = plan.Select(_ => 0.85 + random.Next(21) / 100.0).ToArray();
        }

        public Project Project { get; }

        public (Intent Intent, bool Late)? Story { get; set; }

        /// <summary>The last report due before today that no evaluation or end of the project bounds: where a story is told.</summary>
        public ProjectReport? LastUncapped => _reports.LastOrDefault(r => r.DueOn < _today && Owed(r) && Cap(r) is null);

        /// <summary>Reports due after the project completed or stopped are owed no more; those an evaluation rests on always are.</summary>
        private bool Owed(ProjectReport r) => Project.Status switch
        {
            GrantStatus.Completed => r.Kind is ReportKind.Midterm or ReportKind.Final || ChinaTime.StartOfDayUtc(r.DueOn) < Cap(r),
            GrantStatus.Stopped => r.Kind == ReportKind.Midterm || r.DueOn < Day(Project.StoppedAt!.Value),
            _ => true,
        };

        /// <summary>When the report had to be accepted by: before the evaluation that rests on it, or the end of the project.</summary>
        private DateTime? Cap(ProjectReport r)
        {
            DateTime? cap = null;
            if (r.Kind == ReportKind.Midterm && _midterm is { } m) cap = ChinaTime.StartOfDayUtc(m);
            if (Project.Status == GrantStatus.Completed && _final is { } f) cap = Min(cap, ChinaTime.StartOfDayUtc(f));
            if (Project.Status == GrantStatus.Stopped && Project.StoppedAt is { } s) cap = Min(cap, s);
            return cap;
        }

        public void Play()
        {
            var last = LastUncapped;
            var running = Project.Status == GrantStatus.InProgress;
            foreach (var r in _reports.Where(Owed))
            {
                var cap = Cap(r);
                if (r.DueOn >= _today && cap is null)
                {
                    // The next report of a running project: now and then a draft already saved.
                    if (running && r == _reports.FirstOrDefault(x => x.DueOn >= _today) && r.DueOn <= _today.AddDays(10) && _random.Next(2) == 0)
                        Draft(r, Recently());
                    continue;
                }
                if (r == last && Story is { } story)
                {
                    // What waits on a desk came there lately: an old report awaiting review or returned was submitted late, days ago.
                    var lately = story.Intent is Intent.Submitted or Intent.Returned && r.DueOn < _today.AddDays(-14)
                        ? At(_today.AddDays(-3 - _random.Next(6)), 9 + _random.Next(9), _random.Next(60))
                        : (DateTime?)null;
                    Chain(r, story.Intent, story.Late, null, submitAt: lately);
                    continue;
                }
                // A mid-term report submitted late counts as a failed mid-term: the stopped projects' were; the others' not.
                var late = r.Kind == ReportKind.Midterm ? Project.Status == GrantStatus.Stopped : _random.Next(5) == 0;
                var intent = _random.Next(100) < 12 ? Intent.AcceptedAfterReturn : Intent.Accepted;
                Chain(r, intent, late, cap);
            }
        }

        /// <summary>
        /// The demo organization's project: its reports submitted on time and accepted, but the last one due so far,
        /// returned with the officer's comment two days ago (after a first round of revision when it is older), and a
        /// milestone report the officer added, due within the week.
        /// </summary>
        public void PlayDemoOrganization(string milestoneTitle, DateOnly milestoneDueOn, DateOnly milestoneAddedOn)
        {
            var past = _reports.Where(r => r.DueOn < _today && Cap(r) is null).ToList();
            var returned = past.LastOrDefault();
            foreach (var r in past.Where(r => r != returned))
                Chain(r, Intent.Accepted, late: false, cap: null);
            if (returned is not null)
            {
                var content = ContentOf(returned);
                var submit = Max(At(returned.DueOn.AddDays(-_random.Next(3)), 9 + _random.Next(9), _random.Next(60)), Project.ConfirmedAt.AddDays(1));
                var last = Max(At(_today.AddDays(-2), 10, 30), submit.AddDays(1));
                if (submit < _now && last >= _now) last = submit + (_now - submit) / 2;
                if (submit < _now)
                {
                    Add(submit, Act.Submit, returned, content);
                    if (last - submit > TimeSpan.FromDays(12))
                    {
                        var first = Later(submit, 1, 5);
                        Add(first, Act.Return, returned, comment: ReturnComments[_random.Next(ReturnComments.Length)]);
                        Add(Later(first, 2, 4), Act.Submit, returned, content with { Narrative = content.Narrative + "\n" + Revision });
                    }
                    Add(last, Act.Return, returned, comment: DemoReturnComment);
                }
            }
            var number = _reports.Count(r => r.Kind == ReportKind.Milestone) + 1;
            var milestone = ProjectReport.Milestone(Project.GrantId, milestoneTitle, milestoneDueOn, number, milestoneAddedOn);
            Add(At(milestoneAddedOn, 10, 20), Act.AddMilestone, milestone);
        }

        /// <summary>The report's steps towards <paramref name="intent"/>, each after the one before and before now and the cap.</summary>
        private void Chain(ProjectReport r, Intent intent, bool late, DateTime? cap, DateTime? submitAt = null)
        {
            var floor = Project.ConfirmedAt.AddDays(1);
            var submit = submitAt ?? (late
                ? At(r.DueOn.AddDays(1 + _random.Next(12)), 9 + _random.Next(10), _random.Next(60))
                : At(r.DueOn.AddDays(-_random.Next(5)), 9 + _random.Next(12), _random.Next(60)));
            // Ahead of the evaluation resting on it, even before its due date.
            if (cap is { } c && submit > c.AddDays(-4)) submit = At(Day(c).AddDays(-4 - _random.Next(5)), 10 + _random.Next(8), _random.Next(60));
            if (submit < floor) submit = floor.AddHours(1 + _random.Next(20));
            if (intent is Intent.Overdue or Intent.OverdueDraft || submit >= _now)
            {
                if (intent == Intent.OverdueDraft || (intent != Intent.Overdue && _random.Next(2) == 0)) Draft(r, Recently());
                return;
            }
            var content = ContentOf(r);
            Add(submit, Act.Submit, r, content);
            if (intent == Intent.Submitted) return;

            var review = Within(submitAt is null ? Later(submit, 1, 8) : Later(submit, 1, 2), submit, cap);
            if (review >= _now) return;
            if (intent is Intent.Returned or Intent.AcceptedAfterReturn)
            {
                Add(review, Act.Return, r, comment: ReturnComments[_random.Next(ReturnComments.Length)]);
                if (intent == Intent.Returned) return;
                var again = Within(Later(review, 2, 6), review, cap);
                if (again >= _now) return;
                Add(again, Act.Submit, r, content with { Narrative = content.Narrative + "\n" + Revision });
                var accept = Within(Later(again, 1, 4), again, cap);
                if (accept < _now) Add(accept, Act.Accept, r);
                return;
            }
            Add(review, Act.Accept, r, comment: _random.Next(4) == 0 ? AcceptComments[_random.Next(AcceptComments.Length)] : null);
        }

        private void Draft(ProjectReport r, DateTime at)
        {
            if (at <= Project.ConfirmedAt || at >= _now) return;
            var content = ContentOf(r);
            // A draft is half written: the progress so far, the rest to come.
            Add(at, Act.Draft, r, content with { Activities = "", Beneficiaries = null });
        }

        /// <summary>A moment in the last few days, in office hours.</summary>
        private DateTime Recently() => At(_today.AddDays(-1 - _random.Next(4)), 9 + _random.Next(9), _random.Next(60));

        /// <summary>Office hours <paramref name="min"/> to <paramref name="max"/> days after <paramref name="after"/>.</summary>
        private DateTime Later(DateTime after, int min, int max) =>
            At(Day(after).AddDays(min + _random.Next(max - min + 1)), 9 + _random.Next(9), _random.Next(60));

        /// <summary>The moment, or (past the cap) half-way between the step before and the cap.</summary>
        private static DateTime Within(DateTime at, DateTime after, DateTime? cap)
        {
            if (cap is { } c && at >= c) at = after + (c - after) / 2;
            return at > after ? at : after.AddMinutes(30);
        }

        private void Add(DateTime at, Act act, ProjectReport report, Content? content = null, string? comment = null) =>
            _steps.Add(new Step(at, _steps.Count, act, report, Project, content, comment));

        private Content ContentOf(ProjectReport r)
        {
            var share = Math.Clamp((r.DueOn.DayNumber - Project.SignedOn.DayNumber) / 365.0, 0.05, 1.0);
            var spending = _plan.Select((p, i) => (p.Subject, p.Planned, new Money((long)(p.Planned.Fen * share * _pace[i]) / 100 * 100))).ToList();
            var times = 3 + _random.Next(4);
            var (served, narrative) = r.Kind switch
            {
                ReportKind.Midterm => (150 + _random.Next(250),
                    $"项目实施过半：累计开展活动{times * 6}次，完成年度目标的约{45 + _random.Next(15)}%。骨干志愿者队伍基本形成，经费按预算执行。\n下半年将重点做好服务的常态化和经验总结。"),
                ReportKind.Final => (300 + _random.Next(400),
                    $"项目周期结束：累计开展活动{times * 12}次，达成申报书设定的目标。形成了服务手册和志愿者管理制度，项目将在社区继续运行。"),
                ReportKind.Milestone => (40 + _random.Next(60), $"{r.Title}：已整理项目照片、服务案例和居民反馈。"),
                _ => (15 + _random.Next(65),
                    $"第{r.Number}期：按计划开展“{Project.Name}”服务{times}次，服务记录和签到表已归档。"
                    + (_random.Next(3) == 0 ? "\n遇到的问题：" + Problems[_random.Next(Problems.Length)] : "")),
            };
            var month = r.DueOn.AddMonths(-1);
            var held = string.Join("\n", Enumerable.Range(0, Math.Min(times, 4)).Select(i =>
            {
                var on = month.AddDays(3 + i * 7 + _random.Next(4));
                return $"{on.Month}月{on.Day}日 {Venues[_random.Next(Venues.Length)]} {Activities[_random.Next(Activities.Length)]} {8 + _random.Next(40)}人次";
            }));
            return new Content(narrative, held, served, spending);
        }

        private static DateTime? Min(DateTime? a, DateTime b) => a is { } x && x < b ? x : b;

        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }

    /// <summary>The clock of the replayed days: the notifications and e-mails written then carry their own moment.</summary>
    private sealed class SteppedClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc), TimeSpan.Zero);
    }
}
