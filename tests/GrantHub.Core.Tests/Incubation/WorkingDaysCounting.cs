using GrantHub.Core.Incubation;

namespace GrantHub.Core.Tests.Incubation;

public sealed class WorkingDaysCounting
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Friday = new(2026, 3, 6);

    [Fact]
    public void The_same_day_counts_no_working_day() => Assert.Equal(0, WorkingDays.Between(Monday, Monday));

    [Fact]
    public void A_weekend_counts_nothing() => Assert.Equal(0, WorkingDays.Between(Friday, Friday.AddDays(2)));

    [Fact]
    public void Friday_to_Monday_is_one_working_day() => Assert.Equal(1, WorkingDays.Between(Friday, Friday.AddDays(3)));

    [Fact]
    public void A_whole_week_is_five_working_days() => Assert.Equal(5, WorkingDays.Between(Monday, Monday.AddDays(7)));

    [Fact]
    public void Two_weeks_from_a_saturday_are_ten_working_days() => Assert.Equal(10, WorkingDays.Between(Friday.AddDays(1), Friday.AddDays(15)));

    [Fact]
    public void Five_working_days_after_a_thursday_fall_on_the_next_thursday() =>
        Assert.Equal(new DateOnly(2026, 3, 12), WorkingDays.Add(new DateOnly(2026, 3, 5), WorkingDays.ReviewTarget));

    [Fact]
    public void One_working_day_after_a_friday_is_monday() => Assert.Equal(Friday.AddDays(3), WorkingDays.Add(Friday, 1));

    [Fact]
    public void An_application_is_overdue_after_more_than_five_working_days()
    {
        Assert.False(WorkingDays.IsOverdue(Monday, Monday.AddDays(7)));
        Assert.True(WorkingDays.IsOverdue(Monday, Monday.AddDays(8)));
        // Applied on a Friday: the fifth working day is the next Friday; the weekend after it does not count.
        Assert.False(WorkingDays.IsOverdue(Friday, Friday.AddDays(9)));
        Assert.True(WorkingDays.IsOverdue(Friday, Friday.AddDays(10)));
    }

    [Fact]
    public void The_overdue_cutoff_agrees_with_the_count_for_every_day_of_a_month()
    {
        for (var today = Monday; today < Monday.AddDays(14); today = today.AddDays(1))
        {
            var cutoff = WorkingDays.OverdueIfAppliedBefore(today);
            for (var applied = today.AddDays(-30); applied <= today; applied = applied.AddDays(1))
                Assert.Equal(WorkingDays.IsOverdue(applied, today), applied < cutoff);
        }
    }
}
