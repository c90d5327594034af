using GrantHub.Core.Identity;
using GrantHub.Web.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the main pages at desktop (1280) and phone (390) widths, in Chinese and English, for a person to
/// look at: <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter Screenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Screenshots(BrowserFixture browser)
{
    private static readonly int[] Widths = [1280, 390];
    private static readonly string[] Cultures = ["zh-CN", "en"];

    [ScreenshotFact]
    public async Task Take_full_page_screenshots_of_the_main_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var admin = DemoData.Accounts.First(a => a.Role == Roles.Administrator);
        var member = DemoData.Accounts.First(a => a.Role == Roles.OrganizationMember);
        var memberId = await UserIdAsync(member.Email);
        var taken = new List<string>();

        foreach (var culture in Cultures)
        foreach (var width in Widths)
        {
            await using var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
            await context.AddCookiesAsync(
            [
                new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() },
            ]);
            var page = await context.NewPageAsync();

            async Task Shot(string name, string? path = null)
            {
                if (path is not null) await page.GotoAsync(path);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                var file = Path.Combine(folder, $"{culture}-{width}-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                taken.Add(file);
            }

            await Shot("home", "/");
            await Shot("login", "/account/login");
            await Shot("register", "/account/register");
            await page.Locator("#DisplayName").FillAsync("张三");
            await page.Locator("#Email").FillAsync("not-an-email");
            await page.Locator("#Mobile").FillAsync("12345");
            await page.Locator("#Password").FillAsync("short");
            await page.Locator("#ConfirmPassword").FillAsync("different");
            await page.Locator("form[action='/account/register'] button[type=submit]").ClickAsync();
            await Expect(page.Locator(".field-validation-error").First).ToBeVisibleAsync();
            await Shot("register-errors");
            await Shot("forgot-password", "/account/forgot-password");
            await Shot("access-denied", "/account/access-denied");
            await Shot("not-found", "/no-such-page");

            await page.GotoAsync("/account/login");
            await page.Locator("#Email").FillAsync(admin.Email);
            await page.Locator("#Password").FillAsync(DemoData.Password);
            await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
            await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
            await Shot("home-signed-in", "/");
            await Shot("admin-users", "/admin/users");
            await Shot("admin-user-roles", $"/admin/users/{memberId}");
            await Shot("admin-audit", "/admin/audit");
        }

        Assert.All(taken, f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user?.Id ?? throw new InvalidOperationException($"{email} was not seeded.");
    }
}
