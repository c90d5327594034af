namespace GrantHub.Core.Monitoring;

/// <summary>One report a project owes and when.</summary>
public sealed record ScheduledReport(ReportKind Kind, int Number, DateOnly DueOn);

/// <summary>
/// The reports a project owes from the day its agreement was signed: a monthly progress report due on the same day of
/// each month (a month with the mid-term or final report owes only that one), the mid-term report and the final report.
/// </summary>
public static class ReportSchedule
{
    public static IReadOnlyList<ScheduledReport> Plan(DateOnly signedOn, ReportingRules rules)
    {
        var reports = new List<ScheduledReport>();
        if (rules.MonthlyReports)
        {
            var n = 0;
            for (var month = 1; month < rules.FinalAfterMonths; month++)
                if (month != rules.MidtermAfterMonths) reports.Add(new ScheduledReport(ReportKind.Monthly, ++n, signedOn.AddMonths(month)));
        }
        reports.Add(new ScheduledReport(ReportKind.Midterm, 1, signedOn.AddMonths(rules.MidtermAfterMonths)));
        reports.Add(new ScheduledReport(ReportKind.Final, 1, signedOn.AddMonths(rules.FinalAfterMonths)));
        return reports.OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ToList();
    }
}
