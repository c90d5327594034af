using System.Net;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.Publicity;

/// <summary>The public results page exists only once the results are published, and shows nothing private.</summary>
public sealed class PublicResultsPageTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Before_publication_the_results_page_is_not_found_and_the_call_page_does_not_link_to_it()
    {
        var s = await EditionAsync(app);
        var visitor = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/competitions/{s.EditionId}/results")).StatusCode);
        Assert.Null((await visitor.GetPageAsync($"/competitions/{s.EditionId}")).QuerySelector("#results-link"));
    }

    [Fact]
    public async Task After_publication_an_anonymous_visitor_sees_the_funded_and_awarded_projects_and_the_judges_but_nothing_private()
    {
        var s = await EditionAsync(app);
        var officer = await OfficerAsync(app);
        var published = await PublishAsync(officer, s.EditionId);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var after = await officer.GetPageAsync(published.RedirectPath()!);
        Assert.True(after.QuerySelector("#publicity-status a[href$='/results']") is not null, after.QuerySelector("#publicity-status")?.TextContent + after.QuerySelector(".alert")?.TextContent);
        var visitor = app.CreateBrowserClient();

        var page = await visitor.GetPageAsync($"/competitions/{s.EditionId}/results");

        var rows = page.QuerySelectorAll("#results tbody tr").ToDictionary(r => Guid.Parse(r.GetAttribute("data-application-id")!));
        Assert.Equal(new[] { s.Funded, s.Awarded }.Order(), rows.Keys.Order());
        Assert.Equal("¥450.00", rows[s.Funded].QuerySelector(".amount")!.TextContent.Trim());
        Assert.Equal("一等奖", rows[s.Awarded].QuerySelector(".outcome")!.TextContent.Trim());
        Assert.Equal("¥300.00", rows[s.Awarded].QuerySelector(".amount")!.TextContent.Trim());
        Assert.Contains("为老服务", rows[s.Funded].TextContent);
        var judges = page.QuerySelector("#judges")!.TextContent;
        Assert.Contains("王评审", judges);
        Assert.Contains("李评审", judges);
        Assert.Contains(DateOnly.FromDateTime(GrantHub.Core.ChinaTime.ToChina(app.Now)).AddDays(7).ToString("yyyy-MM-dd"),
            page.QuerySelector("#publicity-period")!.TextContent);
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("社区议事厅", html);
        Assert.DoesNotContain("6222 0210", html);
        Assert.DoesNotContain("13912345678", html);
        Assert.DoesNotContain("@test.granthub.cn", html);
        Assert.NotNull(page.QuerySelector("#objection-form"));

        Assert.NotNull((await visitor.GetPageAsync($"/competitions/{s.EditionId}")).QuerySelector("#results-link a[href$='/results']"));
    }
}
