using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

/// <summary>Which reminders are e-mailed even to a person who turned off e-mail for optional ones.</summary>
public class EssentialReminders
{
    [Theory]
    [InlineData(ReminderSteps.Overdue)]
    [InlineData(ReminderSteps.Escalated)]
    public void Overdue_and_escalation_reminders_are_essential(string step)
    {
        Assert.True(ReminderSteps.IsEssential(step));
    }

    [Theory]
    [InlineData(ReminderSteps.DueIn7)]
    [InlineData(ReminderSteps.DueIn1)]
    [InlineData(ReminderSteps.DueToday)]
    [InlineData(ReminderSteps.ReviewIn3)]
    [InlineData(ReminderSteps.ReviewIn1)]
    [InlineData(ReminderSteps.ResidencyWaiting)]
    [InlineData(ReminderSteps.TermEnds)]
    [InlineData(ReminderSteps.TranchePayable)]
    public void The_others_are_optional(string step)
    {
        Assert.False(ReminderSteps.IsEssential(step));
    }
}
