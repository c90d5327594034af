using GrantHub.Core.Data;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the dashboards (bureau, bureau filtered, center, organization) at 1280 and 390 wide, in Chinese
/// and English, charts drawn without animation, for a person to look at:
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter DashboardScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardScreenshots(BrowserFixture browser)
{
    [ScreenshotFact]
    public async Task Take_screenshots_of_the_dashboards()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var (center, year) = await FilterAsync();
        var taken = new List<string>();

        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            async Task<IPage> SignInAsync(string email)
            {
                var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                var page = await context.NewPageAsync();
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(email);
                await page.Locator("#Password").FillAsync(DemoData.Password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
                return page;
            }
            async Task Shot(IPage page, string name, string path)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                var charts = page.Locator("canvas[data-chart-source]");
                for (var i = 0; i < await charts.CountAsync(); i++) await Expect(charts.Nth(i)).ToHaveAttributeAsync("data-rendered", "true");
                var file = Path.Combine(folder, $"{culture}-{width}-dashboard-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                taken.Add(file);
            }

            var officer = await SignInAsync("officer@demo.granthub.cn");
            await Shot(officer, "bureau", "/bureau");
            await Shot(officer, "bureau-filtered", $"/bureau?year={year}&center={center}");
            await officer.Context.CloseAsync();
            var staff = await SignInAsync("staff@demo.granthub.cn");
            await Shot(staff, "center", "/center/dashboard");
            await staff.Context.CloseAsync();
            var member = await SignInAsync("org@demo.granthub.cn");
            await Shot(member, "organization", "/organization/dashboard");
            await member.Context.CloseAsync();
        }

        Assert.All(taken, f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    /// <summary>嘉禾 and the year of the latest past edition.</summary>
    private async Task<(int Center, int Year)> FilterAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var center = await db.IncubationCenters.Where(c => c.Name == DemoData.Centers[0].Name).Select(c => c.Id).SingleAsync();
        var year = await db.Editions.Where(e => e.Name.EndsWith("社区公益创投大赛") && e.Name != DemoCompetitions.OpenEditionName)
            .MaxAsync(e => e.Year);
        return (center, year);
    }
}
