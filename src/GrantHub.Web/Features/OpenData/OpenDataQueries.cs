using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.OpenData;

/// <summary>
/// The public figures, computed from the records on every request (never stored): a handful of grouped queries whatever
/// the number of editions, applications, decisions and payments. Only results that were published count: an edition's
/// decisions are public from the day its results are published (公示).
/// </summary>
public static class OpenDataQueries
{
    /// <summary>Ever admitted: in residence, graduated, or left early.</summary>
    private static readonly ResidencyStatus[] Incubated = [ResidencyStatus.Admitted, ResidencyStatus.Graduated, ResidencyStatus.Exited];

    private static readonly ApplicationStatus[] Submitted = [ApplicationStatus.Submitted, ApplicationStatus.Eligible, ApplicationStatus.Ineligible];

    public static async Task<OpenDataSummary> SummaryAsync(GrantHubDbContext db, DateTime nowUtc)
    {
        var editions = await db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Published)
            .OrderBy(e => e.Year).ThenBy(e => e.OpensOn)
            .Select(e => new { e.Id, e.Name, e.Year }).ToListAsync();

        var applications = await db.Applications.AsNoTracking().Where(a => Submitted.Contains(a.Status))
            .GroupBy(a => a.EditionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);

        var decided = await (from d in db.Decisions
                             where d.Outcome != DecisionOutcome.NotSelected && db.Publicities.Any(p => p.EditionId == d.EditionId)
                             group d by new { d.EditionId, d.Outcome } into g
                             select new { g.Key.EditionId, g.Key.Outcome, Count = g.Count(), Fen = g.Sum(d => (long)d.Amount) })
            .AsNoTracking().ToListAsync();

        var paid = await (from t in db.Tranches
                          join g in db.Grants on t.GrantId equals g.Id
                          where t.Status == TrancheStatus.Paid
                          group t by g.EditionId into grp
                          select new { EditionId = grp.Key, Fen = grp.Sum(t => (long)t.Amount) })
            .AsNoTracking().ToDictionaryAsync(x => x.EditionId, x => x.Fen);

        var editionRows = editions.Select(e =>
        {
            var funded = decided.FirstOrDefault(d => d.EditionId == e.Id && d.Outcome == DecisionOutcome.Funded);
            var awarded = decided.FirstOrDefault(d => d.EditionId == e.Id && d.Outcome == DecisionOutcome.Awarded);
            return new EditionSummary(e.Id, e.Name, e.Year, applications.GetValueOrDefault(e.Id),
                funded?.Count ?? 0, funded?.Fen ?? 0, awarded?.Count ?? 0, awarded?.Fen ?? 0, paid.GetValueOrDefault(e.Id));
        }).ToList();

        var centers = await db.IncubationCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync();
        var residents = await db.Residencies.AsNoTracking()
            .GroupBy(r => r.CenterId)
            .Select(g => new
            {
                CenterId = g.Key,
                Registered = g.Select(r => r.OrganizationId).Distinct().Count(),
                Incubated = g.Where(r => Incubated.Contains(r.Status)).Select(r => r.OrganizationId).Distinct().Count(),
                Graduated = g.Where(r => r.Status == ResidencyStatus.Graduated).Select(r => r.OrganizationId).Distinct().Count(),
                InResidence = g.Count(r => r.Status == ResidencyStatus.Admitted),
            })
            .ToDictionaryAsync(x => x.CenterId);
        var centerRows = centers.Select(c => residents.TryGetValue(c.Id, out var r)
            ? new CenterSummary(c.Id, c.Name, r.Registered, r.Incubated, r.Graduated, r.InResidence)
            : new CenterSummary(c.Id, c.Name, 0, 0, 0, 0)).ToList();

        var overall = await db.Residencies.AsNoTracking()
            .GroupBy(r => 1)
            .Select(g => new
            {
                Registered = g.Select(r => r.OrganizationId).Distinct().Count(),
                Incubated = g.Where(r => Incubated.Contains(r.Status)).Select(r => r.OrganizationId).Distinct().Count(),
                Graduated = g.Where(r => r.Status == ResidencyStatus.Graduated).Select(r => r.OrganizationId).Distinct().Count(),
            })
            .FirstOrDefaultAsync();

        return new OpenDataSummary(editionRows, centerRows, overall?.Registered ?? 0, overall?.Incubated ?? 0, overall?.Graduated ?? 0, nowUtc);
    }

    /// <summary>Every funded or awarded project of an edition whose results are published, with what was paid.</summary>
    public static async Task<List<PublicProject>> ProjectsAsync(GrantHubDbContext db)
    {
        var rows = await (from d in db.Decisions
                          join a in db.Applications on d.ApplicationId equals a.Id
                          join e in db.Editions on d.EditionId equals e.Id
                          join o in db.Organizations on a.OrganizationId equals o.Id
                          where d.Outcome != DecisionOutcome.NotSelected && db.Publicities.Any(x => x.EditionId == d.EditionId)
                          orderby e.Year, e.Name, d.Outcome, a.ProjectName
                          select new
                          {
                              a.Id, Edition = e.Name, e.Year, Organization = o.Name, Project = a.ProjectName,
                              Category = db.Set<EditionCategory>().Where(c => c.Id == a.CategoryId).Select(c => c.Name).FirstOrDefault(),
                              d.Outcome,
                              Tier = db.Set<AwardTier>().Where(t => t.Id == d.AwardTierId).Select(t => t.Name).FirstOrDefault(),
                              AmountFen = (long)d.Amount,
                          })
            .AsNoTracking().ToListAsync();
        var paid = await (from t in db.Tranches
                          join g in db.Grants on t.GrantId equals g.Id
                          where t.Status == TrancheStatus.Paid
                          group t by g.ApplicationId into grp
                          select new { ApplicationId = grp.Key, Fen = grp.Sum(t => (long)t.Amount) })
            .AsNoTracking().ToDictionaryAsync(x => x.ApplicationId, x => x.Fen);
        return rows.Select(r => new PublicProject(r.Edition, r.Year, r.Organization, r.Project, r.Category, r.Outcome, r.Tier, r.AmountFen,
            paid.GetValueOrDefault(r.Id))).ToList();
    }
}
