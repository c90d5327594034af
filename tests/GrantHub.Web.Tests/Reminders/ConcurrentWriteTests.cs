using GrantHub.Core.Notifications;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// Another node records one of a batch's reminders after this run read what was sent and before it saves: the unique key
/// refuses the batch, which is then written one by one, leaving out the other node's reminder.
/// </summary>
public sealed class ConcurrentWriteTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_batch_that_meets_a_key_another_node_wrote_meanwhile_is_written_one_by_one_without_it()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var others = new[] { await app.AddMemberAsync(organizationId), await app.AddMemberAsync(organizationId) };
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(1), "抢先写入的项目");
        var raced = ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, others[0].Id);

        // After the job has read which keys were sent and before it saves, "another node" records one of them.
        app.Race.Before(() => app.WithDbAsync(async db =>
        {
            db.SentReminders.Add(new SentReminder(raced, others[0].Id, app.Now));
            return await db.SaveChangesAsync();
        }));
        var written = await app.RunRemindersAsync();

        Assert.True(app.Race.Ran);
        Assert.Equal(2, written);
        var keys = await app.SentKeysAsync();
        Assert.Equal(new[] { member.Id, others[0].Id, others[1].Id }.Select(u => ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, u)).Order(),
            keys.Where(k => k.StartsWith("report:" + project.ReportId, StringComparison.Ordinal)).Order());
        // The other node's reminder stands: this run wrote no notification or e-mail for it, and all of the others.
        var notified = (await app.NotificationsAsync()).Select(n => n.DeduplicationKey).ToList();
        Assert.DoesNotContain(raced, notified);
        Assert.Contains(ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, member.Id), notified);
        Assert.Contains(ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn1, others[1].Id), notified);
        Assert.Equal(2, (await app.ReminderMailAsync()).Count(m => m.DeduplicationKey!.Contains(project.ReportId.ToString(), StringComparison.Ordinal)));
    }
}
