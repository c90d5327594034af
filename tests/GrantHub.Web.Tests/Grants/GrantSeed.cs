using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Grants;

/// <summary>A finalized edition and the grants its decisions opened, in the order asked for: funded ones first, then awards.</summary>
internal sealed record SeededGrants(Guid EditionId, Guid[] Funded, Guid[] Awards, TestUser[] Members, Guid[] OrganizationIds, Money Pool)
{
    public Guid[] All => [.. Funded, .. Awards];
}

/// <summary>
/// Editions whose results went through publicity and were finalized the way the officer's pages do it, so that each
/// funded or awarded application has its grant; agreements drafted and confirmed straight through Core where a test
/// is about what comes after.
/// </summary>
internal static class GrantSeed
{
    public const decimal AwardYuan = 3_000m;
    public static readonly byte[] Pdf = ApplicationSteps.Pdf;

    /// <summary>
    /// An edition (pool ¥1,000,000, cap ¥200,000) with one application per amount in <paramref name="fundedYuan"/> (each
    /// funded with it) and <paramref name="awards"/> awarded ones (¥3,000 each), every applicant a different organization,
    /// the results finalized and the grants opened.
    /// </summary>
    public static async Task<SeededGrants> EditionAsync(ApplicationsFactory app, decimal[] fundedYuan, int awards = 0, bool bankComplete = true,
        decimal poolYuan = 1_000_000m)
    {
        var editionId = await app.WithDbAsync(async db =>
        {
            var drafted = ChinaTime.StartOfDayUtc(ApplicationsFactory.OpensOn.AddDays(-10));
            var edition = CompetitionEdition.Draft($"资金台账测试-{Guid.NewGuid():N}"[..16], 2026, "仪征市民政局", ApplicationsFactory.OpensOn, ApplicationsFactory.ClosesOn);
            edition.SetRules(Money.FromYuan(poolYuan), Money.FromYuan(200_000m), 0, [], null, EvaluationGrade.None, false, true, drafted);
            edition.SetCategories(ApplicationsFactory.Categories, drafted);
            edition.SetReview(3, AggregationMethod.Mean, false, 60);
            edition.SetAwardTiers([("优秀奖", Money.FromYuan(AwardYuan), Math.Max(1, awards))]);
            edition.Publish(drafted);
            db.Editions.Add(edition);
            await db.SaveChangesAsync();
            return edition.Id;
        });
        var members = new List<TestUser>();
        var organizations = new List<Guid>();
        var applications = new List<Guid>();
        var amounts = fundedYuan.Select(a => (decimal?)a).Concat(Enumerable.Repeat<decimal?>(null, awards)).ToList();
        for (var i = 0; i < amounts.Count; i++)
        {
            var (member, organizationId) = await app.CreateOrganizationAsync(complete: bankComplete);
            members.Add(member);
            organizations.Add(organizationId);
            applications.Add(await EligibleAsync(app, editionId, organizationId, member.Id, $"项目{i + 1}", amounts[i] ?? 10_000m));
        }
        var officer = await app.CreateUserAsync("decider", Roles.ProgramOfficer);
        var grants = await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId);
            var loaded = await db.Applications.Where(a => a.EditionId == editionId).ToDictionaryAsync(a => a.Id);
            var decisions = new List<Decision>();
            for (var i = 0; i < amounts.Count; i++)
            {
                var a = loaded[applications[i]];
                decisions.Add(amounts[i] is { } yuan
                    ? Decision.Make(edition, a, DecisionOutcome.Funded, Money.FromYuan(yuan), null, DecidedSoFar.Of(decisions, a.Id), officer.Id, app.Now)
                    : Decision.Make(edition, a, DecisionOutcome.Awarded, null, edition.AwardTiers[0].Id, DecidedSoFar.Of(decisions, a.Id), officer.Id, app.Now));
            }
            db.Decisions.AddRange(decisions);
            // Published a month ago, so the publicity period is over now.
            var publicity = GrantHub.Core.Judging.Publicity.Publish(edition, applications, decisions, officer.Id, app.Now.AddDays(-30));
            publicity.Finalize([], decisions, officer.Id, app.Now);
            db.Publicities.Add(publicity);
            var opened = decisions.Select((d, i) => Grant.Open(d, organizations[i], app.Now)).ToList();
            db.Grants.AddRange(opened);
            await db.SaveChangesAsync();
            return opened.Select(g => g.Id).ToArray();
        });
        return new SeededGrants(editionId, grants[..fundedYuan.Length], grants[fundedYuan.Length..], [.. members], [.. organizations], Money.FromYuan(poolYuan));
    }

    /// <summary>A submitted, eligible application requesting <paramref name="fiscalYuan"/> of fiscal funds.</summary>
    private static Task<Guid> EligibleAsync(ApplicationsFactory app, Guid editionId, Guid organizationId, string userId, string project, decimal fiscalYuan) =>
        app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
            var when = ApplicationsFactory.Start.UtcDateTime;
            var application = Application.Start(edition, organizationId, userId, when);
            application.DescribeProject(project, edition.Categories[0].Id, "为社区独居老人提供午餐和陪伴。", when);
            application.DescribePlan("独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", when);
            application.SetBudget([("项目执行", "送餐与陪伴", Money.FromYuan(fiscalYuan), 1, FundsSource.Fiscal), ("社区配套", "场地", Money.FromYuan(1_000m), 1, FundsSource.Matching)], when);
            application.Submit(edition, when);
            application.Screen(true, null, userId, when);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    /// <summary>The agreement drafted with <paramref name="template"/> and, unless <paramref name="confirm"/> is false, confirmed: through Core, as the pages would.</summary>
    public static Task AgreedAsync(ApplicationsFactory app, Guid grantId, TestUser member, TrancheTemplate template = TrancheTemplate.FiftyThirtyTwenty,
        bool confirm = true) => app.WithDbAsync(async db =>
    {
        var officer = await db.Users.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.ProgramOfficer)))
            .Select(u => u.Id).FirstAsync();
        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grantId);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == grant.OrganizationId);
        grant.DraftAgreement(grant.DecidedAmount, TranchePlan.FromTemplate(grant.DecidedAmount, template),
            new BankAccount(organization.BankAccountName, organization.BankName, organization.BankAccountNumber), officer, app.Now);
        if (confirm)
        {
            var today = ChinaTime.Today(app.Clock);
            grant.Confirm(member.Id, today, "协议.pdf", $"{Guid.NewGuid():N}.pdf", today, app.Now);
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Tranche <paramref name="number"/> requested by one officer, approved and paid by two finance officers.</summary>
    public static Task PaidAsync(ApplicationsFactory app, Guid grantId, int number, string requester, string approver, string payer) =>
        app.WithDbAsync(async db =>
        {
            var tranche = await db.Tranches.SingleAsync(t => t.GrantId == grantId && t.Number == number);
            tranche.Request(requester, app.Now);
            tranche.Approve(approver, app.Now);
            tranche.Pay(payer, $"BANK-{Guid.NewGuid():N}"[..20], ChinaTime.Today(app.Clock), ChinaTime.Today(app.Clock), app.Now);
            return await db.SaveChangesAsync();
        });

    public static async Task<HttpClient> OfficerAsync(ApplicationsFactory app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));

    public static Task<Grant> GrantAsync(ApplicationsFactory app, Guid id) =>
        app.WithDbAsync(db => db.Grants.AsNoTracking().Include(g => g.Tranches).SingleAsync(g => g.Id == id));

    /// <summary>The agreement form as the officer leaves it (template 50/30/20 by default) with what they type.</summary>
    public static Dictionary<string, string> Agreement(string amountYuan, string then = "save", TrancheTemplate? template = null) => new()
    {
        ["Form.AmountYuan"] = amountYuan,
        ["Form.Then"] = then,
        ["Form.Template"] = (template ?? TrancheTemplate.FiftyThirtyTwenty).ToString(),
    };

    /// <summary>Posts the confirmation form (multipart, with the antiforgery token of the confirm page).</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient member, Guid grantId, string fileName, byte[] content, string? signedOn = null)
    {
        var page = await member.GetPageAsync($"/grants/{grantId}/confirm");
        var form = page.QuerySelector("#confirm-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
            body.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        body.Add(new StringContent(signedOn ?? page.InputValue("Form.SignedOn")!), "Form.SignedOn");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Add(file, "file", fileName);
        return await member.PostAsync($"/grants/{grantId}/confirm", body);
    }

    /// <summary>The antiforgery token of a page the client may open: enough to post any form as that person.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl) =>
        (await client.GetPageAsync(pageUrl)).QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;

    public static string Errors(IHtmlDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".field-validation-error, div.alert-danger").Select(e => e.TextContent.Trim()));
}
