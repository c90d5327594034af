using System.Globalization;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
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
/// A grant from its agreement to its first payment, clicked in a Chinese browser: the program officer opens a funded
/// project awaiting its agreement from the edition's ledger and drafts the agreement (the amount, 50/30/20, the first
/// tranche paid on signing); a member of the organization confirms it with the day signed and the signed PDF; the
/// officer requests the first tranche; finance approves it and records the bank's payment from the finance desk; the
/// member then reads the tranche as paid on the project's page and in the organization's grants, and what unlocks the
/// next one. The funded project (an edition of its own whose results are final, a demo organization with a member
/// account) is set up through the database, so the journey leaves the demo's own grants as they are.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundingJourneyTests(BrowserFixture browser)
{
    private const string OfficerEmail = "officer@demo.granthub.cn";
    private const string FinanceEmail = "finance@demo.granthub.cn";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task The_officer_drafts_the_organization_confirms_finance_pays_and_the_organization_sees_the_first_tranche_paid()
    {
        var setup = await SetUpFundedProjectAsync(Money.FromYuan(80_000m));
        var (first, second, third) = (Money.FromYuan(40_000m), Money.FromYuan(24_000m), Money.FromYuan(16_000m));
        var bankReference = $"ICBC-{setup.Run}-0001";

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var flash = page.Locator("main > .alert-success[role=status]");
        var project = page.Locator("#project-name");
        var grantStatus = page.Locator("#grant-status .grant-status");

        // 1. The officer finds the project awaiting its agreement in the edition's ledger and opens it.
        await SignInAsync(page, OfficerEmail);
        await page.GotoAsync($"/editions/{setup.EditionId}/grants");
        var ledgerRow = page.Locator($"#ledger-table tr[data-grant-id='{setup.GrantId}']");
        await Expect(ledgerRow.Locator(".grant-status").First).ToHaveTextAsync(Zh(EnumLabels.Of(GrantStatus.AwaitingAgreement)));
        await Expect(ledgerRow.Locator("[data-col=decided]")).ToHaveTextAsync(setup.Decided.ToString());
        await ledgerRow.Locator($"a[href='/grants/{setup.GrantId}']").ClickAsync();
        await Expect(project).ToHaveTextAsync(setup.ProjectName);
        await Expect(page.Locator("#no-agreement")).ToHaveTextAsync(Zh("No agreement yet: the program officer drafts it from the decided amount of {0}.", setup.Decided));

        // 2. Drafts the agreement: the amount, 50/30/20 with the first tranche paid on signing; previews, then saves.
        await page.Locator("#draft-link").ClickAsync();
        await page.Locator("#Form_AmountYuan").FillAsync("80000");
        await Expect(page.Locator("#template-FiftyThirtyTwenty")).ToBeCheckedAsync();
        await page.Locator("#plan-rows .plan-row[data-row='0'] select.trigger").SelectOptionAsync(nameof(TrancheTrigger.AgreementSigned));
        await page.Locator("#preview-button").ClickAsync();
        var preview = page.Locator("#preview .plan-table");
        await Expect(preview.Locator("tbody tr td:nth-child(2)")).ToHaveTextAsync([first.ToString(), second.ToString(), third.ToString()]);
        await Expect(preview.Locator("tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync(Zh(EnumLabels.Of(TrancheTrigger.AgreementSigned)));
        await Expect(preview.Locator(".plan-total")).ToHaveTextAsync(setup.Decided.ToString());
        await page.Locator("#save-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/grants/{setup.GrantId}"));
        await Expect(flash).ToHaveTextAsync(Zh("The agreement is drafted: {0} in {1} tranches. {2} members of the organization are asked by e-mail to confirm it.",
            setup.Decided, 3, setup.Members));
        await Expect(grantStatus).ToHaveTextAsync(Zh(EnumLabels.Of(GrantStatus.AgreementDrafted)));
        await Expect(page.Locator("#agreed-amount")).ToHaveTextAsync(setup.Decided.ToString());
        await SignOutAsync(page);

        // 3. A member of the organization opens the project from the organization's grants and confirms the agreement.
        await SignInAsync(page, setup.MemberEmail);
        await page.GotoAsync("/organization");
        await page.Locator("a#grants-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/organization/grants"));
        var mine = page.Locator($"#ledger-table tr[data-grant-id='{setup.GrantId}']");
        await Expect(mine.Locator(".next-step").First).ToHaveTextAsync(Zh("The organization confirms the agreement"));
        await mine.Locator($"a[href='/grants/{setup.GrantId}']").ClickAsync();
        await page.Locator("#confirm-link").ClickAsync();
        await Expect(page.Locator("#terms #agreed-amount")).ToHaveTextAsync(setup.Decided.ToString());
        await Expect(page.Locator("#terms .plan-table tbody tr")).ToHaveCountAsync(3);
        await page.Locator("#Form_SignedOn").FillAsync(setup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "资助协议（已签章）.pdf", MimeType = "application/pdf", Buffer = CompetitionJourneyTests.SmallPdf() });
        await page.Locator("#confirm-form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url($"/grants/{setup.GrantId}"));
        await Expect(flash).ToHaveTextAsync(Zh("The agreement is confirmed. Payable now: tranche {0}; the program officer requests it from finance.", "1"));
        await Expect(grantStatus).ToHaveTextAsync(Zh(EnumLabels.Of(GrantStatus.InProgress)));
        await Expect(page.Locator("#signed-on")).ToHaveTextAsync(setup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#scan-link")).ToHaveTextAsync("资助协议（已签章）.pdf");
        await Expect(page.Locator("#next-tranche")).ToHaveTextAsync(Zh("Tranche {0} of {1} is payable: the program officer asks finance to pay it.", 1, first));
        await SignOutAsync(page);

        // 4. The officer requests the first tranche from the project's page.
        await SignInAsync(page, OfficerEmail);
        await page.GotoAsync($"/grants/{setup.GrantId}");
        var tranches = page.Locator("#tranches-block tr.tranche-row");
        await Expect(tranches.Locator(".tranche-status")).ToHaveTextAsync(
            [Zh(EnumLabels.Of(TrancheStatus.Eligible)), Zh(EnumLabels.Of(TrancheStatus.Planned)), Zh(EnumLabels.Of(TrancheStatus.Planned))]);
        await Expect(page.Locator("#tranches-block .request-form")).ToHaveCountAsync(1);
        await page.Locator("#tranches-block .request-form button[type=submit]").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("Tranche {0} ({1}) is requested. The finance officers are told by e-mail.", 1, first));
        await Expect(tranches.First.Locator(".tranche-status")).ToHaveTextAsync(Zh(EnumLabels.Of(TrancheStatus.Requested)));
        await SignOutAsync(page);

        // 5. Finance (not the requester) approves it on the finance desk, then records the bank's payment.
        await SignInAsync(page, FinanceEmail);
        await page.GotoAsync("/finance");
        var toApprove = page.Locator("#awaiting-approval li", new() { Has = page.Locator($"a[href='/grants/{setup.GrantId}']") });
        await Expect(toApprove.Locator(".amount")).ToHaveTextAsync(first.ToString());
        await toApprove.Locator(".approve-form button[type=submit]").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("Tranche {0} ({1}) is approved and can now be paid.", 1, first));
        await Expect(toApprove).ToHaveCountAsync(0);

        var toPay = page.Locator("#awaiting-payment li", new() { Has = page.Locator($"a[href='/grants/{setup.GrantId}']") });
        await toPay.Locator("input[name=BankReference]").FillAsync(bankReference);
        await toPay.Locator("input[name=PaidOn]").FillAsync(setup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await toPay.Locator(".pay-form button[type=submit]").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("Tranche {0} ({1}) is recorded as paid. The organization is told by e-mail.", 1, first));
        await Expect(toPay).ToHaveCountAsync(0);
        await SignOutAsync(page);

        // 6. The member reads the tranche as paid, the figures, and what unlocks the next one.
        await SignInAsync(page, setup.MemberEmail);
        await page.GotoAsync($"/grants/{setup.GrantId}");
        var paidRow = tranches.First;
        await Expect(paidRow.Locator(".tranche-status")).ToHaveTextAsync(Zh(EnumLabels.Of(TrancheStatus.Paid)));
        await Expect(paidRow.Locator(".bank-reference")).ToHaveTextAsync(bankReference);
        await Expect(page.Locator("#figure-paid")).ToHaveTextAsync(first.ToString());
        await Expect(page.Locator("#figure-remaining")).ToHaveTextAsync((second + third).ToString());
        await Expect(page.Locator("#next-tranche")).ToHaveTextAsync(
            Zh("Tranche {0} of {1} can be requested for payment once the mid-term evaluation is passed.", 2, second));

        await page.GotoAsync("/organization/grants");
        await Expect(mine.Locator("[data-col=paid]")).ToHaveTextAsync(first.ToString());
        await Expect(mine.Locator("[data-col=remaining]")).ToHaveTextAsync((second + third).ToString());
        await Expect(mine.Locator(".next-step").First).ToHaveTextAsync(Zh("Mid-term evaluation (tranche {0})", 2));
    }

    /// <summary>
    /// An edition of its own, its results final: one application of a demo organization that has a member account (one
    /// of the demo's contactNN@ signers) and a bank account, funded with <paramref name="decided"/>, and the grant that
    /// finalizing opened, awaiting its agreement.
    /// </summary>
    private async Task<SetUp> SetUpFundedProjectAsync(Money decided)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var run = Guid.NewGuid().ToString("N")[..6];
        var officerId = await db.Users.Where(u => u.Email == OfficerEmail).Select(u => u.Id).SingleAsync();
        var member = await (from m in db.OrganizationMembers
                            join u in db.Users on m.UserId equals u.Id
                            join o in db.Organizations on m.OrganizationId equals o.Id
                            where u.Email!.StartsWith("contact") && o.BankAccountNumber != "" && o.BankName != "" && o.BankAccountName != ""
                            orderby u.Email
                            select new { m.OrganizationId, m.UserId, Email = u.Email! }).FirstAsync();
        var members = await db.OrganizationMembers.CountAsync(m => m.OrganizationId == member.OrganizationId);

        // Drafted before it opened (its rules freeze then), open for two weeks two months ago.
        var opensOn = today.AddDays(-60);
        var edition = CompetitionEdition.Draft($"资金拨付旅程测试大赛（{run}）", opensOn.Year, "仪征市民政局", opensOn, opensOn.AddDays(14));
        var drafted = ChinaTime.StartOfDayUtc(opensOn.AddDays(-10));
        edition.SetRules(Money.FromYuan(500_000m), Money.FromYuan(100_000m), 0, [], null, EvaluationGrade.None,
            requiresResidency: false, allowsSeveralApplications: false, drafted);
        edition.SetCategories(["为老服务"], drafted);
        edition.SetReview(1, AggregationMethod.Mean, blindReview: false, commentBelowPercent: 0);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();

        var applied = ChinaTime.StartOfDayUtc(opensOn.AddDays(2));
        var projectName = $"银龄食堂助餐项目（{run}）";
        var application = Application.Start(edition, member.OrganizationId, member.UserId, applied);
        application.DescribeProject(projectName, edition.Categories.Single().Id, "为社区独居老人提供午餐和陪伴。", applied);
        application.DescribePlan("社区独居老人吃饭难。", "一年服务不少于300人次。", "每周三次送餐上门。", "社区独居老人", 120,
            "社工2名，志愿者20名。", "志愿者流失：建立激励机制。", applied);
        application.SetBudget(
        [
            ("送餐与陪伴", "食材、餐盒与交通", Money.FromYuan(90_000m), 1, FundsSource.Fiscal),
            ("场地", "社区提供的场地（折算）", Money.FromYuan(5_000m), 1, FundsSource.Matching),
        ], applied);
        application.Submit(edition, applied);
        application.Screen(true, null, officerId, applied);
        db.Applications.Add(application);
        await db.SaveChangesAsync();

        // Decided and published a month ago, so the publicity period is over: finalizing opens the grant.
        var published = now.AddDays(-30);
        var decision = Decision.Make(edition, application, DecisionOutcome.Funded, decided, null, DecidedSoFar.Nothing, officerId, published);
        db.Decisions.Add(decision);
        var publicity = Publicity.Publish(edition, [application.Id], [decision], officerId, published);
        publicity.Finalize([], [decision], officerId, now);
        db.Publicities.Add(publicity);
        var grant = Grant.Open(decision, member.OrganizationId, now);
        db.Grants.Add(grant);
        await db.SaveChangesAsync();
        return new SetUp(run, edition.Id, grant.Id, projectName, decided, member.Email, members, today);
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

    private sealed record SetUp(string Run, Guid EditionId, Guid GrantId, string ProjectName, Money Decided, string MemberEmail, int Members, DateOnly Today);
}
