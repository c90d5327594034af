using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// The same figures at a center's and at an organization's scope: a fixed number of grouped queries each (thirteen for
/// a center, six for an organization), whatever the number of residencies, services, applications and reports.
/// </summary>
public static class ScopedDashboardQueries
{
    /// <param name="allowedCenters">The centers the person works at; null for an administrator (every center).</param>
    /// <param name="center">One of those centers, or null for all of them.</param>
    public static async Task<CenterDashboard> CenterAsync(GrantHubDbContext db, IReadOnlyList<int>? allowedCenters, int? center, int? year,
        DateOnly today, bool isStaff)
    {
        var centers = await DashboardQueries.CentersAsync(db, allowedCenters);
        if (center is { } chosen && centers.All(c => c.Id != chosen)) center = null;
        var ids = center is { } one ? [one] : centers.Select(c => c.Id).ToList();

        var residencies = db.Residencies.AsNoTracking().Where(r => ids.Contains(r.CenterId));
        var byStatus = await residencies.GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count);
        var (admitted, graduated, exited) = await DashboardQueries.ResidencyYearsAsync(residencies, withExits: true);

        // Services: the twelve months of the year chosen, or the last twelve up to this month.
        var firstMonth = year is { } y ? new DateOnly(y, 1, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var afterLast = firstMonth.AddMonths(12);
        var services = await (from s in db.ServiceRecords
                              join r in residencies on s.ResidencyId equals r.Id
                              where s.On >= firstMonth && s.On < afterLast
                              group s by new { s.On.Year, s.On.Month } into g
                              select new ServiceMonth(g.Key.Year, g.Key.Month, g.Count(), g.Sum(x => x.Minutes), g.Sum(x => x.Attendees)))
            .AsNoTracking().ToListAsync();
        var months = Enumerable.Range(0, 12).Select(i => firstMonth.AddMonths(i))
            .Select(m => services.FirstOrDefault(s => s.Year == m.Year && s.Month == m.Month) ?? new ServiceMonth(m.Year, m.Month, 0, 0, 0))
            .ToList();

        var assessed = await (from a in db.Assessments
                              join r in residencies on a.ResidencyId equals r.Id
                              group a by new { a.On.Year, a.Kind } into g
                              select new { g.Key.Year, g.Key.Kind, Count = g.Count(), Points = g.Sum(x => x.Governance + x.Team + x.Finance + x.ProjectOperation) })
            .AsNoTracking().ToListAsync();
        var assessments = assessed.Where(a => year is null || a.Year == year)
            .OrderBy(a => a.Year).ThenBy(a => a.Kind)
            .Select(a => new AssessmentYear(a.Year, a.Kind, a.Count, Math.Round((decimal)a.Points / a.Count, 1)))
            .ToList();

        var allYears = admitted.Keys.Concat(graduated.Keys).Concat(exited.Keys).Concat(assessed.Select(a => a.Year)).Append(today.Year)
            .Distinct().Order().ToList();
        var residencyYears = (year is { } only ? [only] : allYears.Where(x => admitted.ContainsKey(x) || graduated.ContainsKey(x) || exited.ContainsKey(x)))
            .Select(x => new ResidencyYear(x, admitted.GetValueOrDefault(x), graduated.GetValueOrDefault(x), exited.GetValueOrDefault(x)))
            .ToList();

        var editions = await DashboardQueries.EditionsAsync(db);
        var tallies = await DashboardQueries.TalliesAsync(db, DashboardQueries.ScopedApplications(db, r => ids.Contains(r.CenterId)), today);

        return new CenterDashboard
        {
            Centers = centers,
            Center = center,
            Year = year,
            Years = allYears.Concat(editions.Select(e => e.Year)).Distinct().OrderDescending().ToList(),
            Today = today,
            ByStatus = byStatus,
            ResidencyYears = residencyYears,
            ServiceMonths = months,
            Assessments = assessments,
            Editions = tallies.Editions(editions.Where(e => year is null || e.Year == year)),
            IsStaff = isStaff,
        };
    }

    public static async Task<OrganizationDashboard> OrganizationAsync(GrantHubDbContext db, Guid organizationId, DateOnly today)
    {
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).FirstOrDefaultAsync() ?? "";

        var applications = await (from a in db.Applications
                                  join e in db.Editions on a.EditionId equals e.Id
                                  where a.OrganizationId == organizationId
                                  orderby e.Year descending, e.OpensOn descending, a.CreatedAt descending
                                  select new
                                  {
                                      a.Id, Edition = e.Name, e.Year, a.ProjectName, a.Status,
                                      Category = db.Set<EditionCategory>().Where(c => c.Id == a.CategoryId).Select(c => c.Name).FirstOrDefault(),
                                      Published = db.Publicities.Any(p => p.EditionId == a.EditionId),
                                      Outcome = db.Decisions.Where(d => d.ApplicationId == a.Id).Select(d => (DecisionOutcome?)d.Outcome).FirstOrDefault(),
                                      Fen = db.Decisions.Where(d => d.ApplicationId == a.Id).Select(d => (long?)(long)d.Amount).FirstOrDefault(),
                                  })
            .AsNoTracking().ToListAsync();

        var grants = await (from g in db.Grants
                            join a in db.Applications on g.ApplicationId equals a.Id
                            join e in db.Editions on g.EditionId equals e.Id
                            where g.OrganizationId == organizationId
                            orderby e.Year descending, a.ProjectName
                            select new
                            {
                                g.Id, g.EditionId, Edition = e.Name, e.Year, a.ProjectName, g.Kind, g.Status, Decided = (long)g.DecidedAmount,
                                Agreed = g.AgreedAmount != null && (g.Kind == GrantKind.Award || g.ConfirmedAt != null) ? (long?)(long)g.AgreedAmount.Value : null,
                            })
            .AsNoTracking().ToListAsync();

        // The tranches of these grants (a handful), found by grant: the status is filtered here, not in SQL, because
        // with "Status = Paid" in the query SQLite, lacking statistics, walks IX_Tranches_Status_DueOn (every paid tranche
        // of every organization) instead of IX_Tranches_GrantId_Number.
        var grantIds = grants.Select(g => g.Id).ToList();
        var paidTranches = (await db.Tranches.AsNoTracking().Where(t => grantIds.Contains(t.GrantId))
                .Select(t => new { t.GrantId, t.Status, t.PaidOn, Fen = (long)t.Amount }).ToListAsync())
            .Where(t => t.Status == TrancheStatus.Paid).ToList();
        var paidByGrant = paidTranches.GroupBy(t => t.GrantId).ToDictionary(x => x.Key, x => x.Sum(t => t.Fen));

        var residencies = await (from r in db.Residencies
                                 join c in db.IncubationCenters on r.CenterId equals c.Id
                                 where r.OrganizationId == organizationId
                                 orderby r.AppliedAt descending
                                 select new OrganizationResidency(c.Name, r.Status, r.StartsOn, r.GraduatedOn, r.ExitedOn))
            .AsNoTracking().ToListAsync();

        var own = db.Applications.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        var reports = await DashboardQueries.ReportsAsync(db, own, today);

        return new OrganizationDashboard
        {
            Name = name,
            Today = today,
            Applications = applications.Select(a => new OrganizationApplication(a.Id, a.Edition, a.Year, a.ProjectName, a.Category, a.Status,
                a.Published ? a.Outcome : null, a.Published && a.Fen is { } fen && a.Outcome != DecisionOutcome.NotSelected ? new Money(fen) : null)).ToList(),
            Grants = grants.Select(g => new OrganizationGrant(g.Id, g.Edition, g.Year, g.ProjectName, g.Kind, g.Status, new Money(g.Decided),
                g.Agreed is { } agreed ? new Money(agreed) : null, new Money(paidByGrant.GetValueOrDefault(g.Id)))).ToList(),
            PaidByYear = paidTranches.Where(t => t.PaidOn is not null).GroupBy(t => t.PaidOn!.Value.Year).OrderBy(g => g.Key)
                .Select(g => new PaidYear(g.Key, new Money(g.Sum(t => t.Fen)))).ToList(),
            Reports = DashboardQueries.CompetitionTallies.ReportsOf(reports),
            Residencies = residencies,
        };
    }
}
