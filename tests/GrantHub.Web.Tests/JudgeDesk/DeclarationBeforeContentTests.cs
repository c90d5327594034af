using System.Net;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>Before a judge declares on an application, nothing of its content reaches them: not the texts, not the files.</summary>
public sealed class DeclarationBeforeContentTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    [Fact]
    public async Task The_page_shows_only_the_declaration_form_until_the_judge_declares_no_conflict()
    {
        var c = await JudgeCase.CreateAsync(app);

        var before = await c.Client.GetPageAsync(c.Url);
        Assert.NotNull(before.QuerySelector("#declaration-form"));
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, before.DocumentElement.OuterHtml);
        Assert.Null(before.QuerySelector("#score-form"));
        Assert.Contains("银龄互助食堂", before.QuerySelector("#project-name")!.TextContent);

        var declared = await c.DeclareNoConflictAsync();
        Assert.Equal(c.Url, declared.RedirectPath());

        var after = await c.Client.GetPageAsync(c.Url);
        Assert.Contains(JudgeDeskFactory.NeedAnalysis, after.QuerySelector("#need-analysis")!.TextContent);
        Assert.NotNull(after.QuerySelector("#score-form"));
        Assert.Null(after.QuerySelector("#declaration-form"));
    }

    [Fact]
    public async Task An_attachment_is_not_found_before_the_declaration_and_downloads_after_it()
    {
        var c = await JudgeCase.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await c.Client.GetAsync($"{c.Url}/attachments/1")).StatusCode);

        await c.DeclareNoConflictAsync();
        var download = await c.Client.GetAsync($"{c.Url}/attachments/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Scores_posted_before_any_declaration_are_refused_and_no_sheet_is_started()
    {
        var c = await JudgeCase.CreateAsync(app);

        var response = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/sheet",
            new Dictionary<string, string> { ["Form.Then"] = "save", ["Form.Rows[0].CriterionId"] = "1", ["Form.Rows[0].Points"] = "10" });

        Assert.Equal(c.Url, response.RedirectPath());
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }

    [Fact]
    public async Task Choosing_nothing_is_refused_beside_the_form()
    {
        var c = await JudgeCase.CreateAsync(app);

        var response = await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("#declaration-form"));
        Assert.NotNull(page.QuerySelector("#declaration-form .field-validation-error"));
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, page.DocumentElement.OuterHtml);
    }
}
