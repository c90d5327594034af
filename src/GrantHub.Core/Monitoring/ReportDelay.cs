namespace GrantHub.Core.Monitoring;

/// <summary>
/// How late a report is, from what a list reads of it (due date, first submission) without loading the entity: the
/// same rule as <see cref="ProjectReport.IsLate"/> — first submitted after its due date (China time), or still owed
/// after it.
/// </summary>
public static class ReportDelay
{
    /// <summary>Whole days past the due date: until the first submission, or until today while it is owed; 0 when on time.</summary>
    public static int DaysLate(DateOnly dueOn, DateTime? firstSubmittedAt, DateOnly today)
    {
        var until = firstSubmittedAt is { } first ? DateOnly.FromDateTime(ChinaTime.ToChina(first)) : today;
        return Math.Max(0, until.DayNumber - dueOn.DayNumber);
    }

    public static bool IsLate(DateOnly dueOn, DateTime? firstSubmittedAt, DateOnly today) => DaysLate(dueOn, firstSubmittedAt, today) > 0;

    /// <summary>A late mid-term report counts as a failed mid-term unless the officer excused it.</summary>
    public static bool CountsAsFailedMidterm(ReportKind kind, DateOnly dueOn, DateTime? firstSubmittedAt, DateTime? excusedAt, DateOnly today) =>
        kind == ReportKind.Midterm && excusedAt is null && IsLate(dueOn, firstSubmittedAt, today);
}
