using System.Net;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The officer's review forms: a return needs a comment (shown beside the box, nothing changed); a review drawn from an
/// older version of the report is refused with a message; a late mid-term report is flagged until its delay is excused.
/// </summary>
public sealed class ReviewFormTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task Returning_without_a_comment_is_refused_beside_the_box()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        await app.SubmitAsync(report.Id, project.Member.Id);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());

        using var response = await officer.SubmitFormAsync($"/reports/{report.Id}", $"/reports/{report.Id}/return",
            new Dictionary<string, string> { ["Return.Comment"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).FieldError("Return.Comment"));
        Assert.Equal(ReportStatus.Submitted, (await app.ReportAsync(report.Id)).Status);
    }

    [Fact]
    public async Task A_review_of_a_report_changed_since_the_page_was_drawn_is_refused()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        await app.SubmitAsync(report.Id, project.Member.Id);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var page = await officer.GetPageAsync($"/reports/{report.Id}");
        await app.ChangeAsync(report.Id, r => r.Return("another-officer", "请补充照片。", app.Now));

        using var response = await officer.SubmitFormAsync(page, $"/reports/{report.Id}/accept", new Dictionary<string, string>());

        Assert.Equal($"/reports/{report.Id}", response.RedirectPath());
        var after = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Returned, after.Status);
        Assert.Equal("请补充照片。", after.ReviewComment);
        var flash = await officer.GetPageAsync($"/reports/{report.Id}");
        Assert.NotNull(flash.QuerySelector("#flash-error"));
    }

    [Fact]
    public async Task A_late_midterm_is_flagged_until_the_officer_excuses_the_delay()
    {
        // Signed 20 February: the mid-term report was due 20 August and is still owed on 1 September.
        var project = await app.FundedProjectAsync(signedOn: new DateOnly(2026, 2, 20));
        var midterm = await app.ReportAsync(project.GrantId, ReportKind.Midterm);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var member = await app.SignedInClientAsync(project.Member);

        var queue = await officer.GetPageAsync($"/reports?show=overdue&edition={project.EditionId}");
        var row = queue.QuerySelector($"tr[data-report-id='{midterm.Id}']")!;
        Assert.NotNull(row.QuerySelector("[data-flag=failed-midterm]"));
        Assert.NotNull((await member.GetPageAsync($"/reports/{midterm.Id}")).QuerySelector("#failed-midterm-warning"));

        using (var refused = await officer.SubmitFormAsync($"/reports/{midterm.Id}", $"/reports/{midterm.Id}/excuse",
                   new Dictionary<string, string> { ["Excuse.Reason"] = "" }))
            Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Excuse.Reason"));
        using (var excused = await officer.SubmitFormAsync($"/reports/{midterm.Id}", $"/reports/{midterm.Id}/excuse",
                   new Dictionary<string, string> { ["Excuse.Reason"] = "社区疫情封控，活动暂停两周。" }))
            Assert.Equal($"/reports/{midterm.Id}", excused.RedirectPath());

        var after = await officer.GetPageAsync($"/reports?show=overdue&edition={project.EditionId}");
        var excusedRow = after.QuerySelector($"tr[data-report-id='{midterm.Id}']")!;
        Assert.Null(excusedRow.QuerySelector("[data-flag=failed-midterm]"));
        Assert.NotNull(excusedRow.QuerySelector("[data-flag=excused]"));
        Assert.False((await app.ReportAsync(midterm.Id)).CountsAsFailedMidterm(app.Today));
        Assert.Contains("社区疫情封控", (await officer.GetPageAsync($"/reports/{midterm.Id}")).QuerySelector("#excuse")!.TextContent);
    }
}
