using GrantHub.Core.Monitoring;
using static GrantHub.Core.Tests.Monitoring.ReportFixtures;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>
/// The officer accepts a submitted report, or returns it for revision with a comment; a returned report is edited and
/// submitted again, and keeps the day it was first submitted (so a late report stays late).
/// </summary>
public sealed class ProjectReportReview
{
    private static readonly DateTime Reviewed = At(MonthlyDue.AddDays(2));

    [Fact]
    public void Returning_a_report_needs_a_comment()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue);

        Refused("Say what needs to change before returning the report.", () => report.Return(Officer, "   ", Reviewed));
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void A_returned_report_carries_the_comment_and_can_be_edited_again()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue);

        report.Return(Officer, "请补充活动照片和签到表。", Reviewed);

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.True(report.IsEditable);
        Assert.Equal("请补充活动照片和签到表。", report.ReviewComment);
        report.SaveDraft("补充后的进展", "活动", 50, [], Reviewed);
        Assert.Equal("补充后的进展", report.Narrative);
    }

    [Fact]
    public void A_resubmission_after_a_return_keeps_the_first_submission_time()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue.AddDays(1));
        var first = report.FirstSubmittedAt;
        report.Return(Officer, "请补充签到表。", Reviewed);

        report.Submit(Member, At(MonthlyDue.AddDays(5)));

        Assert.Equal(first, report.FirstSubmittedAt);
        Assert.Equal(At(MonthlyDue.AddDays(5)), report.SubmittedAt);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(1, ReportDelay.DaysLate(report.DueOn, report.FirstSubmittedAt, MonthlyDue.AddDays(30)));
    }

    [Fact]
    public void A_report_on_time_stays_on_time_when_resubmitted_after_its_due_day()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue);
        report.Return(Officer, "请补充签到表。", Reviewed);

        report.Submit(Member, At(MonthlyDue.AddDays(9)));

        Assert.False(report.IsLate(MonthlyDue.AddDays(9)));
    }

    [Fact]
    public void Accepting_needs_no_comment_and_ends_the_report()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue);

        report.Accept(Officer, null, Reviewed);

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Null(report.ReviewComment);
        Assert.False(report.IsEditable);
        Assert.Equal(Officer, report.ReviewedByUserId);
    }

    [Fact]
    public void Only_a_submitted_report_is_reviewed()
    {
        var pending = Monthly().Written();
        var accepted = Monthly().Written().SubmittedOn(MonthlyDue);
        accepted.Accept(Officer, "", Reviewed);

        Refused("Only a submitted report can be accepted or returned.", () => pending.Accept(Officer, null, Reviewed));
        Refused("Only a submitted report can be accepted or returned.", () => accepted.Return(Officer, "再改改", Reviewed));
    }
}
