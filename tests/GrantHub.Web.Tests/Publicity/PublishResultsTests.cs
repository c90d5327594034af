using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.Publicity;

/// <summary>Only a program officer publishes, and only when every eligible application has a decision.</summary>
public sealed class PublishResultsTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task With_an_eligible_application_undecided_there_is_no_publish_button_and_a_post_is_refused()
    {
        var s = await EditionAsync(app, decideAll: false);
        var officer = await OfficerAsync(app);

        var ranking = await officer.GetPageAsync($"/editions/{s.EditionId}/ranking");
        Assert.Null(ranking.QuerySelector("#publish-form"));
        Assert.Contains("1", ranking.QuerySelector("#undecided")!.TextContent);
        var response = await officer.PostAsync($"/editions/{s.EditionId}/results/publish", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", ranking.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Publicities.AnyAsync(p => p.EditionId == s.EditionId)));
    }

    [Fact]
    public async Task Non_officers_are_turned_away_from_publishing_and_the_officers_pages()
    {
        var s = await EditionAsync(app);
        await PublishAsync(await OfficerAsync(app), s.EditionId);
        foreach (var role in new[] { Roles.Judge, Roles.OrganizationMember, Roles.Administrator })
        {
            var client = await app.SignedInClientAsync(await app.CreateUserAsync("other", role));
            Assert.True((await client.GetAsync($"/editions/{s.EditionId}/objections")).IsRefusal(), role);
            var results = await client.GetPageAsync($"/competitions/{s.EditionId}/results");
            var token = results.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var path in new[] { "results/publish", "results/finalize" })
                Assert.True((await client.PostAsync($"/editions/{s.EditionId}/{path}",
                    new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).IsRefusal(), $"{role} {path}");
        }
        Assert.Null(await app.WithDbAsync(db => db.Publicities.AsNoTracking().Where(p => p.EditionId == s.EditionId).Select(p => p.FinalizedAt).SingleAsync()));
    }
}
