using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Seeding;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the incubation pages (organization, center staff, bureau, administrator) at desktop (1280) and
/// phone (390) widths, in Chinese and English, for a person to look at:
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter IncubationScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IncubationScreenshots(BrowserFixture browser)
{
    [ScreenshotFact]
    public async Task Take_screenshots_of_the_incubation_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var ids = await IdsAsync();
        var freeMember = await FreeOrganizationAsync();
        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(email);
                await page.Locator("#Password").FillAsync(password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
                return page;
            }
            async Task Shot(IPage page, string name, string? path = null)
            {
                if (path is not null) await page.GotoAsync(path);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-{name}.png"), FullPage = true });
            }
            // A refused form comes back with its messages: wait for them before the picture.
            static Task Refused(IPage page) => Expect(page.Locator(".field-validation-error, main .alert-danger").First).ToBeVisibleAsync();
            async Task<IBrowserContext> Context()
            {
                var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                return context;
            }

            await using (var context = await Context())
            {
                var org = await SignInAsync(context, Demo(Roles.OrganizationMember), DemoData.Password);
                await Shot(org, "org-residency", "/residency");
            }
            await using (var context = await Context())
            {
                var org = await SignInAsync(context, freeMember.Email, freeMember.Password);
                await Shot(org, "org-residency-empty", "/residency");
                await Shot(org, "org-apply", "/residency/apply");
                await org.Locator("#apply-form button[type=submit]").ClickAsync();
                await Refused(org);
                await Shot(org, "org-apply-errors");
            }
            await using (var context = await Context())
            {
                var none = await SignInAsync(context, ids.NoOrganization.Email, ids.NoOrganization.Password);
                await Shot(none, "org-no-organization", "/residency");
            }
            await using (var context = await Context())
            {
                var staff = await SignInAsync(context, StaffEmail, DemoData.Password);
                await Shot(staff, "center-dashboard", "/center");
                await Shot(staff, "center-applications", "/center/applications");
                await Shot(staff, "center-residents", "/center/residents");
                await Shot(staff, "center-residents-graduated", "/center/residents?status=Graduated");
                await Shot(staff, "center-detail-applied", $"/center/residencies/{ids.Applied}");
                await Shot(staff, "center-detail-admitted", $"/center/residencies/{ids.Admitted}");
                await staff.Locator("#service-form input[name='Service.Topic']").FillAsync("");
                await staff.Locator("#service-form input[name='Service.Hours']").FillAsync("1.25");
                await staff.Locator("#service-form button[type=submit]").ClickAsync();
                await Refused(staff);
                await Shot(staff, "center-detail-service-errors");
                await staff.GotoAsync($"/center/residencies/{ids.Admitted}");
                await staff.Locator("#graduate-form button[type=submit]").ClickAsync();
                await Refused(staff);
                await Shot(staff, "center-detail-graduate-refused");
                await Shot(staff, "center-detail-graduated", $"/center/residencies/{ids.Graduated}");
                await Shot(staff, "certificate", $"/residencies/{ids.Graduated}/certificate");
                await staff.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                await Shot(staff, "certificate-print");
            }
            await using (var context = await Context())
            {
                var officer = await SignInAsync(context, Demo(Roles.ProgramOfficer), DemoData.Password);
                await Shot(officer, "bureau-centers", "/bureau/centers");
            }
            await using (var context = await Context())
            {
                var admin = await SignInAsync(context, Demo(Roles.Administrator), DemoData.Password);
                await Shot(admin, "admin-centers", "/admin/centers");
                await Shot(admin, "admin-center-edit", $"/admin/centers/{ids.CenterId}");
                await admin.Locator("input[name='Form.Desks']").FillAsync("0");
                await admin.Locator("#center-form button[type=submit]").ClickAsync();
                await Refused(admin);
                await Shot(admin, "admin-center-edit-refused");
                await Shot(admin, "admin-center-new", "/admin/centers/new");
            }
        }
    }

    /// <summary>The staff account of 嘉禾 (the demo's staff2@ works at 华兴新村).</summary>
    private const string StaffEmail = "staff@demo.granthub.cn";

    private static string Demo(string role) => DemoData.Accounts.First(a => a.Role == role).Email;

    private sealed record Ids(int CenterId, Guid Applied, Guid Admitted, Guid Graduated, TestUser NoOrganization);

    private async Task<Ids> IdsAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var staffId = await db.Users.Where(u => u.Email == StaffEmail).Select(u => u.Id).SingleAsync();
        var centerId = await db.CenterStaff.Where(s => s.UserId == staffId).Select(s => s.CenterId).FirstAsync();
        var mine = db.Residencies.Where(r => r.CenterId == centerId);
        var noOrg = await browser.App.CreateUserAsync("noorg", Roles.OrganizationMember);
        return new Ids(centerId,
            await mine.Where(r => r.Status == ResidencyStatus.Applied).OrderBy(r => r.AppliedAt).Select(r => r.Id).FirstAsync(),
            // An admitted resident at a desk without a graduation assessment: graduating it is refused, as the picture shows.
            await mine.Where(r => r.Status == ResidencyStatus.Admitted && r.DeskNumber != null
                    && !db.Assessments.Any(a => a.ResidencyId == r.Id && a.Kind == AssessmentKind.Graduation))
                .OrderBy(r => r.AppliedAt).Select(r => r.Id).FirstAsync(),
            await mine.Where(r => r.Status == ResidencyStatus.Graduated).OrderBy(r => r.AppliedAt).Select(r => r.Id).FirstAsync(),
            noOrg);
    }

    private async Task<TestUser> FreeOrganizationAsync()
    {
        var member = await browser.App.CreateUserAsync("free", Roles.OrganizationMember);
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var org = Organization.Register("华兴新村银龄健身队", OrganizationType.CommunityOrganization, "真州备字2019第077号", "王秀英", "13912345678", member.Id, DateTime.UtcNow);
        org.Address = "仪征市真州镇华兴新村社区居委会2楼";
        org.ServiceFields = ServiceField.Health | ServiceField.ElderlyCare;
        org.VolunteerCount = 26;
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return member;
    }
}
