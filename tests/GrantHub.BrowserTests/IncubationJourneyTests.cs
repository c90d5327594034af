using System.Globalization;
using System.Text.RegularExpressions;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using GrantHub.Web.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using static GrantHub.BrowserTests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Incubation from end to end, clicked as people click it in a Chinese browser: a newcomer registers an organization
/// with its first account and applies for residency; the center's staff member reviews, admits, serves, assesses and
/// graduates it; the organization then sees that it graduated and opens its certificate.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class IncubationJourneyTests(BrowserFixture browser)
{
    private const string CenterName = "嘉禾社区社会组织孵化中心";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task A_newcomer_registers_applies_is_admitted_served_and_graduated_and_sees_the_certificate()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var organizationName = $"嘉禾社区邻里读书会（{run}）";
        var email = $"journey-{run}@example.cn";
        const string password = "Reading-together-2026";
        var mobile = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var staff = DemoData.Accounts.Single(a => a.Email == "staff@demo.granthub.cn");

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var flash = page.Locator("main > .alert-success[role=status]");

        // 1. The newcomer registers the organization together with an account.
        await page.GotoAsync("/organizations/register");
        await page.Locator("#Name").FillAsync(organizationName);
        await page.Locator("#Type").SelectOptionAsync(nameof(OrganizationType.CommunityOrganization));
        await Expect(page.Locator("#FilingNumber")).ToBeVisibleAsync();
        await Expect(page.Locator("#CreditCode")).ToBeHiddenAsync();
        await page.Locator("#FilingNumber").FillAsync($"真州备字2026第{run}号");
        await page.Locator("#ContactPerson").FillAsync("孙慧敏");
        await page.Locator("#ContactMobile").FillAsync(mobile);
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#ConfirmPassword").FillAsync(password);
        await page.Locator("#register-organization button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url("/organization"));
        await Expect(flash).ToHaveTextAsync(Zh("Your organization is registered. Complete its profile whenever you are ready."));
        await Expect(page.Locator("#organization-name")).ToHaveTextAsync(organizationName);
        await Expect(page.Locator("#signed-in-as")).ToHaveAttributeAsync("title", email);

        // 2. It applies for residency at 嘉禾 and says what it needs.
        await page.Locator("#main-nav a[href='/residency']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/residency"));
        await Expect(page.Locator(".residency-card")).ToHaveCountAsync(0);
        await page.Locator("#apply-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/residency/apply"));
        await page.Locator("#apply-form label.list-group-item", new() { HasTextString = CenterName }).Locator("input[type=radio]").CheckAsync();
        await page.Locator("#Form_Needs").FillAsync("每周一次的活动场地，以及项目设计和财务管理方面的培训。");
        await page.Locator("#apply-form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url("/residency"));
        await Expect(flash).ToHaveTextAsync(Zh("Your application has been sent. The center answers within {0} working days.", WorkingDays.ReviewTarget));
        var card = page.Locator(".residency-card");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.Applied));
        await Expect(card.Locator("h2")).ToHaveTextAsync(CenterName);
        await Expect(card.Locator(".badge")).ToHaveTextAsync(Status(ResidencyStatus.Applied));
        await SignOutAsync(page);

        // 3. The center's staff member finds the application in the queue and starts the review.
        await SignInAsync(page, staff.Email, DemoData.Password);
        await page.Locator("#main-nav a[href='/center']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/center"));
        await Expect(page.Locator("#waiting-card")).ToBeVisibleAsync();
        await page.Locator(".center-nav a[href='/center/applications']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/center/applications"));
        var application = await FindInQueueAsync(page, organizationName);
        await Expect(application.Locator("xpath=ancestor::tr")).ToHaveAttributeAsync("data-overdue", "false");
        await application.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(organizationName);
        var status = page.Locator("#residency-status");
        await Expect(status).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.Applied));
        await Expect(page.GetByText("每周一次的活动场地")).ToBeVisibleAsync();
        await Expect(page.Locator("#working-days")).ToBeVisibleAsync();
        await page.Locator("#review-form button[type=submit]").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("The review has started."));
        await Expect(status).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.UnderReview));
        await Expect(status).ToHaveTextAsync(Status(ResidencyStatus.UnderReview));
        await Expect(page.Locator("#review-form")).ToHaveCountAsync(0);

        // 4. Admits it as a virtual resident (the agreement's start date and term come prefilled: today, 12 months).
        await page.Locator("#placement-virtual").CheckAsync();
        await page.Locator("#admit-form button[type=submit]").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("Admitted as a virtual resident."));
        await Expect(status).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.Admitted));
        await Expect(status).ToHaveTextAsync(Status(ResidencyStatus.Admitted));
        await Expect(page.Locator("#placement")).ToHaveTextAsync(Zh(EnumLabels.Of(Placement.Virtual)));
        await Expect(page.Locator("#admit-form")).ToHaveCountAsync(0);

        // 5. Records a training it gave.
        const string topic = "项目书写作入门培训";
        await page.Locator("#Service_Type").SelectOptionAsync(nameof(ServiceType.Training));
        await page.Locator("#Service_Topic").FillAsync(topic);
        await page.Locator("#Service_Hours").FillAsync("2");
        await page.Locator("#Service_Attendees").FillAsync("6");
        await page.Locator("#service-form button[type=submit]").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("The service has been recorded."));
        await Expect(page.Locator("#services-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#services-table tbody tr")).ToContainTextAsync(topic);

        // 6. Records a passing graduation assessment on the four dimensions.
        var readiness = page.Locator("#graduation-readiness");
        await Expect(readiness.Locator(".text-secondary")).ToBeVisibleAsync();
        await page.Locator("#Assessment_Kind").SelectOptionAsync(nameof(AssessmentKind.Graduation));
        await page.Locator("#Assessment_Governance").FillAsync("20");
        await page.Locator("#Assessment_Team").FillAsync("18");
        await page.Locator("#Assessment_Finance").FillAsync("17");
        await page.Locator("#Assessment_ProjectOperation").FillAsync("19");
        await page.Locator("#Assessment_Comment").FillAsync("制度健全，骨干稳定，可以独立运作。");
        await page.Locator("#assessment-form button[type=submit]").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("The assessment has been recorded: {0} points.", 74));
        await Expect(page.Locator("#assessments-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#assessments-table tbody tr")).ToContainTextAsync(Zh(EnumLabels.Of(AssessmentKind.Graduation)));
        await Expect(readiness.Locator(".text-success")).ToBeVisibleAsync();

        // 7. Graduates it (出壳): the certificate gets the next number of the center's year.
        await page.Locator("#graduate-form button[type=submit]").ClickAsync();

        await Expect(status).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.Graduated));
        await Expect(status).ToHaveTextAsync(Status(ResidencyStatus.Graduated));
        await Expect(page.Locator("#certificate-number")).ToHaveTextAsync(CertificateNumber());
        var certificateNumber = (await page.Locator("#certificate-number").TextContentAsync())!.Trim();
        await Expect(flash).ToHaveTextAsync(Zh("Graduated, with certificate {0}.", certificateNumber));
        await Expect(page.Locator("#graduate-form")).ToHaveCountAsync(0);
        await SignOutAsync(page);

        // 8. The organization's person signs in again, sees the graduation and opens the certificate.
        await SignInAsync(page, email, password);
        await page.Locator("#main-nav a[href='/residency']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/residency"));
        await Expect(card).ToHaveAttributeAsync("data-status", nameof(ResidencyStatus.Graduated));
        await Expect(card.Locator(".badge")).ToHaveTextAsync(Status(ResidencyStatus.Graduated));
        await Expect(card.Locator(".next-step")).ToContainTextAsync(certificateNumber);
        await page.Locator("#certificate-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(CertificateUrl());
        await Expect(page.Locator("#certificate h1")).ToHaveTextAsync(Zh("Graduation certificate"));
        await Expect(page.Locator("#certificate-organization")).ToHaveTextAsync(organizationName);
        await Expect(page.Locator("#certificate-number")).ToHaveTextAsync(certificateNumber);
        await Expect(page.Locator("#certificate")).ToContainTextAsync(CenterName);
    }

    /// <summary>The review queue is oldest first: a new application is on the last page, reached with "Next".</summary>
    private static async Task<ILocator> FindInQueueAsync(IPage page, string organizationName)
    {
        var link = page.Locator(".waiting-table a", new() { HasTextString = organizationName });
        var next = page.Locator(".pagination .page-item").Last;
        for (var number = 2; await link.CountAsync() == 0; number++)
        {
            Assert.True(await next.CountAsync() > 0 && !(await next.GetAttributeAsync("class"))!.Contains("disabled"),
                $"{organizationName} is not in the review queue.");
            await next.Locator("a").ClickAsync();
            await Expect(page.Locator(".pagination .page-item.active")).ToHaveTextAsync(new Regex($@"^\s*{number} /"));
        }
        return link;
    }


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

    private string Status(ResidencyStatus status) => Zh(EnumLabels.Of(status));

    [GeneratedRegex(@"^\s*FH-\d{4}-\d{2}-\d{4}\s*$")]
    private static partial Regex CertificateNumber();

    [GeneratedRegex(@"/residencies/[0-9a-f-]{36}/certificate$")]
    private static partial Regex CertificateUrl();
}
