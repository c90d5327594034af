using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>
/// A judge's second-round (路演/答辩) assignment: labelled in the queue, scored against the second round's rubric, and
/// opened without a second declaration when the judge declared no conflict with the application in the written round.
/// </summary>
public sealed class SecondRoundScoringTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    private async Task<Guid> SecondRoundAssignmentAsync(Guid editionId, Guid applicationId, string judgeId) => await app.WithDbAsync(async db =>
    {
        var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
        if (!edition.HasSecondRound)
        {
            edition.SetSecondRound(true, 50, 3, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
            db.Shortlist.Add(ShortlistEntry.Add(edition, new RankedApplication(applicationId, 1, 1, 88m, 1, [], [], RankingFlags.None, [], TieBreak.None),
                "officer", app.Now));
            edition.OpenSecondRound(app.Now);
        }
        var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.SecondRound, app.Now);
        db.JudgeAssignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    private Task<List<(int Id, int MaxPoints)>> SecondCriteriaAsync(Guid editionId) => app.WithDbAsync(async db =>
        (await db.Set<RubricCriterion>().AsNoTracking().Where(c => c.EditionId == editionId && c.Round == RubricCriterion.SecondRound)
            .OrderBy(c => c.Order).Select(c => new { c.Id, c.MaxPoints }).ToListAsync()).Select(c => (c.Id, c.MaxPoints)).ToList());

    [Fact]
    public async Task A_judge_who_declared_none_in_the_written_round_scores_the_defense_against_its_own_rubric()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.DeclareNoConflictAsync();
        var secondId = await SecondRoundAssignmentAsync(c.EditionId, c.Application.Id, c.Judge.Id);
        var url = $"/judging/{secondId}";

        var queue = await c.Client.GetPageAsync("/judging");
        var row = queue.QuerySelector(".queue-row[data-round='2']")!;
        Assert.Contains("路演/答辩", row.TextContent);
        Assert.Equal("ToScore", row.GetAttribute("data-status"));

        var page = await c.Client.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#declaration-form"));
        Assert.NotNull(page.QuerySelector("#round-badge"));
        Assert.Equal(["路演表现", "答辩回应", "项目可行性", "团队能力"],
            page.QuerySelectorAll("#score-form .score-row label.form-label").Select(l => l.ChildNodes[0].TextContent.Trim()));

        var criteria = await SecondCriteriaAsync(c.EditionId);
        var typed = new Dictionary<string, string> { ["Form.Then"] = "submit" };
        for (var i = 0; i < criteria.Count; i++)
        {
            typed[$"Form.Rows[{i}].Points"] = (criteria[i].MaxPoints * 0.8m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            typed[$"Form.Rows[{i}].Comment"] = "表达清晰";
        }
        using var submitted = await c.Client.SubmitFormAsync(url, $"{url}/sheet", typed);

        Assert.Equal("/judging", submitted.RedirectPath());
        var sheet = await app.SheetAsync(secondId);
        Assert.Equal((ScoreSheetStatus.Submitted, Assignment.SecondRound, 80m), (sheet!.Status, sheet.Round, sheet.Total));
        Assert.Equal(criteria.Select(x => x.Id).Order(), sheet.Scores.Select(s => s.CriterionId).Order());
        // The written round's sheet is a different one, still unstarted.
        Assert.Null(await app.SheetAsync(c.AssignmentId));
    }

    [Fact]
    public async Task A_judge_new_to_the_application_declares_before_the_defense_opens()
    {
        var c = await JudgeCase.CreateAsync(app);
        var newcomer = await app.CreateUserAsync("judge", Roles.Judge);
        var secondId = await SecondRoundAssignmentAsync(c.EditionId, c.Application.Id, newcomer.Id);
        var client = await app.SignedInClientAsync(newcomer);

        var page = await client.GetPageAsync($"/judging/{secondId}");

        Assert.NotNull(page.QuerySelector("#declaration-form"));
        Assert.Null(page.QuerySelector("#score-form"));
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_conflict_declared_in_the_written_round_keeps_the_judge_out_of_the_defense()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>
        {
            ["Declaration.Decision"] = "conflict", ["Declaration.Kind"] = "PriorTie", ["Declaration.Note"] = "曾任该机构顾问",
        });
        var secondId = await SecondRoundAssignmentAsync(c.EditionId, c.Application.Id, c.Judge.Id);

        var page = await c.Client.GetPageAsync($"/judging/{secondId}");

        Assert.NotNull(page.QuerySelector("#conflict-ended"));
        Assert.Null(page.QuerySelector("#score-form"));
    }
}
