using GrantHub.Core.Notifications;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>The job run again the same day (a retry, a click on "Trigger now"), or the next day, repeats nothing.</summary>
public sealed class RepeatedRunTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_second_run_the_same_day_and_a_run_the_next_day_write_nothing_already_sent()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var second = await app.AddMemberAsync(organizationId);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(5), payableTranche: true);

        Assert.Equal(3, await app.RunRemindersAsync());    // due-7 to both members, tranche-payable to the officer
        Assert.Equal(0, await app.RunRemindersAsync());
        Assert.Equal(0, await app.RunRemindersAsync(batchSize: 1));

        app.SetToday(app.Today.AddDays(1));                   // still in the 7-day window, tranche still payable
        Assert.Equal(0, await app.RunRemindersAsync());

        Assert.Equal(
            new[]
            {
                ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn7, member.Id),
                ReminderPlan.Key(ReminderKinds.Report, project.ReportId, ReminderSteps.DueIn7, second.Id),
                ReminderPlan.Key(ReminderKinds.Tranche, project.FirstTrancheId, ReminderSteps.TranchePayable, officer.Id),
            }.Order(),
            (await app.SentKeysAsync()).Order());
        Assert.Equal(3, (await app.NotificationsAsync()).Count);
        Assert.Equal(3, (await app.ReminderMailAsync()).Count);
    }
}
