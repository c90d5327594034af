namespace GrantHub.Core.Incubation;

/// <summary>
/// The 5-working-day answer target for residency applications. Counts Monday–Friday; public holidays and the
/// adjusted working weekends (调休) are not modelled yet, so the count can be off by the holiday days.
/// </summary>
public static class WorkingDays
{
    public const int ReviewTarget = 5;

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d)) days++;
        }
        return days;
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/>: e.g. the day an answer is due.</summary>
    public static DateOnly Add(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var d = from;
        for (var counted = 0; counted < days;)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) counted++;
        }
        return d;
    }

    /// <summary>Whether an application made on <paramref name="appliedOn"/> and still unanswered on <paramref name="today"/> is past the target.</summary>
    public static bool IsOverdue(DateOnly appliedOn, DateOnly today, int target = ReviewTarget) => Between(appliedOn, today) > target;

    /// <summary>
    /// The first application date that is not yet overdue on <paramref name="today"/>: an application is overdue exactly
    /// when it was made before this date. Lets a query count overdue applications with one date comparison.
    /// </summary>
    public static DateOnly OverdueIfAppliedBefore(DateOnly today, int target = ReviewTarget)
    {
        var d = today;
        while (!IsOverdue(d.AddDays(-1), today, target)) d = d.AddDays(-1);
        return d;
    }
}
