using AngleSharp.Html.Dom;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>
/// A second round (路演/答辩) for the editions of <see cref="RankingSeed"/>: the default second-round rubric with the
/// written round weighing <c>writtenPercent</c>, shortlist entries and submitted second-round sheets written straight
/// to the database the way the officer's and the judges' pages make them.
/// </summary>
internal static class SecondRoundSeed
{
    public static Task AddSecondRoundAsync(ApplicationsFactory app, Guid editionId, int writtenPercent = 50, int judges = 2) =>
        app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            edition.SetSecondRound(true, writtenPercent, judges, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
            return await db.SaveChangesAsync();
        });

    /// <summary>Shortlists the applications (as the shortlist page does) and opens the second round.</summary>
    public static Task ShortlistAsync(ApplicationsFactory app, Guid editionId, params Guid[] applicationIds) =>
        app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var position = await db.Shortlist.CountAsync(s => s.EditionId == editionId);
            foreach (var id in applicationIds)
                db.Shortlist.Add(ShortlistEntry.Add(edition, Line(id, ++position), "officer", app.Now));
            if (!edition.SecondRoundOpen) edition.OpenSecondRound(app.Now);
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// A submitted second-round sheet scoring every criterion of the second round's rubric at <paramref name="percent"/>
    /// of its maximum; the judge's declaration on the application (from the written round) is reused, or one of no conflict made.
    /// </summary>
    public static Task SecondSheetAsync(ApplicationsFactory app, Guid editionId, Guid applicationId, string judgeId, decimal percent) =>
        app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.AsNoTracking().Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var rules = ScoringRules.Of(edition, Assignment.SecondRound);
            var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.SecondRound, app.Now);
            var declaration = await db.ConflictDeclarations.SingleOrDefaultAsync(d => d.ApplicationId == applicationId && d.JudgeUserId == judgeId);
            if (declaration is null)
            {
                declaration = ConflictDeclaration.NoConflict(applicationId, judgeId, app.Now);
                db.Add(declaration);
            }
            var sheet = ScoreSheet.Start(assignment, declaration, app.Now);
            sheet.Save(rules, rules.Criteria.Select(c => new ScoreEntry(c.Id, Math.Round(c.MaxPoints * percent / 100m * 2, MidpointRounding.AwayFromZero) / 2,
                "评语")), app.Now);
            sheet.Submit(rules, app.Now);
            db.AddRange(assignment, sheet);
            return await db.SaveChangesAsync();
        });

    /// <summary>Posts form fields (repeated names allowed) with the antiforgery token of a form on <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string action,
        params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector($"input[name={Forms.AntiforgeryField}]")!.GetAttribute("value")!;
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(Forms.AntiforgeryField, token));
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static IReadOnlyList<Guid> ShortlistedRows(IHtmlDocument page) =>
        page.QuerySelectorAll("#shortlist-table tr[data-shortlisted='true']").Select(r => Guid.Parse(r.GetAttribute("data-application-id")!)).ToList();

    private static RankedApplication Line(Guid id, int position) =>
        new(id, position, position, 80m, 1, [], [], RankingFlags.None, [], TieBreak.None);
}
