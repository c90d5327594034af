using GrantHub.Web.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>The steps every journey takes the way a person does: through the sign-in form and the sign-out button.</summary>
internal static class BrowserSteps
{
    /// <summary>Signs in through the form (the demo password by default) and waits until the top bar names the person.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoData.Password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signed-in-as")).ToHaveAttributeAsync("title", email);
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.Locator("form[action='/account/logout'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(0);
    }
}
