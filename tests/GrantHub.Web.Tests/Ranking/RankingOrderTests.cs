using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>The ranking page lists the edition's applications exactly as <see cref="Core.Judging.Ranking.Compute"/> orders them.</summary>
public sealed class RankingOrderTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Theory]
    [InlineData(AggregationMethod.Mean)]
    [InlineData(AggregationMethod.TrimmedMean)]
    [InlineData(AggregationMethod.NormalizedMean)]
    public async Task The_page_orders_applications_as_the_ranking_computes_them_from_the_submitted_sheets(AggregationMethod method)
    {
        var editionId = await EditionAsync(app, method: method, judgesPerApplication: 5);
        var judges = await JudgesAsync(app, 5);
        var scores = new[]
        {
            new[] { 70m, 72m, 90m, 68m, 71m },
            new[] { 80m, 78m, 60m, 82m, 79m },
            new[] { 75m, 75m, 75m, 75m, 75m },
            new[] { 85m, 50m },
        };
        var ids = new List<Guid>();
        for (var a = 0; a < scores.Length; a++)
        {
            var id = await EligibleAsync(app, editionId, $"项目{a + 1}");
            ids.Add(id);
            for (var j = 0; j < scores[a].Length; j++) await SheetAsync(app, editionId, id, judges[j], scores[a][j]);
        }
        var unscored = await EligibleAsync(app, editionId, "未评分项目");
        // A draft sheet does not count.
        await app.WithDbAsync(async db =>
        {
            var assignment = new Assignment(editionId, unscored, judges[0], Assignment.FirstRound, app.Now);
            var declaration = ConflictDeclaration.NoConflict(unscored, judges[0], app.Now);
            db.AddRange(assignment, declaration, ScoreSheet.Start(assignment, declaration, app.Now));
            return await db.SaveChangesAsync();
        });

        var expected = await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.AsNoTracking().Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var applications = await db.Applications.AsNoTracking().Where(a => a.EditionId == editionId).ToListAsync();
            var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Scores)
                .Where(s => s.Status == ScoreSheetStatus.Submitted && applications.Select(a => a.Id).Contains(s.ApplicationId)).ToListAsync();
            return Core.Judging.Ranking.Compute(new RankingInput(method,
                edition.Rubric.OrderBy(c => c.Order).Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(),
                applications.Select(a => new RankingApplication(a.Id, a.SubmittedAt!.Value)).ToList(),
                sheets.Select(s => new RankingSheet(s.ApplicationId, s.JudgeUserId, s.Scores.Select(x => new CriterionScore(x.CriterionId, x.Points)).ToList())).ToList(),
                5));
        });

        var officer = await OfficerAsync(app);
        var page = await officer.GetPageAsync($"/editions/{editionId}/ranking");

        Assert.Equal(expected.Applications.Select(r => r.ApplicationId), Order(page));
        Assert.Equal(unscored, Order(page)[^1]);
        var first = page.QuerySelector($"#application-{expected.Applications[0].ApplicationId}")!;
        Assert.Equal(expected.Applications[0].Aggregate!.Value.ToString("0.##"), first.QuerySelector(".aggregate")!.TextContent.Trim());
        Assert.Equal(5, first.QuerySelectorAll(".judge-totals [data-judge]").Length);
        Assert.Equal(6, first.QuerySelectorAll(".criterion-averages dd").Length);
        var shortRow = page.QuerySelector($"#application-{ids[3]}")!;
        Assert.NotNull(shortRow.QuerySelector(".flag-too-few"));
    }

    [Fact]
    public async Task A_blind_edition_shows_judges_as_letters_and_an_open_one_by_name()
    {
        var blind = await EditionAsync(app, blind: true);
        var open = await EditionAsync(app);
        var judges = await JudgesAsync(app, 2);
        foreach (var editionId in new[] { blind, open })
        {
            var id = await EligibleAsync(app, editionId, "银龄互助食堂");
            await SheetAsync(app, editionId, id, judges[0], 80m);
            await SheetAsync(app, editionId, id, judges[1], 70m);
        }
        var officer = await OfficerAsync(app);

        var blindLabels = (await officer.GetPageAsync($"/editions/{blind}/ranking")).QuerySelectorAll("[data-judge]").Select(e => e.GetAttribute("data-judge")).ToList();
        var openLabels = (await officer.GetPageAsync($"/editions/{open}/ranking")).QuerySelectorAll("[data-judge]").Select(e => e.GetAttribute("data-judge")).ToList();

        Assert.Equal(["评委 A", "评委 B"], blindLabels);
        Assert.Equal(["Test judge", "Test judge"], openLabels);
    }
}
