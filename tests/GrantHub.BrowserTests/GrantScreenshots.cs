using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the grant pages (ledgers, a project, drafting and confirming an agreement, an evaluation) on the
/// demo's latest past edition, at 1280 and 390 wide, in Chinese and English, for a person to look at:
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter GrantScreenshots</c>. Only refused
/// forms and previews are submitted: nothing in the demo changes. Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantScreenshots(BrowserFixture browser)
{
    private const string OfficerEmail = "officer@demo.granthub.cn";
    private const string FinanceEmail = "finance@demo.granthub.cn";
    private const string MemberEmail = "org@demo.granthub.cn";

    [ScreenshotFact]
    public async Task Take_screenshots_of_the_grant_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var ids = await PrepareAsync();
        var taken = new List<string>();

        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            async Task<IPage> SignInAsync(IBrowserContext context, string email)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(email);
                await page.Locator("#Password").FillAsync(DemoData.Password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
                return page;
            }
            async Task Shot(IPage page, string name, string? path = null)
            {
                if (path is not null)
                {
                    var response = await page.GotoAsync(path);
                    Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
                }
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                var file = Path.Combine(folder, $"{culture}-{width}-grants-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                taken.Add(file);
            }
            static Task Refused(IPage page) =>
                Expect(page.Locator(".field-validation-error, main .alert-danger").First).ToBeVisibleAsync();
            async Task<IBrowserContext> Context()
            {
                var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                return context;
            }

            await using (var context = await Context())
            {
                var officer = await SignInAsync(context, OfficerEmail);
                await Shot(officer, "ledgers", "/grants");
                await Shot(officer, "edition-ledger", $"/editions/{ids.Edition}/grants");
                await Shot(officer, "edition-ledger-awards", $"/editions/{ids.Edition}/grants?kind={GrantKind.Award}");
                await Shot(officer, "edition-overview", $"/editions/{ids.Edition}");
                await Shot(officer, "project-awaiting", $"/grants/{ids.Awaiting}");
                await Shot(officer, "agreement", $"/grants/{ids.Awaiting}/agreement");
                await officer.Locator($"#template-{TrancheTemplate.CustomPercentages}").CheckAsync();
                await Expect(officer.Locator("input[name='Form.Rows[0].Percent']")).ToHaveCountAsync(1);
                await Shot(officer, "agreement-custom-percentages");
                await officer.Locator("input[name='Form.Rows[0].Percent']").FillAsync("40");
                await officer.Locator("#save-button").ClickAsync();
                await Refused(officer);
                await Shot(officer, "agreement-refused");
                await Shot(officer, "project-in-progress", $"/grants/{ids.Demo}");
                await Shot(officer, "evaluation", $"/grants/{ids.Demo}/evaluations/new");
                await officer.Locator("#Form_Score").FillAsync("101.25");
                await officer.Locator("#evaluation-form button[type=submit]").ClickAsync();
                await Refused(officer);
                await Shot(officer, "evaluation-refused");
                if (ids.Stopped is { } stopped) await Shot(officer, "project-stopped", $"/grants/{stopped}");
                await Shot(officer, "organization-ledger", $"/organizations/{ids.DemoOrganization}/grants");
            }

            await using (var context = await Context())
            {
                var finance = await SignInAsync(context, FinanceEmail);
                await Shot(finance, "project-finance", $"/grants/{ids.Demo}");
                if (ids.Award is { } award) await Shot(finance, "project-award", $"/grants/{award}");
            }

            await using (var context = await Context())
            {
                var member = await SignInAsync(context, MemberEmail);
                await Shot(member, "organization", "/organization");
                await Shot(member, "member-ledger", "/organization/grants");
                await Shot(member, "project-member", $"/grants/{ids.Demo}");
            }

            if (ids.Drafted is { } drafted)
            {
                await using var context = await Context();
                var signer = await SignInAsync(context, drafted.MemberEmail);
                await Shot(signer, "project-to-confirm", $"/grants/{drafted.Id}");
                await Shot(signer, "confirm", $"/grants/{drafted.Id}/confirm");
                await signer.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "协议.pdf", MimeType = "application/pdf", Buffer = "not a PDF"u8.ToArray() });
                await signer.Locator("#confirm-form button[type=submit]").ClickAsync();
                await Refused(signer);
                await Shot(signer, "confirm-refused");
            }
        }

        Assert.All(taken, f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    private sealed record Drafted(Guid Id, string MemberEmail);

    private sealed record Ids(Guid Edition, Guid Awaiting, Guid Demo, Guid DemoOrganization, Guid? Stopped, Guid? Award, Drafted? Drafted);

    /// <summary>The demo's latest edition with grants, and a grant of it in each state a page is drawn for.</summary>
    private async Task<Ids> PrepareAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var demoOrganization = await db.Organizations.Where(o => o.Name == DemoIncubation.DemoOrganizationName).Select(o => o.Id).SingleAsync();
        var demo = await db.Grants.Where(g => g.OrganizationId == demoOrganization && g.Kind == GrantKind.Funding)
            .OrderByDescending(g => g.CreatedAt).Select(g => new { g.Id, g.EditionId }).FirstAsync();
        var grants = await db.Grants.AsNoTracking().Where(g => g.EditionId == demo.EditionId)
            .Select(g => new { g.Id, g.Kind, g.Status, g.OrganizationId }).ToListAsync();
        var drafted = grants.FirstOrDefault(g => g.Status == GrantStatus.AgreementDrafted);
        var signer = drafted is null ? null : await (from m in db.OrganizationMembers
                                                     join u in db.Users on m.UserId equals u.Id
                                                     where m.OrganizationId == drafted.OrganizationId
                                                     select u.Email).FirstOrDefaultAsync();
        return new Ids(
            demo.EditionId,
            grants.First(g => g.Status == GrantStatus.AwaitingAgreement).Id,
            demo.Id,
            demoOrganization,
            grants.FirstOrDefault(g => g.Status == GrantStatus.Stopped)?.Id,
            grants.FirstOrDefault(g => g.Kind == GrantKind.Award)?.Id,
            drafted is null || signer is null ? null : new Drafted(drafted.Id, signer));
    }
}
