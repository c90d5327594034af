using GrantHub.Core.Notifications;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// Two web nodes (two app instances, each with its own connections) on one SQLite file run the job at the same moment:
/// every reminder is written once — its record, its notification and its e-mail — and none is lost.
/// </summary>
public sealed class TwoNodesTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Two_nodes_running_at_once_write_each_reminder_exactly_once_and_lose_none()
    {
        var officer = await app.OfficerAsync();
        var dueOn = app.Today.AddDays(7);
        var recipients = new List<(Guid ReportId, string UserId)>();
        for (var i = 0; i < 8; i++)
        {
            var (member, organizationId, _) = await app.OrganizationAsync();
            var others = new[] { await app.AddMemberAsync(organizationId), await app.AddMemberAsync(organizationId) };
            var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, dueOn, $"社区项目{i}");
            recipients.AddRange(new[] { member, others[0], others[1] }.Select(m => (project.ReportId, m.Id)));
        }
        await using var second = RemindersFactory.SecondNodeOf(app);

        // Three days of the report's life (due-7, due-1, due-0): 24 reminders each day, in batches of 5, both nodes at once.
        var total = 0;
        foreach (var day in new[] { dueOn.AddDays(-7), dueOn.AddDays(-1), dueOn })
        {
            app.SetToday(day);
            var runs = await Task.WhenAll(
                Task.Run(() => app.RunRemindersAsync(batchSize: 5)),
                Task.Run(() => second.RunRemindersAsync(batchSize: 5)));
            Assert.Equal(24, runs.Sum());
            total += runs.Sum();
        }

        var keys = await app.SentKeysAsync();
        Assert.Equal(72, total);
        Assert.Equal(72, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var step = new[] { ReminderSteps.DueIn7, ReminderSteps.DueIn1, ReminderSteps.DueToday };
        Assert.Equal(
            recipients.SelectMany(r => step.Select(s => ReminderPlan.Key(ReminderKinds.Report, r.ReportId, s, r.UserId))).Order(),
            keys.Order());
        Assert.Equal(72, (await app.NotificationsAsync()).Select(n => n.DeduplicationKey).Distinct().Count());
        Assert.Equal(72, (await app.NotificationsAsync()).Count);
        Assert.Equal(72, (await app.ReminderMailAsync()).Count);
    }
}
