using System.Net;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The report form never loses what was typed: Submit on an incomplete report saves the draft and lists what is missing
/// (in the person's language); a wrong number is shown beside its box; a report saved meanwhile by a colleague keeps this
/// person's text on the page with a message.
/// </summary>
public sealed class ReportFormTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task Submitting_an_incomplete_report_saves_the_draft_and_lists_what_is_missing_in_chinese()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);

        using var response = await member.PostReportAsync(report.Id, new Dictionary<string, string>
        {
            ["Form.Narrative"] = "只写了进展。", ["Form.Then"] = "submit",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var missing = page.QuerySelectorAll("#missing li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["开展的活动", "服务人数"], missing);
        Assert.NotNull(page.FieldError("Form.Activities"));
        Assert.Equal("只写了进展。", page.QuerySelector("textarea[name='Form.Narrative']")!.TextContent.Trim());
        var saved = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Pending, saved.Status);
        Assert.Equal("只写了进展。", saved.Narrative);
        // The page carries the saved version: pressing Submit again after filling in goes through.
        Assert.Equal(saved.Version.ToString(), page.InputValue("Form.Version"));
        using var again = await member.SubmitFormAsync(page, $"/reports/{report.Id}", ReportPages.Complete());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await app.ReportAsync(report.Id)).Status);
    }

    [Fact]
    public async Task A_wrong_number_is_refused_beside_its_box_with_everything_typed_kept()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);

        using var response = await member.PostReportAsync(report.Id, new Dictionary<string, string>
        {
            ["Form.Narrative"] = "进展", ["Form.Beneficiaries"] = "四十五", ["Form.Spending[1].Spent"] = "12.345", ["Form.Then"] = "save",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("Form.Beneficiaries"));
        Assert.NotNull(page.FieldError("Form.Spending[1].Spent"));
        Assert.Equal("四十五", page.InputValue("Form.Beneficiaries"));
        Assert.Equal("12.345", page.InputValue("Form.Spending[1].Spent"));
        Assert.Equal("", (await app.ReportAsync(report.Id)).Narrative);
    }

    [Fact]
    public async Task A_report_saved_meanwhile_keeps_this_persons_text_and_says_so()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        var page = await member.GetPageAsync($"/reports/{report.Id}");
        await app.ChangeAsync(report.Id, r => r.SaveDraft("同事写的进展", "", null, [], app.Now));

        using var response = await member.SubmitFormAsync(page, $"/reports/{report.Id}", new Dictionary<string, string>
        {
            ["Form.Narrative"] = "我写的进展", ["Form.Then"] = "save",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadHtmlAsync();
        Assert.NotNull(again.ErrorSummary());
        Assert.Equal("我写的进展", again.QuerySelector("textarea[name='Form.Narrative']")!.TextContent.Trim());
        Assert.Equal("同事写的进展", (await app.ReportAsync(report.Id)).Narrative);
        using var retry = await member.SubmitFormAsync(again, $"/reports/{report.Id}", new Dictionary<string, string> { ["Form.Then"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("我写的进展", (await app.ReportAsync(report.Id)).Narrative);
    }

    [Fact]
    public async Task The_next_report_starts_from_the_spending_the_project_reported_last()
    {
        var project = await app.FundedProjectAsync();
        var august = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 2);
        var september = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        using (var saved = await member.PostReportAsync(august.Id, new Dictionary<string, string>
               {
                   ["Form.Spending[0].Spent"] = "4000", ["Form.Spending[2].Spent"] = "1000", ["Form.Then"] = "save",
               }))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await member.GetPageAsync($"/reports/{september.Id}");

        Assert.Equal("4000", page.InputValue("Form.Spending[0].Spent"));
        Assert.Equal("", page.InputValue("Form.Spending[1].Spent") ?? "");
        Assert.Equal("1000", page.InputValue("Form.Spending[2].Spent"));
    }
}
