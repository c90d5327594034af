using GrantHub.Core.Monitoring;
using static GrantHub.Core.Tests.Monitoring.ReportFixtures;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>
/// A draft is saved as often as needed; a submission needs the progress, the activities held and the beneficiaries
/// served; a submitted report no longer changes.
/// </summary>
public sealed class ProjectReportSubmit
{
    [Fact]
    public void A_blank_report_lists_the_three_parts_it_lacks_and_is_not_submitted()
    {
        var report = Monthly();

        Assert.Equal(["Progress", "Activities held", "Beneficiaries served"], report.MissingForSubmission());
        Refused("Fill in the progress, the activities held and the beneficiaries served before submitting.",
            () => report.Submit(Member, At(MonthlyDue)));
        Assert.Equal(ReportStatus.Pending, report.Status);
        Assert.Null(report.FirstSubmittedAt);
    }

    [Fact]
    public void Zero_beneficiaries_is_an_answer_but_none_is_not()
    {
        var report = Monthly();
        report.SaveDraft("进展", "活动", 0, [], At(MonthlyDue));

        Assert.Empty(report.MissingForSubmission());
    }

    [Fact]
    public void A_complete_report_is_submitted_by_the_member_with_the_time()
    {
        var report = Monthly().Written();

        report.Submit(Member, At(MonthlyDue, 9));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(At(MonthlyDue, 9), report.FirstSubmittedAt);
        Assert.Equal(At(MonthlyDue, 9), report.SubmittedAt);
        Assert.Equal(Member, report.SubmittedByUserId);
    }

    [Fact]
    public void A_submitted_report_refuses_drafts_attachments_and_a_second_submission()
    {
        var report = Monthly().Written().SubmittedOn(MonthlyDue);

        Refused("This report is submitted: it can no longer change.", () => report.SaveDraft("改", "改", 1, [], At(MonthlyDue)));
        Refused("This report is submitted: it can no longer change.", () => report.Attach("a.jpg", "a.jpg", "image/jpeg", 10, At(MonthlyDue)));
        Refused("This report is submitted: it can no longer change.", () => report.Submit(Member, At(MonthlyDue)));
    }

    [Fact]
    public void Saving_a_draft_keeps_the_spending_lines_in_order_planned_against_spent_and_moves_the_version()
    {
        var report = Monthly();
        var before = report.Version;

        report.SaveDraft("进展", "活动", 10,
            [("活动物资", Money.FromYuan(20_000m), Money.FromYuan(3_000m)), ("专业督导", Money.FromYuan(10_000m), Money.Zero)], At(MonthlyDue));

        Assert.Equal([1, 2], report.Spending.Select(s => s.Line));
        Assert.Equal(["活动物资", "专业督导"], report.Spending.Select(s => s.Subject));
        Assert.Equal(Money.FromYuan(3_000m), report.Spending[0].Spent);
        Assert.True(report.Version > before);
    }

    [Fact]
    public void A_negative_amount_spent_is_refused()
    {
        var report = Monthly();

        Refused("An amount cannot be negative.", () => report.SaveDraft("进展", "活动", 10,
            [("活动物资", Money.FromYuan(20_000m), Money.FromYuan(-1m))], At(MonthlyDue)));
    }

    [Fact]
    public void An_eleventh_attachment_is_refused()
    {
        var report = Monthly();
        for (var i = 0; i < ReportAttachment.MaxPerReport; i++) report.Attach($"{i}.jpg", $"{i}.jpg", "image/jpeg", 100, At(MonthlyDue));

        Refused("A report holds at most {0} attachments.", () => report.Attach("x.jpg", "x.jpg", "image/jpeg", 100, At(MonthlyDue)));
        Assert.Equal(ReportAttachment.MaxPerReport, report.Attachments.Count);
    }
}
