using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static GrantHub.Web.Tests.Ranking.RankingSeed;
using static GrantHub.Web.Tests.Ranking.SecondRoundSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>
/// With a second round (路演/答辩) the ranking page puts the shortlist first, by the final score that combines both
/// rounds, then the shortlisted applications still waiting for their defense, then the others by their written score;
/// it shows each round and the final score, and the export carries both rounds.
/// </summary>
public sealed class SecondRoundRankingTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    /// <summary>
    /// Written round (one judge): A 90, B 80, C 70, D 60. Shortlist A, B, C; in the defense A 60 and C 100, B not yet.
    /// With equal weights: C (70 + 100) / 2 = 85, A (90 + 60) / 2 = 75; then B waiting; then D.
    /// </summary>
    private async Task<(Guid EditionId, Guid A, Guid B, Guid C, Guid D, string[] Judges)> WorkedExampleAsync()
    {
        var editionId = await EditionAsync(app, judgesPerApplication: 1);
        var judges = await JudgesAsync(app, 2);
        var a = await EligibleAsync(app, editionId, "甲项目");
        var b = await EligibleAsync(app, editionId, "乙项目");
        var c = await EligibleAsync(app, editionId, "丙项目");
        var d = await EligibleAsync(app, editionId, "丁项目");
        foreach (var (id, percent) in new[] { (a, 90m), (b, 80m), (c, 70m), (d, 60m) }) await SheetAsync(app, editionId, id, judges[0], percent);
        await AddSecondRoundAsync(app, editionId, writtenPercent: 50, judges: 1);
        await ShortlistAsync(app, editionId, a, b, c);
        await SecondSheetAsync(app, editionId, a, judges[1], 60m);
        await SecondSheetAsync(app, editionId, c, judges[1], 100m);
        return (editionId, a, b, c, d, judges);
    }

    [Fact]
    public async Task The_shortlist_ranks_first_by_its_final_score_and_the_others_follow_by_their_written_score()
    {
        var (editionId, a, b, c, d, _) = await WorkedExampleAsync();
        var officer = await OfficerAsync(app);

        var page = await officer.GetPageAsync($"/editions/{editionId}/ranking");

        Assert.Equal([c, a, b, d], Order(page));
        Assert.Equal("3", page.QuerySelector("#second-round-summary")!.GetAttribute("data-shortlisted"));
        var rowC = page.QuerySelector($"#application-{c}")!;
        Assert.Equal("85", rowC.QuerySelector(".final-score")!.TextContent.Trim());
        Assert.Equal("70", rowC.QuerySelector(".written-score")!.TextContent.Trim());
        Assert.Equal("100", rowC.QuerySelector(".second-round-score")!.TextContent.Trim());
        Assert.NotNull(rowC.QuerySelector(".second-round-totals"));
        Assert.Equal(4, rowC.QuerySelectorAll(".second-round-averages dt").Length);
        Assert.Equal("75", page.QuerySelector($"#application-{a} .final-score")!.TextContent.Trim());
        var rowB = page.QuerySelector($"#application-{b}")!;
        Assert.Null(rowB.QuerySelector(".final-score"));
        Assert.NotNull(rowB.QuerySelector(".awaiting-badge"));
        var rowD = page.QuerySelector($"#application-{d}")!;
        Assert.Equal("false", rowD.GetAttribute("data-shortlisted"));
        Assert.Equal("60", rowD.QuerySelector(".aggregate")!.TextContent.Trim());
        Assert.Equal(["1", "2", "3", "4"], page.QuerySelectorAll("#ranking .ranking-position").Select(x => x.TextContent.Trim()));
    }

    [Fact]
    public async Task The_export_carries_both_rounds_and_the_final_score_in_the_final_order()
    {
        var (editionId, a, _, c, d, _) = await WorkedExampleAsync();
        var officer = await OfficerAsync(app);

        var response = await officer.GetAsync($"/editions/{editionId}/ranking.xlsx");
        response.EnsureSuccessStatusCode();
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(["丙项目", "甲项目", "乙项目", "丁项目"], rows.Select(r => (string)r["项目名称"]));
        Assert.Equal(["是", "是", "是", "否"], rows.Select(r => (string)r["入围路演/答辩"]));
        Assert.Equal(85d, Convert.ToDouble(rows[0]["最终得分"]));
        Assert.Equal(70d, Convert.ToDouble(rows[0]["书面评审得分"]));
        Assert.Equal(100d, Convert.ToDouble(rows[0]["路演/答辩得分"]));
        Assert.Null(rows[3]["最终得分"]);
        Assert.Equal(60d, Convert.ToDouble(rows[3]["书面评审得分"]));
        Assert.Equal(30d, Convert.ToDouble(rows[0]["路演/答辩 · 路演表现（平均分，满分 30）"]));
        Assert.Equal(18d, Convert.ToDouble(rows[1]["路演/答辩 · 路演表现（平均分，满分 30）"]));
        Assert.Contains(rows[0].Keys, k => k.StartsWith("路演/答辩 · ", StringComparison.Ordinal) && k.Contains("评分份数", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Until_a_shortlist_is_chosen_the_ranking_is_the_written_rounds()
    {
        var editionId = await EditionAsync(app, judgesPerApplication: 1);
        var judges = await JudgesAsync(app, 1);
        var low = await EligibleAsync(app, editionId, "较低项目");
        var high = await EligibleAsync(app, editionId, "较高项目");
        await SheetAsync(app, editionId, low, judges[0], 60m);
        await SheetAsync(app, editionId, high, judges[0], 90m);
        await AddSecondRoundAsync(app, editionId);
        var officer = await OfficerAsync(app);

        var page = await officer.GetPageAsync($"/editions/{editionId}/ranking");

        Assert.Equal([high, low], Order(page));
        Assert.Equal("0", page.QuerySelector("#second-round-summary")!.GetAttribute("data-shortlisted"));
        Assert.Empty(page.QuerySelectorAll(".final-score"));
    }
}
