using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// PNGs of the bell (desktop, and phone with the menu collapsed and open) and of the notification list, in Chinese and
/// English: <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter NotificationScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationScreenshots(BrowserFixture browser)
{
    [ScreenshotFact]
    public async Task Take_screenshots_of_the_bell_and_the_notification_list()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var member = DemoData.Accounts.First(a => a.Role == Roles.OrganizationMember).Email;
        var judge = DemoData.Accounts.First(a => a.Role == Roles.Judge).Email;
        var officer = DemoData.Accounts.First(a => a.Role == Roles.ProgramOfficer).Email;
        await NotifyAsync(member);
        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
            var page = await context.NewPageAsync();
            async Task Shot(string name, bool fullPage = true)
            {
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-{name}.png"), FullPage = fullPage });
            }
            async Task SignInAsync(string email)
            {
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(email);
                await page.Locator("#Password").FillAsync(DemoData.Password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
            }

            await SignInAsync(member);
            await page.GotoAsync("/");
            await Expect(page.Locator("#notification-bell")).ToBeVisibleAsync();
            await Shot("bell", fullPage: false);
            if (width < 992)
            {
                await page.Locator(".navbar-toggler").ClickAsync();
                await Expect(page.Locator("#main-nav.show:not(.collapsing)")).ToBeVisibleAsync();
                await page.WaitForTimeoutAsync(400);
                await Shot("bell-menu-open", fullPage: false);
            }
            await page.GotoAsync("/notifications");
            await Shot("notifications");
            await page.Locator("#notifications form button").First.ClickAsync();
            await page.GotoAsync("/notifications");
            await Shot("notifications-one-read");

            await context.ClearCookiesAsync();
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
            await SignInAsync(officer);
            await page.GotoAsync("/");
            await Shot("bell-officer", fullPage: false);

            await context.ClearCookiesAsync();
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
            await SignInAsync(judge);
            await page.GotoAsync("/notifications");
            await Shot("notifications-empty");
        }
    }

    /// <summary>Results of three editions and a long one, as finalizing writes them, a day apart; the newest unread.</summary>
    private async Task NotifyAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        notifier.Notify([userId], "Final results of {0}: your project \"{1}\" is not selected this time.", ["2024年仪征市公益创投大赛", "邻里守望"], "/competitions", null);
        notifier.Notify([userId], "Final results of {0}: your project \"{1}\" is awarded {2} ({3}).", ["2025年仪征市公益创投大赛", "四点半课堂", "一等奖", "¥30,000.00"], "/competitions", null);
        notifier.Notify([userId], "Final results of {0}: your project \"{1}\" is funded with {2}.", ["2026年仪征市公益创投大赛", "银龄助餐——社区独居老人午餐配送与陪伴计划", "¥120,000.00"], "/organization/grants", null);
        await db.SaveChangesAsync();
    }
}
