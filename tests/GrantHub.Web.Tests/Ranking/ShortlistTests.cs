using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Ranking.RankingSeed;
using static GrantHub.Web.Tests.Ranking.SecondRoundSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>
/// The officer chooses the second round's shortlist from the written round's ranking: the top N (a tie at the cut kept
/// whole) or application by application; the first choice opens the second round; an application leaves the
/// shortlist only before its second-round sheet is started; every change is audited.
/// </summary>
public sealed class ShortlistTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    /// <summary>Written round: A 90, B 80, C 80, D 60, and E unscored.</summary>
    private async Task<(Guid EditionId, Guid[] Ids, string[] Judges)> RankedAsync(bool secondRound = true)
    {
        var editionId = await EditionAsync(app, judgesPerApplication: 1);
        var judges = await JudgesAsync(app, 2);
        var ids = new List<Guid>();
        foreach (var (name, percent) in new[] { ("甲项目", 90m), ("乙项目", 80m), ("丙项目", 80m), ("丁项目", 60m) })
        {
            var id = await EligibleAsync(app, editionId, name);
            await SheetAsync(app, editionId, id, judges[0], percent);
            ids.Add(id);
        }
        ids.Add(await EligibleAsync(app, editionId, "戊项目"));
        if (secondRound) await AddSecondRoundAsync(app, editionId);
        return (editionId, [.. ids], judges);
    }

    private Task<List<ShortlistEntry>> EntriesAsync(Guid editionId) =>
        app.WithDbAsync(db => db.Shortlist.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.FirstRoundPosition).ToListAsync());

    [Fact]
    public async Task The_top_n_go_on_the_shortlist_with_a_tie_at_the_cut_and_the_second_round_opens()
    {
        var (editionId, ids, _) = await RankedAsync();
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/shortlist";

        using (var added = await officer.SubmitFormAsync(url, $"{url}/top", new Dictionary<string, string> { ["Top.Count"] = "2" }))
            Assert.Equal(url, added.RedirectPath());

        var entries = await EntriesAsync(editionId);
        Assert.Equal([ids[0], ids[1], ids[2]], entries.Select(e => e.ApplicationId));
        Assert.Equal([1, 2, 3], entries.Select(e => e.FirstRoundPosition));
        Assert.Equal([90m, 80m, 80m], entries.Select(e => e.FirstRoundAggregate));
        Assert.NotNull(await app.WithDbAsync(db => db.Editions.Where(e => e.Id == editionId).Select(e => e.SecondRoundOpenedAt).SingleAsync()));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(ShortlistEntry) && e.Action == "Added"
            && entries.Select(x => x.Id.ToString()).Contains(e.EntityKey))));

        var page = await officer.GetPageAsync(url);
        Assert.Equal([ids[0], ids[1], ids[2]], ShortlistedRows(page));
        Assert.Equal("3", page.QuerySelector("#shortlist-summary")!.GetAttribute("data-count"));
    }

    [Fact]
    public async Task A_ticked_application_is_added_but_an_unscored_one_cannot_be()
    {
        var (editionId, ids, _) = await RankedAsync();
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/shortlist";

        using (var picked = await PostAsync(officer, url, $"{url}/pick", ("Pick.ApplicationIds", ids[0].ToString()), ("Pick.ApplicationIds", ids[3].ToString())))
            Assert.Equal(url, picked.RedirectPath());
        Assert.Equal([ids[0], ids[3]], (await EntriesAsync(editionId)).Select(e => e.ApplicationId));

        var page = await officer.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"input[name='Pick.ApplicationIds'][value='{ids[4]}']"));
        using var refused = await PostAsync(officer, url, $"{url}/pick", ("Pick.ApplicationIds", ids[4].ToString()));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("只有已获得书面评审评分的项目才能入围。", (await refused.ReadHtmlAsync()).ErrorSummary()?.TextContent);
        Assert.Equal(2, (await EntriesAsync(editionId)).Count);
    }

    [Fact]
    public async Task Nothing_ticked_or_no_number_is_refused_beside_the_form()
    {
        var (editionId, _, _) = await RankedAsync();
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/shortlist";

        using var none = await PostAsync(officer, url, $"{url}/pick");
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        using var noNumber = await officer.SubmitFormAsync(url, $"{url}/top", new Dictionary<string, string> { ["Top.Count"] = "" });
        Assert.Equal(HttpStatusCode.OK, noNumber.StatusCode);
        Assert.NotNull((await noNumber.ReadHtmlAsync()).QuerySelector(".field-validation-error[data-valmsg-for='Top.Count']"));
        Assert.Empty(await EntriesAsync(editionId));
    }

    [Fact]
    public async Task An_application_leaves_the_shortlist_only_before_its_second_round_sheet_is_started()
    {
        var (editionId, ids, judges) = await RankedAsync();
        await ShortlistAsync(app, editionId, ids[0], ids[1]);
        await SecondSheetAsync(app, editionId, ids[0], judges[1], 80m);
        await app.WithDbAsync(db =>
        {
            db.JudgeAssignments.Add(new Assignment(editionId, ids[1], judges[1], Assignment.SecondRound, app.Now));
            return db.SaveChangesAsync();
        });
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/shortlist";

        var page = await officer.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"form[action$='/shortlist/remove'] input[value='{ids[0]}']"));
        using (var started = await PostAsync(officer, url, $"{url}/remove", ("applicationId", ids[0].ToString())))
            Assert.Equal(url, started.RedirectPath());
        using (var removed = await officer.SubmitFormAsync(page, $"{url}/remove", new Dictionary<string, string>()))
            Assert.Equal(url, removed.RedirectPath());

        Assert.Equal([ids[0]], (await EntriesAsync(editionId)).Select(e => e.ApplicationId));
        Assert.False(await app.WithDbAsync(db => db.JudgeAssignments.AnyAsync(a => a.ApplicationId == ids[1] && a.Round == Assignment.SecondRound)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ShortlistEntry) && e.Action == "Deleted")));
    }

    [Fact]
    public async Task Without_a_second_round_there_is_no_shortlist()
    {
        var (editionId, _, _) = await RankedAsync(secondRound: false);
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/shortlist";

        var page = await officer.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#no-second-round a[href$='/secondround']"));
        using (var refused = await PostAsync(officer, url, $"{url}/top", ("Top.Count", "2")))
            Assert.Equal(url, refused.RedirectPath());
        Assert.Empty(await EntriesAsync(editionId));
    }

    [Fact]
    public async Task Only_program_officers_reach_the_shortlist()
    {
        var (editionId, _, _) = await RankedAsync();
        var judge = await app.SignedInClientAsync(await app.CreateUserAsync("judge", GrantHub.Core.Identity.Roles.Judge));

        using var response = await judge.GetAsync($"/editions/{editionId}/shortlist");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied"), $"{response.StatusCode}");
    }
}
