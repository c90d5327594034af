using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>Save a draft and come back, rules shown beside the form with nothing typed lost, submit to lock.</summary>
public sealed class ScoringTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    [Fact]
    public async Task A_saved_draft_comes_back_with_its_points_comments_and_total()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();

        var response = await c.ScoreAsync(criteria, max => max - 0.5m, "save");

        Assert.Equal(c.Url, response.RedirectPath());
        var sheet = await app.SheetAsync(c.AssignmentId);
        Assert.Equal(ScoreSheetStatus.Draft, sheet!.Status);
        Assert.Equal(100m - criteria.Count * 0.5m, sheet.Total);
        var page = await c.Client.GetPageAsync(c.Url);
        Assert.Equal("19.5", page.InputValue("Form.Rows[0].Points"));
        Assert.Equal("97", page.QuerySelector("#sheet-total")!.TextContent.Trim());
        Assert.Equal("DraftSaved", (await c.Client.GetPageAsync("/judging")).QuerySelector(".queue-row")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_low_score_without_a_comment_is_refused_beside_the_form_and_what_was_typed_stays()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();

        var response = await c.ScoreAsync(criteria, _ => 2m, "save", comment: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("60%", page.ErrorSummary()!.TextContent);
        Assert.Equal("2", page.InputValue("Form.Rows[3].Points"));
        Assert.Equal("ToScore", page.QuerySelector("#sheet-status")!.GetAttribute("data-status"));
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }

    [Fact]
    public async Task Points_above_the_maximum_are_refused()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();

        var response = await c.ScoreAsync(criteria, max => max + 1, "save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).ErrorSummary());
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }

    [Fact]
    public async Task Submitting_locks_the_sheet_and_a_later_save_is_refused()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();
        await c.ScoreAsync(criteria, max => max - 1, "save");

        var submitted = await c.ScoreAsync(criteria, max => max, "submit");

        Assert.Equal("/judging", submitted.RedirectPath());
        var sheet = await app.SheetAsync(c.AssignmentId);
        Assert.Equal(ScoreSheetStatus.Submitted, sheet!.Status);
        Assert.Equal(100m, sheet.Total);
        var page = await c.Client.GetPageAsync(c.Url);
        Assert.Null(page.QuerySelector("#score-form"));
        Assert.NotNull(page.QuerySelector("#locked-note"));

        var late = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/sheet", new Dictionary<string, string>
        {
            ["Form.Then"] = "save", ["Form.Version"] = sheet.Version.ToString(),
            ["Form.Rows[0].CriterionId"] = criteria[0].Id.ToString(), ["Form.Rows[0].Points"] = "1", ["Form.Rows[0].Comment"] = "改分",
        });

        Assert.NotNull((await late.ReadHtmlAsync()).ErrorSummary());
        var after = await app.SheetAsync(c.AssignmentId);
        Assert.Equal(ScoreSheetStatus.Submitted, after!.Status);
        Assert.Equal(100m, after.Total);
    }

    [Fact]
    public async Task Submitting_with_a_criterion_unscored_is_refused()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();

        var response = await c.ScoreAsync(criteria.Take(3).ToList(), max => max, "submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).ErrorSummary());
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }
}
