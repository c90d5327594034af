using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>
/// Editions with a small pool (so a test can exhaust it), eligible applications (each requests ¥500.00 of fiscal funds),
/// and submitted first-round score sheets written straight to the database the way judges' pages make them.
/// </summary>
internal static class RankingSeed
{
    public const decimal FiscalRequestedYuan = 500m;

    public static Task<Guid> EditionAsync(ApplicationsFactory app, decimal poolYuan = 1_200m, decimal capYuan = 500m,
        AggregationMethod method = AggregationMethod.Mean, bool blind = false, int judgesPerApplication = 3) => app.WithDbAsync(async db =>
    {
        var drafted = ChinaTime.StartOfDayUtc(ApplicationsFactory.OpensOn.AddDays(-10));
        var edition = CompetitionEdition.Draft($"排名测试-{Guid.NewGuid():N}"[..16], 2026, "仪征市民政局", ApplicationsFactory.OpensOn, ApplicationsFactory.ClosesOn);
        edition.SetRules(Money.FromYuan(poolYuan), Money.FromYuan(capYuan), 0, [], null, EvaluationGrade.None, false, true, drafted);
        edition.SetCategories(ApplicationsFactory.Categories, drafted);
        edition.SetReview(judgesPerApplication, method, blind, 60);
        edition.SetAwardTiers([("一等奖", Money.FromYuan(300m), 1)]);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>A submitted application that passed screening.</summary>
    public static async Task<Guid> EligibleAsync(ApplicationsFactory app, Guid editionId, string project)
    {
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, member.Id, project);
        await app.WithDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            application.Screen(true, null, member.Id, app.Now);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<string[]> JudgesAsync(ApplicationsFactory app, int count)
    {
        var judges = new string[count];
        for (var i = 0; i < count; i++) judges[i] = (await app.CreateUserAsync("judge", Roles.Judge)).Id;
        return judges;
    }

    /// <summary>
    /// A submitted sheet scoring every criterion at <paramref name="percent"/> of its maximum (rounded to half points),
    /// so the sheet's total is about <paramref name="percent"/> points.
    /// </summary>
    public static Task SheetAsync(ApplicationsFactory app, Guid editionId, Guid applicationId, string judgeId, decimal percent) =>
        app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.AsNoTracking().Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var rules = ScoringRules.Of(edition);
            var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, app.Now);
            var declaration = ConflictDeclaration.NoConflict(applicationId, judgeId, app.Now);
            var sheet = ScoreSheet.Start(assignment, declaration, app.Now);
            sheet.Save(rules, rules.Criteria.Select(c => new ScoreEntry(c.Id, Math.Round(c.MaxPoints * percent / 100m * 2, MidpointRounding.AwayFromZero) / 2,
                "评语")), app.Now);
            sheet.Submit(rules, app.Now);
            db.AddRange(assignment, declaration, sheet);
            return await db.SaveChangesAsync();
        });

    public static async Task<HttpClient> OfficerAsync(ApplicationsFactory app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));

    public static IReadOnlyList<Guid> Order(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#ranking > li[data-application-id]").Select(li => Guid.Parse(li.GetAttribute("data-application-id")!)).ToList();

    public static Dictionary<string, string> Funded(decimal yuan) => new() { ["Outcome"] = "Funded", ["AmountYuan"] = yuan.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
