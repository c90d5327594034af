using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using GrantHub.Web.Jobs;
using GrantHub.Web.Seeding;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Seeding;

/// <summary>
/// The demo's progress reports: every confirmed agreement owes the reports of its schedule; the reports due so far are
/// in every state (on time, late, returned, resubmitted and accepted, awaiting review, overdue, drafted), each step by a
/// member of the organization or the officer, in order and before now; what an evaluation rests on was accepted before
/// it; the demo organization has a report due within the week, one returned with a comment, and notifications; the
/// reminders already sent carry the job's own keys, so the daily job finds nothing more to send today.
/// </summary>
public sealed class DemoReportsTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private const string OfficerEmail = "officer@demo.granthub.cn";
    private const string MemberEmail = "org@demo.granthub.cn";

    private sealed record Data(List<ProjectReport> Reports, Dictionary<Guid, Grant> Grants, List<Evaluation> Evaluations,
        ILookup<Guid, string> Members, Dictionary<string, string> Users, DateOnly Today, DateTime Now);

    private Task<Data> LoadAsync()
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        return app.WithDbAsync(async db => new Data(
            await db.ProjectReports.AsNoTracking().Include(r => r.Spending).ToListAsync(),
            await db.Grants.AsNoTracking().Include(g => g.Tranches).ToDictionaryAsync(g => g.Id),
            await db.Evaluations.AsNoTracking().ToListAsync(),
            (await db.OrganizationMembers.AsNoTracking().Select(m => new { m.OrganizationId, m.UserId }).ToListAsync())
                .ToLookup(m => m.OrganizationId, m => m.UserId),
            await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@demo.granthub.cn")).ToDictionaryAsync(u => u.Email!, u => u.Id),
            ChinaTime.Today(clock),
            clock.GetUtcNow().UtcDateTime));
    }

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToChina(utc));

    [Fact]
    public async Task Every_confirmed_funded_project_owes_the_reports_of_its_schedule_and_an_award_owes_none()
    {
        var data = await LoadAsync();
        var confirmed = data.Grants.Values.Where(g => g.SignedOn is not null).ToList();
        Assert.NotEmpty(confirmed);
        foreach (var grant in confirmed)
        {
            var owed = data.Reports.Where(r => r.GrantId == grant.Id && r.Kind != ReportKind.Milestone)
                .OrderBy(r => r.DueOn).ThenBy(r => r.Kind).Select(r => new ScheduledReport(r.Kind, r.Number, r.DueOn)).ToList();
            var expected = grant.Kind == GrantKind.Funding ? ReportSchedule.Plan(grant.SignedOn!.Value, ReportingRules.Defaults(grant.EditionId)) : [];
            Assert.Equal(expected, owed);
        }
        Assert.All(data.Reports, r => Assert.Equal(GrantKind.Funding, data.Grants[r.GrantId].Kind));
    }

    [Fact]
    public async Task The_reports_due_so_far_are_in_every_state_on_time_late_returned_accepted_awaiting_review_overdue_and_drafted()
    {
        var data = await LoadAsync();
        bool Running(ProjectReport r) => data.Grants[r.GrantId].Status == GrantStatus.InProgress;

        Assert.All(Enum.GetValues<ReportStatus>(), s => Assert.Contains(data.Reports, r => r.Status == s));
        Assert.Contains(data.Reports, r => r.FirstSubmittedAt is { } f && Day(f) <= r.DueOn);
        Assert.Contains(data.Reports, r => r.FirstSubmittedAt is { } f && Day(f) > r.DueOn);
        Assert.Contains(data.Reports, r => r.IsOverdue(data.Today) && Running(r));
        Assert.Contains(data.Reports, r => r.Status == ReportStatus.Pending && r.SavedAt is not null && Running(r));
        Assert.Contains(data.Reports, r => r.Status == ReportStatus.Returned && Running(r) && !string.IsNullOrWhiteSpace(r.ReviewComment));
        Assert.Contains(data.Reports, r => r.Status == ReportStatus.Submitted && Running(r));
        // Returned once, then resubmitted and accepted: the revised text says so.
        Assert.Contains(data.Reports, r => r.Status == ReportStatus.Accepted && r.Narrative.Contains("修改说明", StringComparison.Ordinal));
        // Most of what was due is done: on time far more often than late.
        var submitted = data.Reports.Where(r => r.FirstSubmittedAt is not null).ToList();
        Assert.True(submitted.Count(r => !r.IsLate(data.Today)) > 2 * submitted.Count(r => r.IsLate(data.Today)));
        Assert.True(data.Reports.Count(r => r.Status == ReportStatus.Accepted) > data.Reports.Count(r => r.Status != ReportStatus.Accepted && r.DueOn < data.Today));
    }

    [Fact]
    public async Task Every_step_came_after_the_one_before_and_before_now_by_a_member_of_the_organization_and_the_officer()
    {
        var data = await LoadAsync();
        var officer = data.Users[OfficerEmail];
        foreach (var r in data.Reports)
        {
            var grant = data.Grants[r.GrantId];
            if (r.SavedAt is { } saved) Assert.InRange(saved, grant.ConfirmedAt!.Value, data.Now);
            if (r.Status == ReportStatus.Pending)
            {
                Assert.Null(r.SubmittedAt);
                continue;
            }
            Assert.Contains(r.SubmittedByUserId, data.Members[grant.OrganizationId]);
            Assert.True(r.FirstSubmittedAt > grant.ConfirmedAt && r.FirstSubmittedAt <= r.SubmittedAt && r.SubmittedAt < data.Now,
                $"report {r.Id} submitted out of order");
            Assert.False(r.MissingForSubmission().Count > 0, $"report {r.Id} was submitted incomplete");
            if (r.Status == ReportStatus.Submitted) continue;
            Assert.Equal(officer, r.ReviewedByUserId);
            Assert.True(r.SubmittedAt < r.ReviewedAt && r.ReviewedAt < data.Now, $"report {r.Id} reviewed out of order");
        }
        // Spending is reported to date against the application's budget: each line at most a little over its plan.
        Assert.All(data.Reports.SelectMany(r => r.Spending), s => Assert.InRange(s.Spent.Fen, 0, s.Planned.Fen * 11 / 10));
    }

    [Fact]
    public async Task What_an_evaluation_rests_on_was_accepted_before_it_and_ended_projects_owe_nothing_more()
    {
        var data = await LoadAsync();
        foreach (var e in data.Evaluations)
        {
            var kind = e.Kind == EvaluationKind.Midterm ? ReportKind.Midterm : ReportKind.Final;
            var report = Assert.Single(data.Reports, r => r.GrantId == e.GrantId && r.Kind == kind);
            Assert.Equal(ReportStatus.Accepted, report.Status);
            Assert.True(report.ReviewedAt < e.RecordedAt, $"the {kind} report of {e.GrantId} was accepted after its evaluation");
            // A late mid-term report counts as a failed mid-term: a passed one was on time.
            if (e.Passed) Assert.False(report.CountsAsFailedMidterm(data.Today), $"the passed mid-term of {e.GrantId} rests on a late report");
        }
        // A project completed or stopped has nothing waiting: what it owed was accepted, what fell due after it ended is owed no more.
        var ended = data.Reports.Where(r => data.Grants[r.GrantId].Status is GrantStatus.Completed or GrantStatus.Stopped).ToList();
        Assert.NotEmpty(ended);
        Assert.All(ended, r => Assert.True(r.Status is ReportStatus.Accepted or ReportStatus.Pending, $"report {r.Id} of an ended project is {r.Status}"));
        Assert.All(data.Grants.Values.Where(g => g.Status == GrantStatus.Completed && g.Kind == GrantKind.Funding), g =>
            Assert.Contains(data.Reports, r => r.GrantId == g.Id && r.Kind == ReportKind.Final && r.Status == ReportStatus.Accepted));
    }

    [Fact]
    public async Task The_demo_organization_has_a_report_due_within_the_week_one_returned_with_a_comment_and_notifications()
    {
        var data = await LoadAsync();
        var member = data.Users[MemberEmail];
        var organizationId = data.Members.Single(m => m.Contains(member) && data.Grants.Values.Any(g => g.OrganizationId == m.Key)).Key;
        var ours = data.Reports.Where(r => data.Grants[r.GrantId].OrganizationId == organizationId && data.Grants[r.GrantId].Status == GrantStatus.InProgress).ToList();

        var due = Assert.Single(ours, r => r.Kind == ReportKind.Milestone);
        Assert.Equal((DemoReports.MilestoneTitle, data.Today.AddDays(DemoReports.MilestoneDueInDays), ReportStatus.Pending),
            (due.Title, due.DueOn, due.Status));
        var returned = Assert.Single(ours, r => r.Status == ReportStatus.Returned);
        Assert.False(string.IsNullOrWhiteSpace(returned.ReviewComment));

        var (notifications, sent) = await app.WithDbAsync(async db => (
            await db.Notifications.AsNoTracking().Where(n => n.UserId == member).ToListAsync(),
            await db.SentReminders.AsNoTracking().Where(s => s.UserId == member).Select(s => s.Key).ToListAsync()));
        Assert.Contains(notifications, n => n.Link == $"/reports/{due.Id}" && !n.IsRead);
        // The week-ahead reminder about it went out, under the key the daily job uses.
        Assert.Contains(ReminderPlan.Key(ReminderKinds.Report, due.Id, ReminderSteps.DueIn7, member), sent);

        // The member's home page lists both among the coming deadlines.
        var client = app.CreateBrowserClient();
        await client.SignInAsync(MemberEmail, DemoData.Password);
        var home = await client.GetPageAsync("/");
        var links = home.QuerySelectorAll("#deadlines li.deadline a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/reports/{due.Id}", links);
        Assert.Contains($"/reports/{returned.Id}", links);
    }

    [Fact]
    public async Task The_reminders_already_sent_have_their_notification_and_the_daily_job_finds_nothing_more_to_send_today()
    {
        var (sent, keyed, officerNotes) = await app.WithDbAsync(async db => (
            await db.SentReminders.AsNoTracking().ToListAsync(),
            await db.Notifications.AsNoTracking().Where(n => n.DeduplicationKey != null).Select(n => n.DeduplicationKey!).ToListAsync(),
            await db.Notifications.AsNoTracking().CountAsync(n => db.Users.Any(u => u.Id == n.UserId && u.Email == OfficerEmail))));
        Assert.Contains(sent, s => s.Key.StartsWith($"{ReminderKinds.Report}:", StringComparison.Ordinal));
        Assert.All(sent, s => Assert.Contains(s.Key, keyed));
        Assert.True(officerNotes > 0, "the officer's bell is empty");

        await using var scope = app.Services.CreateAsyncScope();
        var written = await ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);

        Assert.Equal(0, written);
    }

    [Fact]
    public async Task Seeding_again_adds_no_report_reminder_or_notification()
    {
        Task<(int, int, int, int)> CountAsync() => app.WithDbAsync(async db => (await db.ProjectReports.CountAsync(),
            await db.ProjectReports.CountAsync(r => r.Status != ReportStatus.Pending), await db.SentReminders.CountAsync(), await db.Notifications.CountAsync()));
        var before = await CountAsync();

        await using (var scope = app.Services.CreateAsyncScope())
            await DemoData.SeedAsync(scope.ServiceProvider);

        Assert.Equal(before, await CountAsync());
    }
}
