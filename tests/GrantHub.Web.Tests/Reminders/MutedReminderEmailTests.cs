using GrantHub.Core.Notifications;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// A person who turned off e-mail for non-essential reminders gets none for those, but still gets the overdue and
/// escalation ones by e-mail, and every reminder in the app.
/// </summary>
public sealed class MutedReminderEmailTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Optional_reminders_are_not_emailed_to_who_muted_them_overdue_ones_always_are_and_all_appear_in_the_app()
    {
        var officer = await app.OfficerAsync();
        var (centerId, staff) = await app.CenterWithStaffAsync();
        var (member, organizationId, _) = await app.OrganizationAsync(residentAt: centerId, staffId: staff.Id);
        var colleague = await app.AddMemberAsync(organizationId);
        await app.SetPreferencesAsync(member.Id, "zh-CN", muteOptional: true);
        await app.SetPreferencesAsync(staff.Id, "zh-CN", muteOptional: true);
        var dueOn = app.Today.AddDays(7);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, dueOn);
        string Key(string step, string userId) => ReminderPlan.Key(ReminderKinds.Report, project.ReportId, step, userId);

        await app.RunRemindersAsync();                  // due-7: optional
        app.SetToday(dueOn.AddDays(1));
        await app.RunRemindersAsync();                  // overdue-1: essential
        app.SetToday(dueOn.AddDays(3));
        await app.RunRemindersAsync();                  // escalate-3: essential, to the staff too

        var mailed = (await app.ReminderMailAsync()).Select(m => m.DeduplicationKey).ToHashSet();
        var notified = (await app.NotificationsAsync()).Select(n => n.DeduplicationKey).ToHashSet();

        Assert.DoesNotContain(Key(ReminderSteps.DueIn7, member.Id), mailed);
        Assert.Contains(Key(ReminderSteps.DueIn7, colleague.Id), mailed);
        Assert.Contains(Key(ReminderSteps.Overdue, member.Id), mailed);
        Assert.Contains(Key(ReminderSteps.Escalated, member.Id), mailed);
        Assert.Contains(Key(ReminderSteps.Escalated, staff.Id), mailed);

        foreach (var key in new[]
                 {
                     Key(ReminderSteps.DueIn7, member.Id), Key(ReminderSteps.Overdue, member.Id), Key(ReminderSteps.Escalated, member.Id),
                     Key(ReminderSteps.DueIn7, colleague.Id), Key(ReminderSteps.Escalated, staff.Id),
                 })
            Assert.Contains(key, notified);
        // Muted or not, the reminder is recorded: it is not sent again once the person turns e-mail back on.
        Assert.Contains(Key(ReminderSteps.DueIn7, member.Id), await app.SentKeysAsync());
    }
}
