using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Organizations;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Competitions;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using static GrantHub.BrowserTests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// A venture competition from end to end, clicked as people click it in a Chinese browser: the program officer drafts
/// an edition, sets its money, eligibility and categories and publishes the call; the demo organization applies,
/// reusing its application to last year's edition so that the form comes filled in, attaches a PDF and submits; the officer screens the
/// application and passes it; the organization then reads that it is eligible.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CompetitionJourneyTests(BrowserFixture browser)
{
    /// <summary>The demo organization applied to this edition (see DemoCompetitions): its application is the one to reuse.</summary>
    private const string EarlierEditionName = "仪征市第三届社区公益创投大赛";

    private const string NewCategory = "社区治理";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task An_officer_publishes_an_edition_the_organization_applies_with_its_previous_application_and_the_officer_screens_it()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var editionName = $"仪征市第五届社区公益创投大赛（{run}）";
        const string call = "围绕为老服务和社区治理，面向本市社区社会组织征集公益服务项目。\n项目周期一年，资助资金分两期拨付。";
        var officer = DemoData.Accounts.Single(a => a.Email == "officer@demo.granthub.cn");
        var member = DemoData.Accounts.Single(a => a.Email == "org@demo.granthub.cn");
        var today = ChinaTime.Today(browser.App.Services.GetRequiredService<TimeProvider>());
        var closesOn = today.AddDays(30);
        var earlier = await EarlierApplicationAsync();
        var fileName = $"项目计划书-{run}.pdf";
        string[] categories = [.. new[] { "为老服务", earlier.CategoryName, NewCategory }.Distinct()];

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var flash = page.Locator("main > .alert-success[role=status]");

        // 1. The officer opens the editions and drafts a new one that opens today and closes in 30 days.
        await SignInAsync(page, officer.Email, DemoData.Password);
        await page.Locator("#competitions-menu").ClickAsync();
        await page.Locator("#main-nav a[href='/editions']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/editions"));
        await Expect(page.Locator("#editions-table tr[data-edition-id]", new() { HasTextString = DemoCompetitions.OpenEditionName })).ToHaveCountAsync(1);
        await page.Locator("#new-edition").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/editions/new"));
        await Expect(page.Locator("#Organizer")).ToHaveValueAsync("仪征市民政局");
        await Expect(page.Locator("#Year")).ToHaveValueAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Name").FillAsync(editionName);
        await page.Locator("#OpensOn").FillAsync(Iso(today));
        await page.Locator("#ClosesOn").FillAsync(Iso(closesOn));
        await page.Locator("#create-edition button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(EditionUrl());
        var editionId = Guid.Parse(EditionUrl().Match(page.Url).Groups[1].Value);
        await Expect(flash).ToHaveTextAsync(Zh("The edition has been created as a draft with the default rubric. Set its money, categories and call, then publish it."));
        await Expect(page.Locator("#edition-name")).ToHaveTextAsync(editionName);
        await Expect(page.Locator(".phase-badge")).ToHaveAttributeAsync("data-phase", "draft");
        var checklist = page.Locator("#publish-checklist li[data-blocking=true]");
        await Expect(checklist).ToHaveTextAsync([Zh("Set the pool and the cap per project."), Zh("Add at least one category.")]);
        await Expect(page.Locator("#publish-button")).ToBeDisabledAsync();

        // 2. Writes the call (申报指南).
        await page.Locator("#section-basics a[data-edit=basics]").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}/basics"));
        await Expect(page.Locator("#Form_Name")).ToHaveValueAsync(editionName);
        await page.Locator("#Form_Call").FillAsync(call);
        await page.Locator("#save-section").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("{0}: saved.", Zh("Name and call")));

        // 3. Money and eligibility: a pool of ¥400,000, at most ¥30,000 per project, matching funds of at least 10%, for
        //    community organizations and social service organizations.
        await page.Locator("#section-rules a[data-edit=rules]").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}/rules"));
        await page.Locator("#Form_Pool").FillAsync("400000");
        await page.Locator("#Form_Cap").FillAsync("30000");
        await page.Locator("#Form_MinMatchingPercent").FillAsync("10");
        await page.Locator($"#type-{nameof(OrganizationType.CommunityOrganization)}").CheckAsync();
        await page.Locator($"#type-{nameof(OrganizationType.SocialServiceOrganization)}").CheckAsync();
        await page.Locator("#save-section").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}"));
        await Expect(flash).ToHaveTextAsync(Zh("{0}: saved.", Zh("Money and eligibility")));
        await Expect(page.Locator("#overview-pool")).ToHaveTextAsync("¥400,000.00");
        await Expect(page.Locator("#overview-cap")).ToHaveTextAsync("¥30,000.00");
        await Expect(checklist).ToHaveTextAsync([Zh("Add at least one category.")]);

        // 4. Categories, one per line.
        await page.Locator("#section-categories a[data-edit=categories]").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}/categories"));
        await page.Locator("#Form_Categories").FillAsync(string.Join("\n", categories));
        await page.Locator("#save-section").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("{0}: saved.", Zh("Categories")));
        await Expect(page.Locator("#section-categories .badge")).ToHaveTextAsync(categories);
        await Expect(checklist).ToHaveCountAsync(0);

        // 5. Publishes the call: it is open from today.
        await page.Locator("#publish-button").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("The edition is published: its call is public and it takes applications between its dates."));
        await Expect(page.Locator(".phase-badge")).ToHaveAttributeAsync("data-phase", "open");
        await Expect(page.Locator(".phase-badge")).ToHaveTextAsync(Zh("Open until {0}", Iso(closesOn)));
        await Expect(page.Locator("#publish-box")).ToHaveCountAsync(0);
        await Expect(page.Locator("#no-applications")).ToBeVisibleAsync();
        await SignOutAsync(page);

        // 6. The demo organization's person finds the new edition among the competitions, open.
        await SignInAsync(page, member.Email, DemoData.Password);
        await page.Locator("#main-nav a[href='/competitions']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/competitions"));
        var card = page.Locator($".competition-card[data-edition-id='{editionId}']");
        await Expect(card).ToHaveAttributeAsync("data-phase", nameof(EditionPhase.Open));
        await Expect(card.Locator("h2")).ToHaveTextAsync(editionName);
        await Expect(card.Locator(".phase-badge")).ToHaveTextAsync(Zh("Open until {0}", Iso(closesOn)));
        await Expect(card.Locator(".key-facts")).ToContainTextAsync("¥30,000.00");
        await card.Locator($"a[href='/competitions/{editionId}']").ClickAsync();

        // 7. Reads the call and applies.
        await Expect(page).ToHaveURLAsync(Url($"/competitions/{editionId}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(editionName);
        await Expect(page.Locator("#call-text")).ToContainTextAsync("项目周期一年");
        await Expect(page.Locator("#cap")).ToHaveTextAsync("¥30,000.00");
        await Expect(page.Locator("#apply-box")).ToContainTextAsync(Zh("Applications are open."));
        await page.Locator("#apply-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(StepUrl(1));
        var applicationId = Guid.Parse(StepUrl(1).Match(page.Url).Groups[1].Value);
        await Expect(flash).ToHaveTextAsync(Zh("Your draft is started. Each step is saved as you go; submit it before the end of {0}.", Iso(closesOn)));
        await Expect(page.Locator("h1")).ToHaveTextAsync(Zh("New application"));
        await Expect(page.Locator("#Form_ProjectName")).ToHaveValueAsync("");

        // 8. Step 1: reuses last year's application, so the project comes filled in, its category too (the new edition has
        //    one of the same name); this time the project goes in the new category.
        var reuse = page.Locator("#reuse-card");
        await Expect(reuse).ToContainTextAsync(earlier.ProjectName);
        await Expect(reuse).ToContainTextAsync(EarlierEditionName);
        await page.Locator("#reuse-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(StepUrl(1));
        await Expect(flash).ToHaveTextAsync(Zh("Copied from \"{0}\" ({1}): read each step and change what is different this time.", earlier.ProjectName, EarlierEditionName));
        await Expect(page.Locator("h1")).ToHaveTextAsync(earlier.ProjectName);
        await Expect(page.Locator("#Form_ProjectName")).ToHaveValueAsync(earlier.ProjectName);
        await Expect(page.Locator("#Form_Summary")).ToHaveValueAsync(earlier.Summary);
        var category = page.Locator("#Form_CategoryId");
        await Expect(category.Locator("option:checked")).ToHaveTextAsync(earlier.CategoryName);
        await category.SelectOptionAsync(new SelectOptionValue { Label = NewCategory });
        await page.Locator("#save-continue").ClickAsync();

        // 9. Step 2: the plan is filled in from last year's as well.
        await Expect(page).ToHaveURLAsync(StepUrl(2));
        await Expect(page.Locator("#application-steps a[data-step='1']")).ToHaveAttributeAsync("data-done", "true");
        await Expect(page.Locator("#Form_NeedAnalysis")).ToHaveValueAsync(earlier.NeedAnalysis);
        await Expect(page.Locator("#Form_Goals")).ToHaveValueAsync(earlier.Goals);
        await Expect(page.Locator("#Form_Activities")).ToHaveValueAsync(earlier.Activities);
        await Expect(page.Locator("#Form_Beneficiaries")).ToHaveValueAsync(earlier.Beneficiaries);
        await Expect(page.Locator("#Form_BeneficiaryCount")).ToHaveValueAsync(earlier.BeneficiaryCount!.Value.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#Form_Team")).ToHaveValueAsync(earlier.Team);
        await page.Locator("#save-continue").ClickAsync();

        // 10. Step 3: the budget lines and their totals, within the cap and with enough matching funds.
        await Expect(page).ToHaveURLAsync(StepUrl(3));
        var totals = BudgetTotals.Of(earlier.Budget);
        await Expect(page.Locator(".budget-row[data-blank=false]")).ToHaveCountAsync(earlier.Budget.Count);
        await Expect(page.Locator("#Form_Lines_0__Subject")).ToHaveValueAsync(earlier.Budget.OrderBy(b => b.Order).First().Subject);
        await Expect(page.Locator("#total-fiscal")).ToHaveTextAsync(totals.Fiscal.ToString());
        await Expect(page.Locator("#total-matching")).ToHaveTextAsync(totals.Matching.ToString());
        await Expect(page.Locator("#total-all")).ToHaveTextAsync(totals.Total.ToString());
        await Expect(page.Locator("#rule-cap")).ToHaveClassAsync(new Regex(@"\btext-success\b"));
        await Expect(page.Locator("#rule-matching")).ToHaveClassAsync(new Regex(@"\btext-success\b"));
        await Expect(page.Locator("#rule-matching")).ToContainTextAsync(totals.MatchingRequired(10).ToString());
        await page.Locator("#save-continue").ClickAsync();

        // 11. Step 4: attaches a PDF through the file input.
        await Expect(page).ToHaveURLAsync(StepUrl(4));
        await Expect(page.Locator("#no-attachments")).ToBeVisibleAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = SmallPdf() });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(StepUrl(4));
        await Expect(flash).ToHaveTextAsync(Zh("{0} is attached.", fileName));
        await Expect(page.Locator("#attachment-list li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#attachment-list li a")).ToHaveTextAsync(fileName);
        await page.Locator("#to-review").ClickAsync();

        // 12. Step 5: the applicant comes from the organization's profile, nothing is missing; submits.
        await Expect(page).ToHaveURLAsync(StepUrl(5));
        await Expect(page.Locator("#applicant-profile [data-profile-field=name]")).ToContainTextAsync(DemoIncubation.DemoOrganizationName);
        await Expect(page.Locator("#applicant-profile [data-profile-field=type]")).ToHaveTextAsync(Zh(EnumLabels.Of(OrganizationType.CommunityOrganization)));
        await Expect(page.Locator("#section-project [data-field=project-name]")).ToHaveTextAsync(earlier.ProjectName);
        await Expect(page.Locator("#section-project")).ToContainTextAsync(NewCategory);
        await Expect(page.Locator("#view-fiscal")).ToHaveTextAsync(totals.Fiscal.ToString());
        await Expect(page.Locator("#section-attachments .attachment-link")).ToHaveTextAsync(fileName);
        await Expect(page.Locator("#missing-parts")).ToHaveCountAsync(0);
        await Expect(page.Locator("#budget-problem")).ToHaveCountAsync(0);
        await Expect(page.Locator("#eligibility-checks li[data-result=failed]")).ToHaveCountAsync(0);
        await page.Locator("#submit-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/applications/{applicationId}"));
        await Expect(flash).ToHaveTextAsync(Zh("Your application is submitted. A receipt has been sent to {0}.", member.Email));
        await Expect(page.Locator(".application-status")).ToHaveAttributeAsync("data-status", nameof(ApplicationStatus.Submitted));
        await Expect(page.Locator(".application-status")).ToHaveTextAsync(Zh(EnumLabels.Of(ApplicationStatus.Submitted)));
        await Expect(page.Locator("#application-status")).ToContainTextAsync(Zh("Next, the bureau checks eligibility; the result will show here."));
        await Expect(page.Locator($"#application-status a[href='/applications/{applicationId}/edit']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#withdraw-button")).ToBeVisibleAsync();
        Assert.True(await ReceiptQueuedAsync(applicationId, member.Email), "No receipt e-mail was queued for the submission.");
        await SignOutAsync(page);

        // 13. The officer finds the application in the edition's list and opens its screening.
        await SignInAsync(page, officer.Email, DemoData.Password);
        await page.Locator("#competitions-menu").ClickAsync();
        await page.Locator("#main-nav a[href='/editions']").ClickAsync();
        await page.Locator($"#editions-table tr[data-edition-id='{editionId}'] a[href='/editions/{editionId}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}"));
        await Expect(page.Locator($"#application-counts li[data-status={nameof(ApplicationStatus.Submitted)}]")).ToContainTextAsync("1");
        await page.Locator("#applications-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}/applications"));
        var row = page.Locator($"#application-table tr[data-application-id='{applicationId}']");
        await Expect(page.Locator("#application-table tbody tr")).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(earlier.ProjectName);
        await Expect(row).ToContainTextAsync(DemoIncubation.DemoOrganizationName);
        await Expect(row).ToContainTextAsync(NewCategory);
        await Expect(row.Locator(".application-status")).ToHaveAttributeAsync("data-status", nameof(ApplicationStatus.Submitted));
        await row.Locator($"a[href='/applications/{applicationId}/screening']").ClickAsync();

        // 14. Screens it: the automatic checks pass, ticks the manual checklist and passes it.
        await Expect(page).ToHaveURLAsync(Url($"/applications/{applicationId}/screening"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(earlier.ProjectName);
        await Expect(page.Locator($"#eligibility-checks li[data-rule='{Eligibility.TypeRule}']")).ToHaveAttributeAsync("data-result", "passed");
        await Expect(page.Locator("#eligibility-checks li[data-result=failed]")).ToHaveCountAsync(0);
        await page.Locator("#check-DocumentsAuthentic").CheckAsync();
        await page.Locator("#check-NoPenalties").CheckAsync();
        await page.Locator("#check-IndependentAccount").CheckAsync();
        await page.Locator("#decision-pass").CheckAsync();
        await page.Locator("#screen-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/editions/{editionId}/applications"));
        await Expect(flash).ToHaveTextAsync(Zh("The application passed eligibility screening."));
        await Expect(row.Locator(".application-status")).ToHaveAttributeAsync("data-status", nameof(ApplicationStatus.Eligible));
        await Expect(row.Locator(".application-status")).ToHaveTextAsync(Zh(EnumLabels.Of(ApplicationStatus.Eligible)));
        await SignOutAsync(page);

        // 15. The organization reads that its application is eligible.
        await SignInAsync(page, member.Email, DemoData.Password);
        await page.Locator("#main-nav a[href='/applications']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/applications"));
        var mine = page.Locator($".application-card[data-application-id='{applicationId}']");
        await Expect(mine).ToHaveAttributeAsync("data-status", nameof(ApplicationStatus.Eligible));
        await Expect(mine.Locator(".application-status")).ToHaveTextAsync(Zh(EnumLabels.Of(ApplicationStatus.Eligible)));
        await Expect(mine.Locator(".next-step")).ToHaveTextAsync(Zh("Passed eligibility screening. Next: expert review."));
        await mine.Locator($"h2 a[href='/applications/{applicationId}']").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/applications/{applicationId}"));
        var screenedAt = await ScreenedAtAsync(applicationId);
        await Expect(page.Locator("#application-status .text-success")).ToHaveTextAsync(Zh("Passed eligibility screening on {0}", screenedAt.ToChinaString()));
        await Expect(page.Locator("#application-status")).ToContainTextAsync(Zh("Next: expert review."));
    }

    /// <summary>The demo organization's application to last year's edition, with its category's name and its budget.</summary>
    private async Task<EarlierApplication> EarlierApplicationAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var organizationId = await db.Organizations.Where(o => o.Name == DemoIncubation.DemoOrganizationName).Select(o => o.Id).SingleAsync();
        var editionId = await db.Editions.Where(e => e.Name == EarlierEditionName).Select(e => e.Id).SingleAsync();
        var application = await db.Applications.AsNoTracking().Include(a => a.Budget)
            .SingleAsync(a => a.OrganizationId == organizationId && a.EditionId == editionId);
        var categoryName = await db.Set<EditionCategory>().Where(c => c.Id == application.CategoryId).Select(c => c.Name).SingleAsync();
        return new EarlierApplication(application, categoryName);
    }

    private async Task<bool> ReceiptQueuedAsync(Guid applicationId, string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var key = $"application-received:{applicationId}";
        return await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == key && m.To == email);
    }

    private async Task<DateTime> ScreenedAtAsync(Guid applicationId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        return await db.Applications.Where(a => a.Id == applicationId).Select(a => a.ScreenedAt!.Value).SingleAsync();
    }

    /// <summary>A one-page PDF 1.4 with a line of text and a correct cross-reference table, built byte by byte.</summary>
    internal static byte[] SmallPdf()
    {
        const string text = "BT /F1 18 Tf 72 760 Td (Project plan - community venture competition) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }


    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Url(string path) => new Uri(browser.BaseUrl, path).ToString();

    /// <summary>What the Chinese page says for an English localizer key, from the app's own translations.</summary>
    private string Zh(string key, params object[] args)
    {
        var localizer = browser.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return localizer[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed record EarlierApplication(Application Application, string CategoryName)
    {
        public string ProjectName => Application.ProjectName;
        public string Summary => Application.Summary;
        public string NeedAnalysis => Application.NeedAnalysis;
        public string Goals => Application.Goals;
        public string Activities => Application.Activities;
        public string Beneficiaries => Application.Beneficiaries;
        public int? BeneficiaryCount => Application.BeneficiaryCount;
        public string Team => Application.Team;
        public IReadOnlyList<BudgetLine> Budget => Application.Budget;
    }

    [GeneratedRegex(@"/editions/([0-9a-f-]{36})$")]
    private static partial Regex EditionUrl();

    private static Regex StepUrl(int step) => new($@"/applications/([0-9a-f-]{{36}})/edit/{step}$");
}
