using GrantHub.Core;
using GrantHub.Core.Notifications;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// A project's monthly report is due on Wednesday 10 June 2026 and never submitted. The clock moves from day −8 to day +4
/// with the job run every day at 09:00: exactly these reminders go out, on exactly these days, each once, in the app and
/// by e-mail — and on day +3 the staff of the organization's incubation center and the program officer are told too.
/// </summary>
public sealed class ReminderTimelineTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    private static readonly DateOnly DueOn = new(2026, 6, 10);

    [Fact]
    public async Task Each_step_goes_out_once_on_its_day_and_the_escalation_reaches_the_center_and_the_officer_on_day_three()
    {
        var officer = await app.OfficerAsync();
        var (centerId, staff) = await app.CenterWithStaffAsync();
        var (member, organizationId, _) = await app.OrganizationAsync(residentAt: centerId, staffId: staff.Id);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, DueOn);
        string Key(string step, TestUser to) => ReminderPlan.Key(ReminderKinds.Report, project.ReportId, step, to.Id);

        var expected = new Dictionary<int, (string Key, string Email)[]>
        {
            [-8] = [],
            [-7] = [(Key(ReminderSteps.DueIn7, member), member.Email)],
            [-2] = [],
            [-1] = [(Key(ReminderSteps.DueIn1, member), member.Email)],
            [0] = [(Key(ReminderSteps.DueToday, member), member.Email)],
            [1] = [(Key(ReminderSteps.Overdue, member), member.Email)],
            [2] = [],
            [3] =
            [
                (Key(ReminderSteps.Escalated, member), member.Email),
                (Key(ReminderSteps.Escalated, staff), staff.Email),
                (Key(ReminderSteps.Escalated, officer), officer.Email),
            ],
            [4] = [],
        };

        var seen = new List<string>();
        foreach (var (day, due) in expected)
        {
            app.SetToday(DueOn.AddDays(day));
            var written = await app.RunRemindersAsync();

            var keys = await app.SentKeysAsync();
            var today = keys.Except(seen).ToList();
            Assert.True(due.Select(d => d.Key).Order().SequenceEqual(today.Order()),
                $"day {day:+0;-0;0}: expected [{string.Join(", ", due.Select(d => d.Key))}], got [{string.Join(", ", today)}]");
            Assert.Equal(due.Length, written);

            // The in-app notification and the e-mail of each, written with it, to the right person, at 09:00 that day.
            var notifications = (await app.NotificationsAsync()).Where(n => today.Contains(n.DeduplicationKey!)).ToList();
            Assert.Equal(today.Order(), notifications.Select(n => n.DeduplicationKey!).Order());
            Assert.All(notifications, n => Assert.Equal(app.Now, n.CreatedAt));
            Assert.All(notifications, n => Assert.StartsWith("/", n.Link));
            var mail = (await app.ReminderMailAsync()).Where(m => today.Contains(m.DeduplicationKey!)).ToList();
            Assert.Equal(due.Select(d => (d.Key, d.Email)).OrderBy(d => d.Key), mail.Select(m => (m.DeduplicationKey!, m.To)).OrderBy(d => d.Item1));
            seen.AddRange(today);
        }

        // Over the whole life: seven reminders, seven notifications, seven e-mails; nothing twice.
        Assert.Equal(7, seen.Count);
        Assert.Equal(7, (await app.NotificationsAsync()).Count);
        Assert.Equal(7, (await app.ReminderMailAsync()).Count);
    }

    [Fact]
    public void The_days_walked_are_those_around_the_due_date()
    {
        // Guards the test above against a clock that would not move: day −8 is before any reminder.
        Assert.Empty(ReminderPlan.ForReport(DueOn, DueOn.AddDays(-8)));
        Assert.Equal(DueOn.AddDays(-8), RemindersFactory.FirstDay);
        Assert.Equal(DayOfWeek.Wednesday, DueOn.DayOfWeek);
        Assert.Equal(new DateOnly(2026, 6, 2), ChinaTime.Today(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(RemindersFactory.At(RemindersFactory.FirstDay))));
    }
}
