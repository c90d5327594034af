using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Notifications;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// Center staff are reminded of residency applications unanswered past the 5-working-day target and of residents whose
/// term ends within 30 days; only the staff of that center, each once.
/// </summary>
public sealed class CenterStaffReminderTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Staff_are_told_of_applications_waiting_past_the_target_and_of_terms_ending_within_thirty_days()
    {
        // Tuesday 2 June 2026. An application of Monday 25 May waits past its fifth working day (1 June); one of
        // Wednesday 27 May is still within it (until 3 June).
        var (centerId, staff) = await app.CenterWithStaffAsync();
        var (_, otherStaff) = await app.CenterWithStaffAsync();
        var (_, late, lateName) = await app.OrganizationAsync();
        var (_, recent, _) = await app.OrganizationAsync();
        var (_, ending, endingName) = await app.OrganizationAsync();
        var (_, staying, _) = await app.OrganizationAsync();
        var lateId = await app.ApplyForResidencyAsync(late, centerId, RemindersFactory.Utc(2026, 5, 25));
        await app.ApplyForResidencyAsync(recent, centerId, RemindersFactory.Utc(2026, 5, 27));
        var endingId = await app.ResidentAsync(ending, centerId, new DateOnly(2025, 7, 1), 12);    // ends 1 July 2026: in 29 days
        await app.ResidentAsync(staying, centerId, new DateOnly(2025, 7, 10), 12);                 // ends 10 July: in 38 days

        await app.RunRemindersAsync();
        await app.RunRemindersAsync();

        Assert.Equal(
            new[]
            {
                ReminderPlan.Key(ReminderKinds.Residency, lateId, ReminderSteps.ResidencyWaiting, staff.Id),
                ReminderPlan.Key(ReminderKinds.Residency, endingId, ReminderSteps.TermEnds, staff.Id),
            }.Order(),
            (await app.SentKeysAsync()).Order());
        var notifications = await app.NotificationsAsync();
        Assert.Contains(notifications, n => n.Args.SequenceEqual([lateName, "2026-06-01"]) && n.Link == $"/center/residencies/{lateId}");
        Assert.Contains(notifications, n => n.Args.SequenceEqual([endingName, "2026-07-01"]) && n.Link == $"/center/residencies/{endingId}");
        Assert.DoesNotContain(notifications, n => n.UserId == otherStaff.Id);
    }
}
