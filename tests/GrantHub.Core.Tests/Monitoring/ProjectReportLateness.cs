using GrantHub.Core.Monitoring;
using static GrantHub.Core.Tests.Monitoring.ReportFixtures;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>
/// A report is due on a China-time day: owed after it, it is overdue and late; submitted after it, it stays late (and a
/// late mid-term report counts as a failed mid-term) however it is reviewed later.
/// </summary>
public sealed class ProjectReportLateness
{
    [Fact]
    public void A_report_owed_on_its_due_day_is_neither_overdue_nor_late()
    {
        var report = Monthly();

        Assert.False(report.IsOverdue(MonthlyDue));
        Assert.False(report.IsLate(MonthlyDue));
    }

    [Fact]
    public void A_report_still_owed_the_day_after_is_overdue_and_late()
    {
        var report = Monthly().Written();

        Assert.True(report.IsOverdue(MonthlyDue.AddDays(1)));
        Assert.True(report.IsLate(MonthlyDue.AddDays(1)));
    }

    [Fact]
    public void Submitted_at_23_59_China_time_on_the_due_day_it_is_on_time()
    {
        var report = Monthly().Written();

        report.Submit(Member, ChinaTime.StartOfDayUtc(MonthlyDue.AddDays(1)).AddMinutes(-1));

        Assert.False(report.IsLate(MonthlyDue.AddDays(30)));
        Assert.False(report.IsOverdue(MonthlyDue.AddDays(30)));
    }

    [Fact]
    public void Submitted_the_day_after_it_stays_late_but_is_no_longer_overdue()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue.AddDays(1), hour: 0);

        Assert.True(report.IsLate(MonthlyDue.AddDays(40)));
        Assert.False(report.IsOverdue(MonthlyDue.AddDays(40)));
    }

    [Fact]
    public void A_late_midterm_report_counts_as_a_failed_midterm_and_a_late_monthly_one_does_not()
    {
        var midterm = Midterm().Written().SubmittedOn(MidtermDue.AddDays(3));
        var monthly = Monthly().Written().SubmittedOn(MonthlyDue.AddDays(3));

        Assert.True(midterm.CountsAsFailedMidterm(MidtermDue.AddDays(3)));
        Assert.False(monthly.CountsAsFailedMidterm(MonthlyDue.AddDays(3)));
    }

    [Fact]
    public void An_owed_midterm_report_counts_as_failed_only_once_its_due_day_has_passed()
    {
        var midterm = Midterm();

        Assert.False(midterm.CountsAsFailedMidterm(MidtermDue));
        Assert.True(midterm.CountsAsFailedMidterm(MidtermDue.AddDays(1)));
    }

    [Theory]
    [InlineData(0, null, 0)]
    [InlineData(5, null, 5)]
    [InlineData(9, 0, 0)]
    [InlineData(9, 1, 1)]
    [InlineData(20, 7, 7)]
    public void The_days_late_a_list_shows_agree_with_the_report(int daysAfterDue, int? submittedDaysAfterDue, int expectedDaysLate)
    {
        var report = Monthly().Written();
        if (submittedDaysAfterDue is { } s) report.SubmittedOn(MonthlyDue.AddDays(s), hour: 23);
        var today = MonthlyDue.AddDays(daysAfterDue);

        Assert.Equal(expectedDaysLate, ReportDelay.DaysLate(report.DueOn, report.FirstSubmittedAt, today));
        Assert.Equal(report.IsLate(today), ReportDelay.IsLate(report.DueOn, report.FirstSubmittedAt, today));
    }
}
