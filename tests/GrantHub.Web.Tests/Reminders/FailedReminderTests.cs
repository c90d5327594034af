using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// A reminder that cannot be written for another reason than a key written elsewhere does not stop the others, and fails
/// the run so that Hangfire retries it (and an administrator sees it on the dashboard).
/// </summary>
public sealed class FailedReminderTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_reminder_that_cannot_be_written_is_left_out_the_others_are_written_and_the_run_fails()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var colleague = await app.AddMemberAsync(organizationId);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(1), "写入失败的项目");
        var key = ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, member.Id);
        var colleagueKey = ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, colleague.Id);

        // An outbox row already holds the reminder's e-mail key, without its record: not "another node", a real conflict.
        await app.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(OutboxMessage.Create("someone@test.granthub.cn", "x", "x", "x", app.Now, key));
            return await db.SaveChangesAsync();
        });

        var failure = await Assert.ThrowsAsync<AggregateException>(() => app.RunRemindersAsync());

        Assert.IsType<DbUpdateException>(Assert.Single(failure.InnerExceptions));
        Assert.DoesNotContain(key, await app.SentKeysAsync());
        Assert.DoesNotContain(key, (await app.NotificationsAsync()).Select(n => n.DeduplicationKey));
        // The colleague's reminder is not held back by it.
        Assert.Contains(colleagueKey, await app.SentKeysAsync());
        Assert.Contains(colleagueKey, (await app.NotificationsAsync()).Select(n => n.DeduplicationKey));
        Assert.Contains(colleagueKey, (await app.ReminderMailAsync()).Select(m => m.DeduplicationKey));

        // Once the cause is gone (an administrator removed the stray row), the next run writes it: nothing is lost.
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey == key && m.To == "someone@test.granthub.cn").ExecuteDeleteAsync());
        Assert.Equal(1, await app.RunRemindersAsync());
        Assert.Contains(key, await app.SentKeysAsync());
    }
}
