using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Seeding;
using GrantHub.Web.Storage;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the competition pages (the public calls, the officer's editions and screening, the organization's
/// applications step by step) at desktop (1280) and phone (390) widths, in Chinese and English, for a person to look at:
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter CompetitionScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompetitionScreenshots(BrowserFixture browser)
{
    private const string OfficerEmail = "officer@demo.granthub.cn";
    private const string MemberEmail = "org@demo.granthub.cn";
    private const string PastEditionName = "仪征市第三届社区公益创投大赛";

    [ScreenshotFact]
    public async Task Take_screenshots_of_the_competition_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var ids = await PrepareAsync();
        var taken = new List<string>();

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
                if (path is not null)
                {
                    var response = await page.GotoAsync(path);
                    Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
                }
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                var file = Path.Combine(folder, $"{culture}-{width}-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                taken.Add(file);
            }
            // A refused form comes back with its messages: wait for them before the picture.
            static Task Refused(IPage page) =>
                Expect(page.Locator(".field-validation-error, main .alert-danger, #budget-problem").First).ToBeVisibleAsync();
            async Task<IBrowserContext> Context()
            {
                var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                return context;
            }

            // Anyone: the published calls.
            await using (var context = await Context())
            {
                var page = await context.NewPageAsync();
                await Shot(page, "competitions", "/competitions");
                await Shot(page, "competition-call-open", $"/competitions/{ids.OpenEdition}");
                await Shot(page, "competition-call-closed", $"/competitions/{ids.PastEdition}");
            }

            // The program officer: editions, their sections, the applications and screening.
            await using (var context = await Context())
            {
                var officer = await SignInAsync(context, OfficerEmail, DemoData.Password);
                await Shot(officer, "editions", "/editions");
                await Shot(officer, "edition-new", "/editions/new");
                await officer.Locator("#Name").FillAsync("");
                await officer.Locator("#Organizer").FillAsync("");
                await officer.Locator("#create-edition button[type=submit]").ClickAsync();
                await Refused(officer);
                await Shot(officer, "edition-new-errors");

                await Shot(officer, "edition-draft-overview", $"/editions/{ids.DraftEdition}");
                await Shot(officer, "competition-call-preview", $"/competitions/{ids.DraftEdition}");
                foreach (var section in new[] { "basics", "timeline", "rules", "review", "categories", "rubric", "awards" })
                    await Shot(officer, $"edition-draft-{section}", $"/editions/{ids.DraftEdition}/{section}");
                await officer.GotoAsync($"/editions/{ids.DraftEdition}/rules");
                await officer.Locator("#Form_Pool").FillAsync("100000");
                await officer.Locator("#Form_Cap").FillAsync("200000");
                await officer.Locator("#save-section").ClickAsync();
                await Refused(officer);
                await Shot(officer, "edition-draft-rules-errors");
                await Shot(officer, "edition-draft-applications-empty", $"/editions/{ids.DraftEdition}/applications");

                await Shot(officer, "edition-open-overview", $"/editions/{ids.OpenEdition}");
                foreach (var section in new[] { "timeline", "rules", "categories", "rubric" })
                    await Shot(officer, $"edition-open-{section}", $"/editions/{ids.OpenEdition}/{section}");
                await Shot(officer, "edition-open-applications", $"/editions/{ids.OpenEdition}/applications");
                await Shot(officer, "edition-past-applications-ineligible", $"/editions/{ids.PastEdition}/applications?status={ApplicationStatus.Ineligible}");
                await Shot(officer, "application-officer", $"/applications/{ids.Submitted}");
                await Shot(officer, "screening", $"/applications/{ids.Submitted}/screening");
                await officer.Locator("#screen-button").ClickAsync();
                await Refused(officer);
                await Shot(officer, "screening-errors");
                await Shot(officer, "screening-ineligible", $"/applications/{ids.Ineligible}/screening");
            }

            // The demo organization: its applications, a filled-in draft step by step, and its screened application of last year.
            await using (var context = await Context())
            {
                var member = await SignInAsync(context, MemberEmail, DemoData.Password);
                await Shot(member, "applications", "/applications");
                for (var step = 1; step <= 5; step++)
                    await Shot(member, $"application-step-{step}", $"/applications/{ids.FilledDraft}/edit/{step}");
                await member.GotoAsync($"/applications/{ids.FilledDraft}/edit/3");
                await member.Locator("#Form_Lines_0__UnitPrice").FillAsync("999999");
                await member.Locator("#save-continue").ClickAsync();
                await Refused(member);
                await Shot(member, "application-step-3-over-cap");
                await Shot(member, "application-draft", $"/applications/{ids.FilledDraft}");
                await Shot(member, "application-screened", $"/applications/{ids.PastApplication}");
            }

            // A new organization with a thin profile and an empty draft: empty states and the messages of each step.
            await using (var context = await Context())
            {
                var newcomer = await SignInAsync(context, ids.Newcomer.Email, ids.Newcomer.Password);
                await Shot(newcomer, "applications-newcomer", "/applications");
                await Shot(newcomer, "application-empty-step-1", $"/applications/{ids.EmptyDraft}/edit/1");
                await newcomer.Locator("#save-continue").ClickAsync();
                await Refused(newcomer);
                await Shot(newcomer, "application-empty-step-1-errors");
                await Shot(newcomer, "application-empty-step-2", $"/applications/{ids.EmptyDraft}/edit/2");
                await newcomer.Locator("#save-continue").ClickAsync();
                await Refused(newcomer);
                await Shot(newcomer, "application-empty-step-2-errors");
                await Shot(newcomer, "application-empty-step-3", $"/applications/{ids.EmptyDraft}/edit/3");
                await Shot(newcomer, "application-empty-step-4", $"/applications/{ids.EmptyDraft}/edit/4");
                await newcomer.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "项目计划书.pdf", MimeType = "application/pdf", Buffer = "not a PDF"u8.ToArray() });
                await newcomer.Locator("#upload-form button[type=submit]").ClickAsync();
                await Refused(newcomer);
                await Shot(newcomer, "application-empty-step-4-not-pdf");
                await Shot(newcomer, "application-empty-step-5", $"/applications/{ids.EmptyDraft}/edit/5");
            }
        }

        Assert.All(taken, f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    private sealed record Ids(
        Guid OpenEdition, Guid PastEdition, Guid DraftEdition, Guid Submitted, Guid Ineligible, Guid PastApplication, Guid FilledDraft,
        Guid EmptyDraft, TestUser Newcomer);

    /// <summary>
    /// Besides the demo's editions and applications: a draft edition, the demo organization's draft in the open edition
    /// filled in from its application to last year's edition with one PDF attached, and a newcomer organization's empty draft.
    /// </summary>
    private async Task<Ids> PrepareAsync()
    {
        var newcomer = await browser.App.CreateUserAsync("newcomer", Roles.OrganizationMember);
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);

        var open = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Name == DemoCompetitions.OpenEditionName);
        var pastId = await db.Editions.Where(e => e.Name == PastEditionName).Select(e => e.Id).SingleAsync();
        var memberId = await db.Users.Where(u => u.Email == MemberEmail).Select(u => u.Id).SingleAsync();
        var organizationId = await db.Organizations.Where(o => o.Name == DemoIncubation.DemoOrganizationName).Select(o => o.Id).SingleAsync();

        var draft = CompetitionEdition.Draft($"仪征市第五届社区公益创投大赛（{Guid.NewGuid().ToString("N")[..4]}）", today.Year, "仪征市民政局",
            today.AddMonths(1), today.AddMonths(2));
        db.Editions.Add(draft);

        var earlier = await db.Applications.AsNoTracking().Include(a => a.Budget)
            .SingleAsync(a => a.OrganizationId == organizationId && a.EditionId == pastId);
        var earlierCategory = await db.Set<EditionCategory>().Where(c => c.Id == earlier.CategoryId).Select(c => c.Name).SingleAsync();
        var filled = Application.Start(open, organizationId, memberId, now);
        filled.CopyFrom(earlier, open.Categories.FirstOrDefault(c => c.Name == earlierCategory)?.Id, now);
        var pdf = CompetitionJourneyTests.SmallPdf();
        var storedName = StoredNames.New("pdf");
        await files.SaveAsync(storedName, new MemoryStream(pdf));
        filled.Attach("项目计划书.pdf", storedName, pdf.Length, now);
        db.Applications.Add(filled);

        var organization = Organization.Register($"华兴新村乐龄合唱团（{Guid.NewGuid().ToString("N")[..4]}）", OrganizationType.CommunityOrganization,
            $"真州备字2024第{Random.Shared.Next(100, 1000)}号", "陈玉梅", "13912340000", newcomer.Id, now);
        db.Organizations.Add(organization);
        var empty = Application.Start(open, organization.Id, newcomer.Id, now);
        db.Applications.Add(empty);
        await db.SaveChangesAsync();

        var submitted = await db.Applications.Where(a => a.EditionId == open.Id && a.Status == ApplicationStatus.Submitted)
            .OrderBy(a => a.SubmittedAt).Select(a => a.Id).FirstAsync();
        var ineligible = await db.Applications.Where(a => a.Status == ApplicationStatus.Ineligible)
            .OrderBy(a => a.SubmittedAt).Select(a => a.Id).FirstAsync();
        return new Ids(open.Id, pastId, draft.Id, submitted, ineligible, earlier.Id, filled.Id, empty.Id, newcomer);
    }
}
