using GrantHub.Web.Tests.Applications;
using MiniExcelLibs;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

public sealed class RankingExportTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task The_export_lists_the_ranking_with_each_criterions_average_and_each_judges_total()
    {
        var editionId = await EditionAsync(app, blind: true);
        var judges = await JudgesAsync(app, 2);
        var low = await EligibleAsync(app, editionId, "较低项目");
        var high = await EligibleAsync(app, editionId, "较高项目");
        await SheetAsync(app, editionId, low, judges[0], 60m);
        await SheetAsync(app, editionId, low, judges[1], 70m);
        await SheetAsync(app, editionId, high, judges[0], 90m);
        var officer = await OfficerAsync(app);

        var response = await officer.GetAsync($"/editions/{editionId}/ranking.xlsx");
        response.EnsureSuccessStatusCode();
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(["较高项目", "较低项目"], rows.Select(r => (string)r["项目名称"]));
        Assert.Equal(65d, Convert.ToDouble(rows[1]["综合得分"]));
        Assert.Contains("需求分析（平均分，满分 20）", rows[0].Keys);
        Assert.Equal(13d, Convert.ToDouble(rows[1]["需求分析（平均分，满分 20）"]), 1);
        // The high project was scored by one of the two judges only: 90 points under that judge's letter, nothing under the other's.
        Assert.Equal([null, "90"], new[] { rows[0]["评委 A"], rows[0]["评委 B"] }.Select(v => v is null ? null : Convert.ToDouble(v).ToString("0.##")).Order());
        Assert.Equal(2, new[] { rows[1]["评委 A"], rows[1]["评委 B"] }.Count(v => v is not null));
        Assert.Contains("评分份数不足", (string)rows[0]["提示"]);
    }
}
