namespace GrantHub.Core.Monitoring;

/// <summary>
/// How an edition's funded projects report (one row per edition; an edition without a row uses the defaults):
/// monthly progress reports or not, the mid-term and final reports so many months after signing, and the pass mark
/// of their evaluations.
/// </summary>
public class ReportingRules
{
    public const int DefaultMidtermAfterMonths = 6;
    public const int DefaultFinalAfterMonths = 12;

    public Guid EditionId { get; private set; }
    public bool MonthlyReports { get; private set; } = true;
    public int MidtermAfterMonths { get; private set; } = DefaultMidtermAfterMonths;
    public int FinalAfterMonths { get; private set; } = DefaultFinalAfterMonths;
    public int PassMark { get; private set; } = Evaluation.DefaultPassMark;

    private ReportingRules() { }

    public static ReportingRules Defaults(Guid editionId) => new() { EditionId = editionId };

    public void Set(bool monthlyReports, int midtermAfterMonths, int finalAfterMonths, int passMark)
    {
        if (finalAfterMonths is < 1 or > 60) throw new DomainException("The final report is due between {0} and {1} months after signing.", 1, 60);
        if (midtermAfterMonths < 1 || midtermAfterMonths >= finalAfterMonths)
            throw new DomainException("The mid-term report is due after signing and before the final report.");
        if (passMark is < 1 or > 100) throw new DomainException("The pass mark is between {0} and {1}.", 1, 100);
        MonthlyReports = monthlyReports;
        MidtermAfterMonths = midtermAfterMonths;
        FinalAfterMonths = finalAfterMonths;
        PassMark = passMark;
    }
}
