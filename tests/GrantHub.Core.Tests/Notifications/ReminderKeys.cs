using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

public class ReminderKeys
{
    private static readonly Guid Report = Guid.Parse("0190f5a4-1111-7000-8000-000000000001");

    [Fact]
    public void A_key_names_the_kind_the_item_the_step_and_the_person()
    {
        Assert.Equal("report:0190f5a4-1111-7000-8000-000000000001:due-7:user-1",
            ReminderPlan.Key(ReminderKinds.Report, Report, ReminderSteps.DueIn7, "user-1"));
    }

    [Fact]
    public void The_same_step_for_two_people_has_two_keys()
    {
        Assert.NotEqual(ReminderPlan.Key(ReminderKinds.Report, Report, ReminderSteps.DueIn7, "user-1"),
            ReminderPlan.Key(ReminderKinds.Report, Report, ReminderSteps.DueIn7, "user-2"));
    }

    [Fact]
    public void The_longest_key_fits_the_column()
    {
        var longest = ReminderPlan.Key(ReminderKinds.Residency, Guid.NewGuid(), ReminderSteps.ResidencyWaiting, Guid.NewGuid().ToString());
        Assert.True(longest.Length <= SentReminder.MaxKeyLength, $"{longest.Length} characters");
    }

    [Fact]
    public void A_due_reminder_carries_its_key()
    {
        var due = new DueReminder(ReminderKinds.Tranche, "t-1", ReminderSteps.TranchePayable, "officer-1", ReminderAudience.ProgramOfficer,
            new ReminderFacts("银龄助餐", new DateOnly(2026, 6, 1)));
        Assert.Equal("tranche:t-1:tranche-payable:officer-1", due.Key);
    }
}
