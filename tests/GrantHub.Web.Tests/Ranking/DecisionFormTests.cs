using System.Net;
using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>The officer decides through each row's form; the pool, the cap and the tiers hold, and nothing typed is lost.</summary>
public sealed class DecisionFormTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private Task<List<Decision>> DecisionsAsync(Guid editionId) =>
        app.WithDbAsync(db => db.Decisions.AsNoTracking().Where(d => d.EditionId == editionId).ToListAsync());

    [Fact]
    public async Task The_officer_funds_awards_and_turns_down_and_the_page_shows_what_is_left()
    {
        var editionId = await EditionAsync(app, poolYuan: 1_200m);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var b = await EligibleAsync(app, editionId, "项目乙");
        var c = await EligibleAsync(app, editionId, "项目丙");
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/ranking";

        var funded = await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{a}", Funded(450.50m));
        Assert.Equal(HttpStatusCode.Redirect, funded.StatusCode);
        var page = await officer.GetPageAsync(url);
        var tier = page.QuerySelector($"#application-{b} select[name=TierId] option[value]:not([value=''])")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(page, $"/editions/{editionId}/decisions/{b}",
            new Dictionary<string, string> { ["Outcome"] = "Awarded", ["TierId"] = tier })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{c}",
            new Dictionary<string, string> { ["Outcome"] = "NotSelected" })).StatusCode);

        var decisions = await DecisionsAsync(editionId);
        Assert.Equal(Money.FromYuan(450.50m), decisions.Single(d => d.ApplicationId == a).Amount);
        Assert.Equal(Money.FromYuan(300m), decisions.Single(d => d.ApplicationId == b).Amount);
        Assert.Equal(DecisionOutcome.NotSelected, decisions.Single(d => d.ApplicationId == c).Outcome);
        page = await officer.GetPageAsync(url);
        Assert.Equal("¥750.50", page.QuerySelector("#decided")!.TextContent.Trim());
        Assert.Equal("¥449.50", page.QuerySelector("#left")!.TextContent.Trim());
        Assert.Equal("450.5", page.QuerySelector($"#application-{a}")!.InputValue("AmountYuan"));
    }

    [Fact]
    public async Task A_decision_over_the_pool_is_refused_with_the_rule_and_the_typed_amount_kept_and_nothing_saved()
    {
        var editionId = await EditionAsync(app, poolYuan: 1_200m, capYuan: 500m);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var b = await EligibleAsync(app, editionId, "项目乙");
        var c = await EligibleAsync(app, editionId, "项目丙");
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/ranking";
        await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{a}", Funded(500m));
        await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{b}", Funded(500m));

        var refused = await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{c}", Funded(200.01m));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        var row = page.QuerySelector($"#application-{c}")!;
        Assert.Contains("¥200.01 超过资金池余额：¥1,200.00 中尚余 ¥200.00。", row.QuerySelector(".decision-errors")!.TextContent);
        Assert.Equal("200.01", row.InputValue("AmountYuan"));
        Assert.Equal(2, (await DecisionsAsync(editionId)).Count);
        Assert.Equal(Money.FromYuan(1_000m), (await DecisionsAsync(editionId)).Aggregate(Money.Zero, (s, d) => s + d.Amount));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{c}", Funded(200m))).StatusCode);
        Assert.Equal(Money.FromYuan(1_200m), (await DecisionsAsync(editionId)).Aggregate(Money.Zero, (s, d) => s + d.Amount));
    }

    [Fact]
    public async Task Over_the_cap_and_an_exhausted_tier_are_refused_in_the_row()
    {
        var editionId = await EditionAsync(app, poolYuan: 1_200m, capYuan: 500m);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var b = await EligibleAsync(app, editionId, "项目乙");
        var officer = await OfficerAsync(app);
        var url = $"/editions/{editionId}/ranking";

        var overCap = await (await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{a}", Funded(500.01m))).ReadHtmlAsync();
        Assert.Contains("¥500.01 超过单个项目资助上限 ¥500.00。", overCap.QuerySelector($"#application-{a} .decision-errors")!.TextContent);

        var page = await officer.GetPageAsync(url);
        var tier = page.QuerySelector($"#application-{a} select[name=TierId] option[value]:not([value=''])")!.GetAttribute("value")!;
        var award = new Dictionary<string, string> { ["Outcome"] = "Awarded", ["TierId"] = tier };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{a}", award)).StatusCode);
        var exhausted = await (await officer.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{b}", award)).ReadHtmlAsync();

        Assert.Contains("已授予 1 次", exhausted.QuerySelector($"#application-{b} .decision-errors")!.TextContent);
        Assert.Single(await DecisionsAsync(editionId));
    }

    [Fact]
    public async Task A_decision_made_on_a_stale_page_is_refused_with_reload()
    {
        var editionId = await EditionAsync(app);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var first = await OfficerAsync(app);
        var second = await OfficerAsync(app);
        var url = $"/editions/{editionId}/ranking";
        var stale = await second.GetPageAsync(url);
        await first.SubmitFormAsync(url, $"/editions/{editionId}/decisions/{a}", Funded(100m));

        var lost = await second.SubmitFormAsync(stale, $"/editions/{editionId}/decisions/{a}", Funded(300m));

        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains("请刷新页面", (await lost.ReadHtmlAsync()).QuerySelector($"#application-{a} .decision-errors")!.TextContent);
        Assert.Equal(Money.FromYuan(100m), Assert.Single(await DecisionsAsync(editionId)).Amount);
    }

    [Fact]
    public async Task Only_officers_and_administrators_see_the_ranking_and_only_officers_decide()
    {
        var editionId = await EditionAsync(app);
        var a = await EligibleAsync(app, editionId, "项目甲");
        var url = $"/editions/{editionId}/ranking";
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var adminPage = await admin.GetPageAsync(url);
        Assert.Empty(adminPage.QuerySelectorAll("form.decision-form"));
        var token = adminPage.QuerySelector($"input[name={Forms.AntiforgeryField}]")?.GetAttribute("value")
                    ?? (await admin.GetPageAsync("/account/profile")).QuerySelector($"input[name={Forms.AntiforgeryField}]")?.GetAttribute("value") ?? "";
        var adminPost = await admin.PostAsync($"/editions/{editionId}/decisions/{a}", new FormUrlEncodedContent(
            [new(Forms.AntiforgeryField, token), new("Outcome", "Funded"), new("AmountYuan", "100")]));
        Assert.True(adminPost.IsRefusal() || adminPost.StatusCode == HttpStatusCode.BadRequest, $"{adminPost.StatusCode}");

        foreach (var role in new[] { Roles.Judge, Roles.OrganizationMember, Roles.CenterStaff })
        {
            var client = await app.SignedInClientAsync(await app.CreateUserAsync("other", role));
            Assert.True((await client.GetAsync(url)).IsRefusal(), role);
            Assert.True((await client.GetAsync($"/editions/{editionId}/ranking.xlsx")).IsRefusal(), role);
        }
        Assert.Empty(await DecisionsAsync(editionId));
    }
}
