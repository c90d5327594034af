using Microsoft.Playwright;
using static GrantHub.BrowserTests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the ledger centre for the three kinds of people who use it (officer, finance, center staff) and of
/// the grouped navigation with its Funding menu open, at 1280 and 390 wide, in Chinese and English, for a person to look
/// at: <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter LedgerScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LedgerScreenshots(BrowserFixture browser)
{
    [ScreenshotFact]
    public async Task Take_screenshots_of_the_ledger_centre_and_the_navigation()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var taken = new List<string>();

        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        foreach (var person in new[] { "officer", "finance", "staff" })
        {
            await using var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
            var page = await context.NewPageAsync();
            await SignInAsync(page, $"{person}@demo.granthub.cn");

            var response = await page.GotoAsync("/ledgers");
            Assert.True(response is { Ok: true }, $"/ledgers answered {response?.Status} for {person}.");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            taken.Add(await ShotAsync(page, folder, $"{culture}-{width}-ledgers-{person}.png", fullPage: true));

            // The navigation as this person sees it: the phone's collapsed menu opened, or the Funding menu on a desktop.
            if (width < 992) await page.Locator("button.navbar-toggler").ClickAsync();
            else if (await page.Locator("#funding-menu").CountAsync() > 0) await page.Locator("#funding-menu").ClickAsync();
            await page.WaitForTimeoutAsync(400);
            taken.Add(await ShotAsync(page, folder, $"{culture}-{width}-navigation-{person}.png", fullPage: false));
        }

        Assert.All(taken, f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    private static async Task<string> ShotAsync(IPage page, string folder, string name, bool fullPage)
    {
        var file = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        return file;
    }
}
