using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

/// <summary>Residency applications past the 5-working-day target, and residents whose term ends within 30 days.</summary>
public class CenterStaffReminderPlan
{
    /// <summary>Monday 1 June 2026: five working days later is Monday 8 June.</summary>
    private static readonly DateOnly AppliedOn = new(2026, 6, 1);

    [Theory]
    [InlineData("2026-06-05")]   // Friday: 4 working days
    [InlineData("2026-06-07")]   // Sunday: still 4
    [InlineData("2026-06-08")]   // Monday: the fifth working day, the target itself
    public void An_application_is_not_waiting_too_long_up_to_the_fifth_working_day(string today)
    {
        Assert.False(ReminderPlan.ResidencyWaiting(AppliedOn, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-06-09")]   // Tuesday: the sixth working day
    [InlineData("2026-07-01")]
    public void An_application_unanswered_after_the_fifth_working_day_is_waiting_too_long(string today)
    {
        Assert.True(ReminderPlan.ResidencyWaiting(AppliedOn, DateOnly.Parse(today)));
    }

    [Fact]
    public void The_answer_was_due_on_the_fifth_working_day()
    {
        Assert.Equal(new DateOnly(2026, 6, 8), ReminderPlan.ResidencyAnswerDue(AppliedOn));
    }

    [Fact]
    public void An_application_made_on_a_friday_is_waiting_too_long_from_the_second_monday_after()
    {
        // Friday 5 June: Mon 8 … Fri 12 are its five working days; the weekend adds none; Monday 15 is the sixth.
        var friday = new DateOnly(2026, 6, 5);
        Assert.False(ReminderPlan.ResidencyWaiting(friday, new DateOnly(2026, 6, 14)));
        Assert.True(ReminderPlan.ResidencyWaiting(friday, new DateOnly(2026, 6, 15)));
    }

    [Theory]
    [InlineData("2026-06-01", false)]   // 31 days before the end
    [InlineData("2026-06-02", true)]    // 30 days before
    [InlineData("2026-07-02", true)]    // the last day
    [InlineData("2026-07-03", false)]   // ended
    public void A_term_ending_within_thirty_days_is_due_for_a_reminder(string today, bool due)
    {
        Assert.Equal(due, ReminderPlan.TermEndsSoon(new DateOnly(2026, 7, 2), DateOnly.Parse(today)));
    }
}
