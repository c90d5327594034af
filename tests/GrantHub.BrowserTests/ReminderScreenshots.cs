using GrantHub.Core.Identity;
using GrantHub.Web.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// PNGs of each role's coming deadlines on the home page and of the preferences page, in Chinese and English, at desktop and
/// phone widths: <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter ReminderScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReminderScreenshots(BrowserFixture browser)
{
    [ScreenshotFact]
    public async Task Take_screenshots_of_the_deadlines_and_the_preferences()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var people = new[] { Roles.OrganizationMember, Roles.CenterStaff, Roles.ProgramOfficer, Roles.Judge }
            .Select(r => (Role: r, DemoData.Accounts.First(a => a.Role == r).Email)).ToList();
        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
            var page = await context.NewPageAsync();
            foreach (var (role, email) in people)
            {
                await context.ClearCookiesAsync();
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(email);
                await page.Locator("#Password").FillAsync(DemoData.Password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);

                await page.GotoAsync("/");
                await Expect(page.Locator("#deadlines")).ToBeVisibleAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-deadlines-{role}.png"), FullPage = true });
                if (role == Roles.OrganizationMember)
                {
                    await page.GotoAsync("/account/preferences");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-preferences.png"), FullPage = true });
                    await page.Locator("#culture-en").CheckAsync();
                    await page.Locator("#MuteOptionalReminderEmail").CheckAsync();
                    await page.Locator("#preferences-form button[type=submit]").ClickAsync();
                    await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-preferences-saved.png"), FullPage = true });
                    // Back to the demo's defaults.
                    await page.Locator("#culture-zh").CheckAsync();
                    await page.Locator("#MuteOptionalReminderEmail").UncheckAsync();
                    await page.Locator("#preferences-form button[type=submit]").ClickAsync();
                    await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
                }
            }
        }
    }
}
