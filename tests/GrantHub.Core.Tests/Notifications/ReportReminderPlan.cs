using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

/// <summary>A report due on Wednesday 10 June 2026, still owed, day by day (China dates).</summary>
public class ReportReminderPlan
{
    private static readonly DateOnly DueOn = new(2026, 6, 10);

    [Theory]
    [InlineData("2026-06-01")]   // 9 days before
    [InlineData("2026-06-02")]   // 8 days before
    public void Nothing_is_due_more_than_seven_days_ahead(string today)
    {
        Assert.Empty(ReminderPlan.ForReport(DueOn, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-06-03")]   // 7 days before: the first reminder
    [InlineData("2026-06-06")]
    [InlineData("2026-06-08")]   // 2 days before: still the same step (a missed day catches up)
    public void The_seven_day_reminder_applies_from_seven_days_to_two_days_before(string today)
    {
        Assert.Equal([ReminderSteps.DueIn7], ReminderPlan.ForReport(DueOn, DateOnly.Parse(today)));
    }

    [Fact]
    public void The_day_before_brings_the_one_day_reminder_only()
    {
        Assert.Equal([ReminderSteps.DueIn1], ReminderPlan.ForReport(DueOn, new DateOnly(2026, 6, 9)));
    }

    [Fact]
    public void The_due_date_brings_the_reminder_of_the_day()
    {
        Assert.Equal([ReminderSteps.DueToday], ReminderPlan.ForReport(DueOn, DueOn));
    }

    [Theory]
    [InlineData("2026-06-11")]   // 1 day late
    [InlineData("2026-06-12")]   // 2 days late
    public void From_one_day_late_the_overdue_reminder_applies(string today)
    {
        Assert.Equal([ReminderSteps.Overdue], ReminderPlan.ForReport(DueOn, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-06-13")]   // 3 days late: escalation
    [InlineData("2026-06-20")]
    [InlineData("2026-07-10")]   // 30 days late: the scan's last day
    public void From_three_days_late_the_escalation_applies_with_the_overdue_reminder(string today)
    {
        // A job that did not run on days +1 and +2 still sends the overdue reminder on day +3, with the escalation.
        Assert.Equal([ReminderSteps.Overdue, ReminderSteps.Escalated], ReminderPlan.ForReport(DueOn, DateOnly.Parse(today)));
    }

    [Fact]
    public void Nothing_is_due_more_than_thirty_days_late()
    {
        Assert.Empty(ReminderPlan.ForReport(DueOn, new DateOnly(2026, 7, 11)));
    }

    [Fact]
    public void An_excused_delay_is_not_escalated_but_the_report_is_still_owed()
    {
        Assert.Equal([ReminderSteps.Overdue], ReminderPlan.ForReport(DueOn, new DateOnly(2026, 6, 15), delayExcused: true));
    }

    [Fact]
    public void Walking_the_days_minus_eight_to_plus_four_gives_each_step_on_its_first_day()
    {
        var firstSeen = new Dictionary<string, int>();
        for (var day = -8; day <= 4; day++)
        {
            foreach (var step in ReminderPlan.ForReport(DueOn, DueOn.AddDays(day)))
                firstSeen.TryAdd(step, day);
        }

        Assert.Equal(new Dictionary<string, int>
        {
            [ReminderSteps.DueIn7] = -7,
            [ReminderSteps.DueIn1] = -1,
            [ReminderSteps.DueToday] = 0,
            [ReminderSteps.Overdue] = 1,
            [ReminderSteps.Escalated] = 3,
        }, firstSeen);
    }

    [Fact]
    public void The_escalation_reaches_the_organization_the_center_staff_and_the_officers()
    {
        Assert.Equal([ReminderAudience.Organization, ReminderAudience.CenterStaff, ReminderAudience.ProgramOfficer],
            ReminderPlan.AudienceOf(ReminderSteps.Escalated));
    }

    [Theory]
    [InlineData(ReminderSteps.DueIn7)]
    [InlineData(ReminderSteps.DueIn1)]
    [InlineData(ReminderSteps.DueToday)]
    [InlineData(ReminderSteps.Overdue)]
    public void The_other_steps_reach_the_organization_only(string step)
    {
        Assert.Equal([ReminderAudience.Organization], ReminderPlan.AudienceOf(step));
    }
}
