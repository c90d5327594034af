using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// The bureau's figures, computed from the records on every request (never stored), in a fixed number of grouped
/// queries whatever the number of organizations, applications, decisions, payments and reports: eleven for the bureau
/// dashboard. Each query returns one row per group (year, edition, category, outcome…), never one per record; money is
/// summed in the database in whole fen.
/// </summary>
/// <remarks>
/// <para>Years of instants: an instant is stored in UTC and belongs to the China-time calendar. China (Asia/Shanghai)
/// has kept UTC+8 without daylight saving since 1991, so the China-time year of an instant is the year of the instant
/// plus eight hours, which both providers compute per row (<c>strftime</c> on SQLite, <c>DATEADD</c>/<c>DATEPART</c> on
/// SQL Server). An organization created at 2025-12-31T17:00Z was created on 1 January 2026 in China, and counts in
/// 2026. <see cref="ChinaUtcOffsetHours"/> is checked against <see cref="ChinaTime.Zone"/> by a test.</para>
/// <para>Reports on time: <see cref="ProjectReport.IsLate"/> compares the China-time date of the first submission with
/// the due date. The query does the same per row: the date of <c>FirstSubmittedAt + 8 hours</c> after <c>DueOn</c> is
/// late. (Equivalently, on time means first submitted before <c>DueOn</c> + 1 day at 00:00 China time, i.e. before
/// <c>DueOn</c> at 16:00 UTC.) A report never submitted is overdue once its due day has passed, and not due before.
/// Only reports still owed count, as in the officer's queue: a pending report of a stopped or completed project is not.</para>
/// </remarks>
public static class DashboardQueries
{
    /// <summary>Asia/Shanghai's offset from UTC, the same all year (no daylight saving since 1991).</summary>
    public const int ChinaUtcOffsetHours = 8;

    private static readonly ApplicationStatus[] Submitted = [ApplicationStatus.Submitted, ApplicationStatus.Eligible, ApplicationStatus.Ineligible];

    public static async Task<BureauDashboard> BureauAsync(GrantHubDbContext db, DashboardFilter filter, DateOnly today,
        bool canOpenEditionPages, bool canOpenReports)
    {
        var editions = await EditionsAsync(db);
        var centers = await CentersAsync(db, null);
        var categories = await db.Set<EditionCategory>().AsNoTracking()
            .Select(c => new CategoryRef(c.EditionId, c.Id, c.Name)).ToListAsync();

        // Values that match nothing are dropped, so that the page says what it shows.
        if (filter.Edition is { } e && editions.All(x => x.Id != e)) filter.Edition = null;
        if (filter.Center is { } c && centers.All(x => x.Id != c)) filter.Center = null;
        filter.Category = string.IsNullOrWhiteSpace(filter.Category) ? null : filter.Category.Trim();
        if (filter.Category is { } k && categories.All(x => x.Name != k)) filter.Category = null;

        // Incubation: the center's residencies, or every center's.
        IQueryable<Residency> residencies = db.Residencies.AsNoTracking();
        if (filter.Center is { } center) residencies = residencies.Where(r => r.CenterId == center);
        // IN (subquery), not EXISTS: Residencies has no index that starts with OrganizationId alone (only a filtered one),
        // so a correlated EXISTS scans every residency for every organization (12 s on 10,000 organizations).
        var registered = await db.Organizations.AsNoTracking()
            .Where(o => residencies.Select(r => r.OrganizationId).Contains(o.Id))
            .GroupBy(o => o.CreatedAt.AddHours(ChinaUtcOffsetHours).Year)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync();
        var (admitted, graduated, _) = await ResidencyYearsAsync(residencies, withExits: false);

        // Competitions: the applications of the organizations in scope, in the category chosen.
        var scoped = ScopedApplications(db, filter.Center is { } cc ? r => r.CenterId == cc : null);
        if (filter.Edition is { } edition) scoped = scoped.Where(a => a.EditionId == edition);
        if (filter.Category is { } category)
        {
            var ids = categories.Where(x => x.Name == category).Select(x => x.Id).ToList();
            scoped = scoped.Where(a => a.CategoryId != null && ids.Contains(a.CategoryId.Value));
        }
        var tallies = await TalliesAsync(db, scoped, today);

        var inScope = editions.Where(x => (filter.Year is null || x.Year == filter.Year) && (filter.Edition is null || x.Id == filter.Edition)).ToList();
        var editionRows = tallies.Editions(inScope);

        var names = categories.ToDictionary(x => x.Id, x => x.Name);
        var inScopeIds = inScope.Select(x => x.Id).ToHashSet();
        string? NameOf(int? id) => id is { } i && names.TryGetValue(i, out var n) ? n : null;
        var categoryRows = tallies.Applications.Where(a => inScopeIds.Contains(a.EditionId)).Select(a => NameOf(a.CategoryId))
            .Concat(tallies.Decisions.Where(d => inScopeIds.Contains(d.EditionId)).Select(d => NameOf(d.CategoryId)))
            .Distinct()
            .Select(name =>
            {
                var apps = tallies.Applications.Where(a => inScopeIds.Contains(a.EditionId) && NameOf(a.CategoryId) == name).ToList();
                var decided = tallies.Decisions.Where(d => inScopeIds.Contains(d.EditionId) && NameOf(d.CategoryId) == name).ToList();
                var funded = decided.Where(d => d.Outcome == DecisionOutcome.Funded).ToList();
                var awarded = decided.Where(d => d.Outcome == DecisionOutcome.Awarded).ToList();
                return new CategoryFigures(name, apps.Sum(a => a.Count), funded.Sum(d => d.Count), new Money(funded.Sum(d => d.Fen)),
                    awarded.Sum(d => d.Count), new Money(awarded.Sum(d => d.Fen)))
                {
                    IdsByEdition = categories.Where(x => x.Name == name && inScopeIds.Contains(x.EditionId)).ToDictionary(x => x.EditionId, x => x.Id),
                };
            })
            .OrderBy(x => x.Name is null ? 1 : 0).ThenByDescending(x => x.Applications).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();

        var paidByYear = tallies.Paid.GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.Sum(p => p.Fen));
        var allYears = registered.Select(x => x.Year).Concat(admitted.Keys).Concat(graduated.Keys).Concat(paidByYear.Keys)
            .Distinct().Order().ToList();
        var years = (filter.Year is { } y ? [y] : allYears)
            .Select(year => new YearFigures(year, registered.Where(x => x.Year == year).Sum(x => x.Count), admitted.GetValueOrDefault(year),
                graduated.GetValueOrDefault(year), new Money(paidByYear.GetValueOrDefault(year))))
            .ToList();

        var yearOptions = allYears.Concat(editions.Select(x => x.Year)).Distinct().OrderDescending().ToList();
        var categoryOptions = categories.Where(x => filter.Edition is null || x.EditionId == filter.Edition).Select(x => x.Name)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (filter.Category is { } chosen && !categoryOptions.Contains(chosen)) categoryOptions.Add(chosen);

        return new BureauDashboard
        {
            Filter = filter,
            Options = new FilterOptions(yearOptions, editions, centers, categoryOptions),
            Today = today,
            Years = years,
            Editions = editionRows,
            Categories = categoryRows,
            Organizations = registered.Where(x => filter.Year is null || x.Year == filter.Year).Sum(x => x.Count),
            CanOpenEditionPages = canOpenEditionPages,
            CanOpenReports = canOpenReports,
        };
    }

    /// <summary>The published editions (those that took applications), oldest first, and whether their results are public.</summary>
    internal static Task<List<EditionOption>> EditionsAsync(GrantHubDbContext db) =>
        db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Published)
            .OrderBy(e => e.Year).ThenBy(e => e.OpensOn).ThenBy(e => e.Name)
            .Select(e => new EditionOption(e.Id, e.Name, e.Year, db.Publicities.Any(p => p.EditionId == e.Id),
                db.Publicities.Any(p => p.EditionId == e.Id && p.FinalizedAt != null)))
            .ToListAsync();

    internal static Task<List<CenterOption>> CentersAsync(GrantHubDbContext db, IReadOnlyList<int>? only) =>
        db.IncubationCenters.AsNoTracking()
            .Where(c => only == null || only.Contains(c.Id))
            .OrderBy(c => c.Level).ThenBy(c => c.Name)
            .Select(c => new CenterOption(c.Id, c.Name))
            .ToListAsync();

    /// <summary>
    /// Applications of the organizations registered with the centers the residency predicate picks (any residency
    /// application counts, as for the 113 of the seed report), or of every organization when it is null.
    /// </summary>
    internal static IQueryable<Application> ScopedApplications(GrantHubDbContext db, System.Linq.Expressions.Expression<Func<Residency, bool>>? residency)
    {
        var applications = db.Applications.AsNoTracking();
        if (residency is null) return applications;
        // OrganizationId IN (the center's residents): SQLite lists the few hundred residents once, then finds their
        // applications on IX_Applications_OrganizationId_EditionId. A correlated EXISTS instead ran the residency lookup
        // once per application of the whole database (18 s for one center on 100,000 applications).
        var inScope = db.Residencies.Where(residency).Select(r => r.OrganizationId);
        return applications.Where(a => inScope.Contains(a.OrganizationId));
    }

    /// <summary>Admissions (by the first day of residency), graduations and, if asked, early exits per calendar year: three grouped queries.</summary>
    internal static async Task<(Dictionary<int, int> Admitted, Dictionary<int, int> Graduated, Dictionary<int, int> Exited)> ResidencyYearsAsync(
        IQueryable<Residency> residencies, bool withExits)
    {
        var admitted = await residencies.Where(r => r.StartsOn != null).GroupBy(r => r.StartsOn!.Value.Year)
            .Select(g => new YearCount(g.Key, g.Count())).ToDictionaryAsync(x => x.Year, x => x.Count);
        var graduated = await residencies.Where(r => r.GraduatedOn != null).GroupBy(r => r.GraduatedOn!.Value.Year)
            .Select(g => new YearCount(g.Key, g.Count())).ToDictionaryAsync(x => x.Year, x => x.Count);
        var exited = withExits
            ? await residencies.Where(r => r.ExitedOn != null).GroupBy(r => r.ExitedOn!.Value.Year)
                .Select(g => new YearCount(g.Key, g.Count())).ToDictionaryAsync(x => x.Year, x => x.Count)
            : [];
        return (admitted, graduated, exited);
    }

    /// <summary>
    /// Five grouped queries over the applications in scope: submitted applications and published decisions per edition
    /// and category, agreed amounts per edition, payments per edition and year of payment, reports per edition and
    /// on-time bucket.
    /// </summary>
    internal static async Task<CompetitionTallies> TalliesAsync(GrantHubDbContext db, IQueryable<Application> scoped, DateOnly today)
    {
        var applications = await scoped.Where(a => Submitted.Contains(a.Status))
            .GroupBy(a => new { a.EditionId, a.CategoryId })
            .Select(g => new ApplicationTally(g.Key.EditionId, g.Key.CategoryId, g.Count()))
            .ToListAsync();

        var decisions = await (from d in db.Decisions
                               join a in scoped on d.ApplicationId equals a.Id
                               where d.Outcome != DecisionOutcome.NotSelected && db.Publicities.Any(p => p.EditionId == d.EditionId)
                               group d by new { d.EditionId, a.CategoryId, d.Outcome } into g
                               select new DecisionTally(g.Key.EditionId, g.Key.CategoryId, g.Key.Outcome, g.Count(), g.Sum(x => (long)x.Amount)))
            .AsNoTracking().ToListAsync();

        // Agreed: an award as decided; a project grant once the organization confirmed its agreement.
        var agreed = await (from g in db.Grants
                            join a in scoped on g.ApplicationId equals a.Id
                            where g.AgreedAmount != null && (g.Kind == GrantKind.Award || g.ConfirmedAt != null)
                            group g by g.EditionId into grp
                            select new { EditionId = grp.Key, Fen = grp.Sum(x => (long)x.AgreedAmount!.Value) })
            .AsNoTracking().ToDictionaryAsync(x => x.EditionId, x => x.Fen);

        var paid = await PaidAsync(db, scoped);
        var reports = await ReportsAsync(db, scoped, today);

        return new CompetitionTallies(applications, decisions, agreed, paid, reports);
    }

    /// <summary>Payments of the applications in scope, per edition and calendar year of payment: one grouped query.</summary>
    internal static Task<List<PaidTally>> PaidAsync(GrantHubDbContext db, IQueryable<Application> scoped) =>
        (from t in db.Tranches
         join g in db.Grants on t.GrantId equals g.Id
         join a in scoped on g.ApplicationId equals a.Id
         where t.Status == TrancheStatus.Paid && t.PaidOn != null
         group t by new { g.EditionId, t.PaidOn!.Value.Year } into grp
         select new PaidTally(grp.Key.EditionId, grp.Key.Year, grp.Sum(x => (long)x.Amount)))
        .AsNoTracking().ToListAsync();

    /// <summary>Reports still owed by the projects in scope, per edition and on-time bucket: one grouped query (see the remarks above).</summary>
    internal static Task<List<ReportTally>> ReportsAsync(GrantHubDbContext db, IQueryable<Application> scoped, DateOnly today) =>
        (from r in db.ProjectReports
         join g in db.Grants on r.GrantId equals g.Id
         join a in scoped on g.ApplicationId equals a.Id
         where r.Status != ReportStatus.Pending || g.Status == GrantStatus.InProgress
         select new
         {
             g.EditionId,
             Bucket = r.FirstSubmittedAt == null
                 ? (r.DueOn < today ? ReportBucket.Overdue : ReportBucket.NotDue)
                 : (DateOnly.FromDateTime(r.FirstSubmittedAt.Value.AddHours(ChinaUtcOffsetHours)) > r.DueOn
                     ? ReportBucket.Late : ReportBucket.OnTime),
         })
        .GroupBy(x => new { x.EditionId, x.Bucket })
        .Select(g => new ReportTally(g.Key.EditionId, g.Key.Bucket, g.Count()))
        .AsNoTracking().ToListAsync();

    internal enum ReportBucket
    {
        OnTime = 0,
        Late = 1,
        Overdue = 2,
        NotDue = 3,
    }

    internal sealed record YearCount(int Year, int Count);

    internal sealed record CategoryRef(Guid EditionId, int Id, string Name);

    internal sealed record ApplicationTally(Guid EditionId, int? CategoryId, int Count);

    internal sealed record DecisionTally(Guid EditionId, int? CategoryId, DecisionOutcome Outcome, int Count, long Fen);

    internal sealed record PaidTally(Guid EditionId, int Year, long Fen);

    internal sealed record ReportTally(Guid EditionId, ReportBucket Bucket, int Count);

    internal sealed record CompetitionTallies(List<ApplicationTally> Applications, List<DecisionTally> Decisions,
        Dictionary<Guid, long> Agreed, List<PaidTally> Paid, List<ReportTally> Reports)
    {
        public static ReportCounts ReportsOf(IEnumerable<ReportTally> tallies)
        {
            var list = tallies.ToList();
            int Count(ReportBucket b) => list.Where(t => t.Bucket == b).Sum(t => t.Count);
            return new ReportCounts(Count(ReportBucket.OnTime), Count(ReportBucket.Late), Count(ReportBucket.Overdue), Count(ReportBucket.NotDue));
        }

        /// <summary>One row per edition, in the editions' order.</summary>
        public List<EditionFigures> Editions(IEnumerable<EditionOption> editions) => editions.Select(e =>
        {
            var decided = Decisions.Where(d => d.EditionId == e.Id).ToList();
            var funded = decided.Where(d => d.Outcome == DecisionOutcome.Funded).ToList();
            var awarded = decided.Where(d => d.Outcome == DecisionOutcome.Awarded).ToList();
            return new EditionFigures(e.Id, e.Name, e.Year, e.ResultsPublished, e.ResultsFinal,
                Applications.Where(a => a.EditionId == e.Id).Sum(a => a.Count),
                funded.Sum(d => d.Count), new Money(funded.Sum(d => d.Fen)),
                awarded.Sum(d => d.Count), new Money(awarded.Sum(d => d.Fen)),
                new Money(Agreed.GetValueOrDefault(e.Id)),
                new Money(Paid.Where(p => p.EditionId == e.Id).Sum(p => p.Fen)),
                ReportsOf(Reports.Where(r => r.EditionId == e.Id)));
        }).ToList();
    }
}
