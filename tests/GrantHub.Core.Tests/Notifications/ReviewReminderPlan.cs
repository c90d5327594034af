using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

/// <summary>A judge with unfinished score sheets; the review's last day is Tuesday 30 June 2026.</summary>
public class ReviewReminderPlan
{
    private static readonly DateOnly ReviewEndsOn = new(2026, 6, 30);

    [Theory]
    [InlineData("2026-06-20")]
    [InlineData("2026-06-26")]   // 4 days before
    public void Nothing_is_due_more_than_three_days_before_the_end(string today)
    {
        Assert.Null(ReminderPlan.ForReview(ReviewEndsOn, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-06-27")]   // 3 days before
    [InlineData("2026-06-28")]   // 2 days before
    public void Three_and_two_days_before_the_three_day_reminder_applies(string today)
    {
        Assert.Equal(ReminderSteps.ReviewIn3, ReminderPlan.ForReview(ReviewEndsOn, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-06-29")]   // the day before
    [InlineData("2026-06-30")]   // the last day: a missed day before is caught up
    public void The_day_before_and_the_last_day_the_one_day_reminder_applies(string today)
    {
        Assert.Equal(ReminderSteps.ReviewIn1, ReminderPlan.ForReview(ReviewEndsOn, DateOnly.Parse(today)));
    }

    [Fact]
    public void Nothing_is_due_once_the_review_has_closed()
    {
        Assert.Null(ReminderPlan.ForReview(ReviewEndsOn, new DateOnly(2026, 7, 1)));
    }
}
