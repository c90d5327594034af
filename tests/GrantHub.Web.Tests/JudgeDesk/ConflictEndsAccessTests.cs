using System.Net;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>A declared conflict ends the judge's part: no content, no files, no scoring, shown clearly.</summary>
public sealed class ConflictEndsAccessTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    [Fact]
    public async Task After_declaring_a_conflict_the_judge_sees_why_and_never_the_content()
    {
        var c = await JudgeCase.CreateAsync(app);

        var response = await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>
        {
            ["Declaration.Decision"] = "conflict", ["Declaration.Kind"] = "PriorTie", ["Declaration.Note"] = "曾担任该机构顾问",
        });
        Assert.Equal("/judging", response.RedirectPath());

        var page = await c.Client.GetPageAsync(c.Url);
        Assert.NotNull(page.QuerySelector("#conflict-ended"));
        Assert.Contains("曾担任该机构顾问", page.QuerySelector("#conflict-ended")!.TextContent);
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, page.DocumentElement.OuterHtml);
        Assert.Null(page.QuerySelector("#score-form"));
        Assert.Equal(HttpStatusCode.NotFound, (await c.Client.GetAsync($"{c.Url}/attachments/1")).StatusCode);

        var queue = await c.Client.GetPageAsync("/judging");
        Assert.Equal("Conflict", queue.QuerySelector(".queue-row")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Scores_posted_after_a_conflict_are_refused()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>
        {
            ["Declaration.Decision"] = "conflict", ["Declaration.Kind"] = "MemberOfOrganization",
        });

        var response = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/sheet",
            new Dictionary<string, string> { ["Form.Then"] = "save", ["Form.Rows[0].CriterionId"] = "1", ["Form.Rows[0].Points"] = "10" });

        Assert.Equal(c.Url, response.RedirectPath());
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }

    [Fact]
    public async Task A_second_declaration_does_not_replace_the_first()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>
        {
            ["Declaration.Decision"] = "conflict", ["Declaration.Kind"] = "MemberOfOrganization",
        });

        await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/declare", new Dictionary<string, string> { ["Declaration.Decision"] = "none" });

        var page = await c.Client.GetPageAsync(c.Url);
        Assert.NotNull(page.QuerySelector("#conflict-ended"));
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, page.DocumentElement.OuterHtml);
    }
}
