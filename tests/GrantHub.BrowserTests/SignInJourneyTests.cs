using GrantHub.Web.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>A person signs in through the form, switches the site to English and signs out, clicking as they would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_seeded_user_signs_in_switches_to_English_and_signs_out()
    {
        var account = DemoData.Accounts.First(a => a.Role == GrantHub.Core.Identity.Roles.OrganizationMember);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await page.Locator("#Email").FillAsync(account.Email);
        await page.Locator("#Password").FillAsync(DemoData.Password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/").ToString());
        await Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
        await Expect(page.Locator("#signed-in-as")).ToHaveAttributeAsync("title", account.Email);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.Locator("#language-switch button[type=submit]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/").ToString());
        await Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();

        await page.Locator("form[action='/account/logout'] button[type=submit]").ClickAsync();

        await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href='/account/login']").First).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
