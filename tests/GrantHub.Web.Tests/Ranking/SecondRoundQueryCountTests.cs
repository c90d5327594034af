using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Ranking.RankingSeed;
using static GrantHub.Web.Tests.Ranking.SecondRoundSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>
/// With a second round, the ranking page, its export, the shortlist page and the second round's assignments page run as
/// many SQL commands for three times the applications.
/// </summary>
public sealed class SecondRoundQueryCountTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<Guid> EditionWithAsync(int applications, string[] judges)
    {
        var editionId = await EditionAsync(app, judgesPerApplication: 2);
        var ids = new List<Guid>();
        for (var a = 0; a < applications; a++)
        {
            var id = await EligibleAsync(app, editionId, $"项目{a}");
            for (var j = 0; j < 2; j++) await SheetAsync(app, editionId, id, judges[j], 60m + a + j * 3);
            ids.Add(id);
        }
        await AddSecondRoundAsync(app, editionId, judges: 2);
        var shortlisted = ids.Take(applications / 2).ToArray();
        await ShortlistAsync(app, editionId, shortlisted);
        foreach (var id in shortlisted)
            for (var j = 2; j < 4; j++) await SecondSheetAsync(app, editionId, id, judges[j], 70m + j);
        return editionId;
    }

    [Fact]
    public async Task The_second_rounds_pages_run_as_many_queries_for_three_times_the_applications()
    {
        var judges = await JudgesAsync(app, 4);
        var small = await EditionWithAsync(2, judges);
        var large = await EditionWithAsync(6, judges);
        var officer = await OfficerAsync(app);
        string[] Pages(Guid id) => [$"/editions/{id}/ranking", $"/editions/{id}/ranking.xlsx", $"/editions/{id}/shortlist", $"/editions/{id}/assignments?round=2"];
        foreach (var url in Pages(small)) (await officer.GetAsync(url)).EnsureSuccessStatusCode();

        async Task<int> CountAsync(string url)
        {
            app.Commands.Reset();
            using var response = await officer.GetAsync(url);
            response.EnsureSuccessStatusCode();
            return app.Commands.Count;
        }
        var smallCounts = new List<int>();
        foreach (var url in Pages(small)) smallCounts.Add(await CountAsync(url));
        var largeCounts = new List<int>();
        foreach (var url in Pages(large)) largeCounts.Add(await CountAsync(url));

        Assert.Equal(smallCounts, largeCounts);
        Assert.All(largeCounts, c => Assert.InRange(c, 1, 20));
    }
}
