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
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        }
        return days;
    }
}
