using GrantHub.Core.Monitoring;
using static GrantHub.Core.Tests.Monitoring.ReportFixtures;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>The officer excuses a late report with a reason: a late mid-term report then no longer counts as a failed mid-term.</summary>
public sealed class ProjectReportExcuse
{
    private static readonly DateOnly Late = MidtermDue.AddDays(4);

    [Fact]
    public void An_excused_late_midterm_no_longer_counts_as_failed_and_stays_late()
    {
        var report = Midterm().Written().SubmittedOn(Late);

        report.Excuse(Officer, "疫情封控，活动暂停两周", Late, At(Late, 15));

        Assert.False(report.CountsAsFailedMidterm(Late));
        Assert.True(report.IsLate(Late));
        Assert.Equal("疫情封控，活动暂停两周", report.ExcuseReason);
        Assert.Equal(Officer, report.ExcusedByUserId);
    }

    [Fact]
    public void An_owed_report_can_be_excused_once_it_is_late()
    {
        var report = Midterm();

        report.Excuse(Officer, "负责人住院", Late, At(Late));

        Assert.False(report.CountsAsFailedMidterm(Late.AddDays(10)));
    }

    [Fact]
    public void Excusing_needs_a_reason()
    {
        var report = Midterm();

        Refused("Give the reason for excusing the delay.", () => report.Excuse(Officer, "  ", Late, At(Late)));
        Assert.Null(report.ExcusedAt);
    }

    [Fact]
    public void A_report_that_is_not_late_cannot_be_excused()
    {
        var report = Midterm().Written().SubmittedOn(MidtermDue);

        Refused("This report is not late.", () => report.Excuse(Officer, "提前说明", Late, At(Late)));
    }

    [Fact]
    public void A_delay_is_excused_once()
    {
        var report = Midterm();
        report.Excuse(Officer, "负责人住院", Late, At(Late));

        Refused("This delay is already excused.", () => report.Excuse(Officer, "再次说明", Late, At(Late)));
    }
}
