using System.Net;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.JudgeDesk;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// Judges are assigned to the shortlist for the second round (路演/答辩) with the same planner: only shortlisted
/// applications, the second round's number of judges, and never across a conflict declared on the application in the
/// written round.
/// </summary>
public sealed class SecondRoundAssignmentTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    private Task SecondRoundAsync(Guid editionId, int judges, params Guid[] shortlisted) => app.WithDbAsync(async db =>
    {
        var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
        edition.SetSecondRound(true, 50, judges, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
        var position = 0;
        foreach (var id in shortlisted)
        {
            position++;
            db.Shortlist.Add(ShortlistEntry.Add(edition, new RankedApplication(id, position, position, 90m - position, 1, [], [], RankingFlags.None, [],
                TieBreak.None), "officer", app.Now));
        }
        if (shortlisted.Length > 0) edition.OpenSecondRound(app.Now);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Only_shortlisted_applications_get_second_round_judges_and_a_declared_conflict_still_holds()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 1);
        var (shortlisted, _, _) = await app.EligibleApplicationAsync(editionId, "入围项目");
        var (other, _, _) = await app.EligibleApplicationAsync(editionId, "未入围项目");
        var a = await app.JudgeAsync(editionId);
        var b = await app.JudgeAsync(editionId);
        var c = await app.JudgeAsync(editionId);
        // In the written round judge A declared a conflict with the shortlisted application.
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(shortlisted, a.Id, ConflictKind.Other, "亲属在该机构任职", app.Now));
            return db.SaveChangesAsync();
        });
        await SecondRoundAsync(editionId, judges: 3, shortlisted);
        var url = $"/editions/{editionId}/assignments?round=2";

        var page = await officer.GetPageAsync(url);
        Assert.Equal([shortlisted.ToString()], page.QuerySelectorAll("#assignment-list > li").Select(li => li.GetAttribute("data-application-id")));
        Assert.NotNull(page.QuerySelector("#round-badge"));
        Assert.NotNull(page.QuerySelector("#second-round-tab.active"));

        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, auto.StatusCode);
            Assert.Equal($"/editions/{editionId}/assignments?round=2", auto.Headers.Location!.OriginalString);
        }

        var assignments = await app.AssignmentsAsync(editionId);
        Assert.All(assignments, x => Assert.Equal(Assignment.SecondRound, x.Round));
        Assert.All(assignments, x => Assert.Equal(shortlisted, x.ApplicationId));
        Assert.Equal(new[] { b.Id, c.Id }.Order(), assignments.Select(x => x.JudgeUserId).Order());
        Assert.DoesNotContain(assignments, x => x.ApplicationId == other);

        // The written round's page is untouched by the second round's assignments.
        var written = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        Assert.All(written.QuerySelectorAll("#assignment-list [data-judge-count]"), x => Assert.Equal("0", x.GetAttribute("data-judge-count")));
    }

    [Fact]
    public async Task Before_the_shortlist_is_chosen_the_second_rounds_page_says_so_and_assigns_nothing()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        await app.EligibleApplicationAsync(editionId);
        await app.JudgeAsync(editionId);
        await SecondRoundAsync(editionId, judges: 2);
        var url = $"/editions/{editionId}/assignments?round=2";

        var page = await officer.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#no-applications a[href$='/shortlist']"));
        using (var auto = await officer.PostWithTokenAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string> { ["round"] = "2" }))
            Assert.Equal(HttpStatusCode.Redirect, auto.StatusCode);
        Assert.Empty(await app.AssignmentsAsync(editionId));
    }

    [Fact]
    public async Task An_edition_without_a_second_round_has_no_second_round_page()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();

        using var response = await officer.GetAsync($"/editions/{editionId}/assignments?round=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var written = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        Assert.Null(written.QuerySelector("#second-round-tab"));
    }
}
