using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

public sealed class RankingQueryCountTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<Guid> EditionWithAsync(int applications, string[] judges)
    {
        var editionId = await EditionAsync(app);
        for (var a = 0; a < applications; a++)
        {
            var id = await EligibleAsync(app, editionId, $"项目{a}");
            for (var j = 0; j < judges.Length; j++) await SheetAsync(app, editionId, id, judges[j], 60m + a + j * 3);
        }
        return editionId;
    }

    [Fact]
    public async Task The_ranking_page_and_the_export_run_as_many_queries_for_three_times_the_applications()
    {
        var judges = await JudgesAsync(app, 3);
        var small = await EditionWithAsync(2, judges);
        var large = await EditionWithAsync(6, judges);
        var officer = await OfficerAsync(app);
        await officer.GetPageAsync($"/editions/{small}/ranking");

        async Task<int> CountAsync(Func<Task> request)
        {
            app.Commands.Reset();
            await request();
            return app.Commands.Count;
        }
        var smallPage = await CountAsync(() => officer.GetPageAsync($"/editions/{small}/ranking"));
        var largePage = await CountAsync(() => officer.GetPageAsync($"/editions/{large}/ranking"));
        var smallExport = await CountAsync(() => officer.GetAsync($"/editions/{small}/ranking.xlsx"));
        var largeExport = await CountAsync(() => officer.GetAsync($"/editions/{large}/ranking.xlsx"));

        Assert.Equal(smallPage, largePage);
        Assert.Equal(smallExport, largeExport);
        Assert.InRange(largePage, 1, 12);
    }
}
