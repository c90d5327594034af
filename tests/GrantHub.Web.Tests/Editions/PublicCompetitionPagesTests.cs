using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Editions;

/// <summary>Anyone reads the published calls without signing in; drafts stay hidden from the public.</summary>
public sealed class PublicCompetitionPagesTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    [Fact]
    public async Task The_list_shows_published_editions_open_ones_first_and_no_drafts()
    {
        var closed = await app.EditionAsync(opensInDays: -60, days: 20);
        var upcoming = await app.EditionAsync(opensInDays: 5);
        var open = await app.EditionAsync(opensInDays: -3);
        var draft = await app.EditionAsync(published: false, opensInDays: -3);

        var page = await app.CreateBrowserClient().GetPageAsync("/competitions");

        var cards = page.QuerySelectorAll(".competition-card").Select(c => c.GetAttribute("data-edition-id")).ToList();
        Assert.DoesNotContain(draft.ToString(), cards);
        Assert.True(cards.IndexOf(open.ToString()) < cards.IndexOf(upcoming.ToString()), "open before upcoming");
        Assert.True(cards.IndexOf(upcoming.ToString()) < cards.IndexOf(closed.ToString()), "upcoming before closed");
        Assert.Equal("open", Card(page, open)?.QuerySelector(".phase-badge")?.GetAttribute("data-phase"));
        Assert.Equal($"{app.Today.AddDays(5):yyyy-MM-dd} 开始申报", Card(page, upcoming)?.QuerySelector(".phase-badge")?.TextContent.Trim());
        Assert.Equal("closed", Card(page, closed)?.QuerySelector(".phase-badge")?.GetAttribute("data-phase"));
        Assert.Contains("¥400,000.00", Card(page, open)?.TextContent);
        Assert.Contains("¥30,000.00", Card(page, open)?.TextContent);
        Assert.Contains("青少年教育", Card(page, open)?.TextContent);
    }

    private static AngleSharp.Dom.IElement? Card(AngleSharp.Html.Dom.IHtmlDocument page, Guid id) =>
        page.QuerySelector($".competition-card[data-edition-id='{id}']");

    [Fact]
    public async Task The_call_shows_its_rules_eligibility_timeline_rubric_and_awards_to_anonymous_visitors()
    {
        var id = await app.EditionAsync(opensInDays: -1, days: 30);

        var page = await app.CreateBrowserClient().GetPageAsync($"/competitions/{id}");

        Assert.Equal("¥400,000.00", page.QuerySelector("#pool")?.TextContent.Trim());
        Assert.Equal("¥30,000.00", page.QuerySelector("#cap")?.TextContent.Trim());
        Assert.Contains("项目周期一年。", page.QuerySelector("#call-text")?.TextContent);
        Assert.Equal("可申报的组织类型：社会服务机构（民办非企业单位）、社区社会组织（备案）。",
            page.QuerySelector("#eligibility [data-rule=types]")?.TextContent.Trim());
        Assert.Equal("登记或备案满 1 年。", page.QuerySelector("#eligibility [data-rule=years]")?.TextContent.Trim());
        Assert.Equal("社会配套资金不低于申请财政补助的 10%。", page.QuerySelector("#eligibility [data-rule=matching]")?.TextContent.Trim());
        Assert.Contains($"{app.Today.AddDays(29):yyyy-MM-dd} 23:59", page.QuerySelector("#timeline")?.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("#rubric-table tbody tr").Length);
        Assert.Contains("需求分析", page.QuerySelector("#rubric-table")?.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#awards-table tbody tr").Length);
        Assert.Contains("¥8,000.00", page.QuerySelector("#awards-table")?.TextContent);
    }

    [Fact]
    public async Task While_open_an_anonymous_visitor_is_offered_to_sign_in_and_come_back()
    {
        var id = await app.EditionAsync(opensInDays: 0);

        var page = await app.CreateBrowserClient().GetPageAsync($"/competitions/{id}");

        Assert.Equal($"/account/login?returnUrl=/competitions/{id}", page.QuerySelector("#apply-sign-in")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#apply-form"));
    }

    [Fact]
    public async Task While_open_an_organization_member_gets_the_apply_button_that_posts_to_the_apply_endpoint()
    {
        var id = await app.EditionAsync(opensInDays: -2);
        var (member, _) = await app.OrganizationAsync();

        var page = await (await app.SignedInClientAsync(member)).GetPageAsync($"/competitions/{id}");

        var form = page.QuerySelector("#apply-form");
        Assert.Equal($"/competitions/{id}/apply", form?.GetAttribute("action"));
        Assert.Equal("post", form?.GetAttribute("method"));
        Assert.NotNull(form?.QuerySelector($"input[name='{Forms.AntiforgeryField}']"));
        Assert.Null(page.QuerySelector("#apply-sign-in"));
    }

    [Theory]
    [InlineData(5, "申报于 {0} 开始")]
    [InlineData(-40, "申报已于 {1} 截止。")]
    public async Task Outside_its_dates_there_is_no_apply_button_and_a_line_says_when_it_opens_or_closed(int opensInDays, string line)
    {
        var id = await app.EditionAsync(opensInDays: opensInDays, days: 20);
        var (member, _) = await app.OrganizationAsync();

        var page = await (await app.SignedInClientAsync(member)).GetPageAsync($"/competitions/{id}");

        Assert.Null(page.QuerySelector("#apply-form"));
        Assert.Null(page.QuerySelector("#apply-sign-in"));
        var opens = app.Today.AddDays(opensInDays).ToString("yyyy-MM-dd");
        var closes = app.Today.AddDays(opensInDays + 20).ToString("yyyy-MM-dd");
        Assert.Contains(string.Format(line, opens, closes), page.QuerySelector("#apply-closed")?.TextContent);
    }

    [Fact]
    public async Task The_last_day_is_still_open_and_the_day_after_is_closed()
    {
        var id = await app.EditionAsync(opensInDays: -10, days: 10);

        var lastDay = await app.CreateBrowserClient().GetPageAsync($"/competitions/{id}");
        var dayAfter = await app.EditionAsync(opensInDays: -11, days: 10);
        var closedPage = await app.CreateBrowserClient().GetPageAsync($"/competitions/{dayAfter}");

        Assert.NotNull(lastDay.QuerySelector("#apply-sign-in"));
        Assert.Null(closedPage.QuerySelector("#apply-sign-in"));
        Assert.NotNull(closedPage.QuerySelector("#apply-closed"));
    }

    [Fact]
    public async Task A_draft_is_not_found_by_the_public_nor_by_organizations_nor_judges()
    {
        var id = await app.EditionAsync(published: false, opensInDays: -1);
        var (member, _) = await app.OrganizationAsync();
        var judge = await app.CreateUserAsync("judge", Roles.Judge);

        using var anonymous = await app.CreateBrowserClient().GetAsync($"/competitions/{id}");
        using var organization = await (await app.SignedInClientAsync(member)).GetAsync($"/competitions/{id}");
        using var judging = await (await app.SignedInClientAsync(judge)).GetAsync($"/competitions/{id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, organization.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, judging.StatusCode);
    }

    [Fact]
    public async Task The_officer_previews_a_draft_marked_as_such_and_without_an_apply_button()
    {
        var id = await app.EditionAsync(published: false, opensInDays: -1);
        var officer = await app.OfficerAsync();

        var page = await officer.GetPageAsync($"/competitions/{id}");

        Assert.NotNull(page.QuerySelector("#preview-banner"));
        Assert.Null(page.QuerySelector("#apply-form"));
    }

    [Fact]
    public async Task An_unknown_edition_is_not_found()
    {
        using var response = await app.CreateBrowserClient().GetAsync($"/competitions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
