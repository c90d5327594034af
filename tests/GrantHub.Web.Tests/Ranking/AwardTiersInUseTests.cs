using System.Net;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>Once a tier is given to an application, the edition's award tiers are kept as they are: a readable refusal, never a 500.</summary>
public sealed class AwardTiersInUseTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Saving_the_award_tiers_after_one_is_given_is_refused_and_changes_nothing()
    {
        var editionId = await EditionAsync(app, poolYuan: 1_200m);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var officer = await OfficerAsync(app);
        var ranking = await officer.GetPageAsync($"/editions/{editionId}/ranking");
        var tier = ranking.QuerySelector($"#application-{a} select[name=TierId] option[value]:not([value=''])")!.GetAttribute("value")!;
        var awarded = await officer.SubmitFormAsync(ranking, $"/editions/{editionId}/decisions/{a}",
            new Dictionary<string, string> { ["Outcome"] = "Awarded", ["TierId"] = tier });
        Assert.Equal(HttpStatusCode.Redirect, awarded.StatusCode);
        var before = await app.WithDbAsync(db => db.Editions.AsNoTracking().Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId));

        var page = await officer.GetPageAsync($"/editions/{editionId}/awards");
        using var response = await officer.SubmitFormAsync(page, $"/editions/{editionId}/awards", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("奖励等级已用于评审决定", (await response.ReadHtmlAsync()).ErrorSummary()?.TextContent);
        var after = await app.WithDbAsync(db => db.Editions.AsNoTracking().Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId));
        Assert.Equal(before.AwardTiers.Select(t => t.Id).Order(), after.AwardTiers.Select(t => t.Id).Order());
    }
}
