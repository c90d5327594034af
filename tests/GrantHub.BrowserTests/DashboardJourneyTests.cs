using System.Globalization;
using GrantHub.Core.Data;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// The bureau's figures in one click, in a Chinese browser with no external network: the officer opens the dashboard
/// from the menu, Chart.js (served by the app) draws every chart, and the table under the competitions chart shows the
/// seed report's 33 funded and 82 awarded projects of the three past editions; choosing a year narrows the figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_officer_opens_the_bureau_dashboard_and_sees_the_charts_and_the_seed_reports_figures(int width)
    {
        var past = await PastEditionsAsync();
        await using var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl.ToString(), StringComparison.Ordinal)) outside.Add(request.Url);
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/account/login");
        await page.Locator("#Email").FillAsync("officer@demo.granthub.cn");
        await page.Locator("#Password").FillAsync(DemoData.Password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
        if (width < 992) await page.Locator("button.navbar-toggler").ClickAsync();
        await page.Locator("#nav-dashboard").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/bureau").ToString());

        // Every chart drawn by Chart.js: one instance per canvas, each with a size.
        var canvases = page.Locator("canvas[data-chart-source]");
        await Expect(canvases.First).ToHaveAttributeAsync("data-rendered", "true");
        var count = await canvases.CountAsync();
        Assert.True(count >= 4, $"{count} charts");
        Assert.Equal(count, await page.EvaluateAsync<int>("() => Object.keys(Chart.instances).length"));
        for (var i = 0; i < count; i++)
        {
            await Expect(canvases.Nth(i)).ToHaveAttributeAsync("data-rendered", "true");
            var box = await canvases.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 150 }, $"chart {i} is {box?.Width}×{box?.Height}");
        }

        // The table is the truth: the three past editions' funded and awarded projects, 33 and 82.
        var table = page.Locator("#table-editions");
        int Sum(IEnumerable<string> cells) => cells.Sum(c => int.Parse(c.Trim(), CultureInfo.InvariantCulture));
        var funded = new List<string>();
        var awarded = new List<string>();
        foreach (var id in past)
        {
            funded.Add(await table.Locator($"tr[data-edition-id='{id}'] td[data-figure='funded']").InnerTextAsync());
            awarded.Add(await table.Locator($"tr[data-edition-id='{id}'] td[data-figure='awarded']").InnerTextAsync());
        }
        Assert.Equal(DemoJudging.FundedInAll, Sum(funded));
        Assert.Equal(DemoJudging.AwardedInAll, Sum(awarded));
        Assert.Equal(33, DemoJudging.FundedInAll);
        Assert.Equal(82, DemoJudging.AwardedInAll);
        // 113 on a fresh run; other journeys of this run may have registered one more.
        var organizations = int.Parse(await page.Locator("#kpi-organizations .kpi-value").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(organizations, DemoIncubation.OrganizationCount, DemoIncubation.OrganizationCount + 5);

        // Choosing a year applies at once: only that year's edition is left.
        var (firstId, firstYear) = await FirstPastEditionAsync();
        await page.Locator("#filter-year").SelectOptionAsync(firstYear.ToString(CultureInfo.InvariantCulture));
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/bureau?year={firstYear}").ToString());
        await Expect(page.Locator("#table-editions tbody tr[data-edition-id]")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#table-editions tr[data-edition-id='{firstId}'] td[data-figure='funded']")).ToHaveTextAsync(DemoJudging.Outcomes[0].Funded.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("canvas[data-chart-source]").First).ToHaveAttributeAsync("data-rendered", "true");

        Assert.Empty(outside);
        Assert.Empty(errors);
    }

    /// <summary>The three past demo editions (their results published), oldest first.</summary>
    private async Task<List<Guid>> PastEditionsAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var names = await db.Editions.Where(e => e.Name.EndsWith("社区公益创投大赛") && e.Name != DemoCompetitions.OpenEditionName)
            .OrderBy(e => e.Year).Select(e => e.Id).ToListAsync();
        Assert.Equal(3, names.Count);
        return names;
    }

    private async Task<(Guid Id, int Year)> FirstPastEditionAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var first = await db.Editions.Where(e => e.Name.EndsWith("社区公益创投大赛") && e.Name != DemoCompetitions.OpenEditionName)
            .OrderBy(e => e.Year).Select(e => new { e.Id, e.Year }).FirstAsync();
        return (first.Id, first.Year);
    }
}
