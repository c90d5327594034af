using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Residencies;

/// <summary>Reads for the organization's pages: four queries whatever the number of residencies, services and assessments.</summary>
public static class ResidencyQueries
{
    public static async Task<OrganizationResidencyPage?> ForOrganizationAsync(GrantHubDbContext db, Guid organizationId)
    {
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).SingleOrDefaultAsync();
        if (name is null) return null;
        var residencies = await (from r in db.Residencies
                                 join c in db.IncubationCenters on r.CenterId equals c.Id
                                 where r.OrganizationId == organizationId
                                 orderby r.AppliedAt descending
                                 select new ResidencyCard(r.Id, c.Name, c.GraduationPassMark, r.Status, r.AppliedAt, r.DecidedAt, r.RejectionReason,
                                     r.StartsOn, r.TermMonths, r.Placement, r.DeskNumber, r.GraduatedOn, r.CertificateNumber, r.ExitedOn, r.ExitReason))
            .AsNoTracking().ToListAsync();
        var services = await (from s in db.ServiceRecords
                              join r in db.Residencies on s.ResidencyId equals r.Id
                              where r.OrganizationId == organizationId
                              group s by s.ResidencyId into g
                              select new { ResidencyId = g.Key, Count = g.Count(), Minutes = g.Sum(s => s.Minutes) })
            .ToDictionaryAsync(g => g.ResidencyId);
        var assessments = (await (from a in db.Assessments
                                  join r in db.Residencies on a.ResidencyId equals r.Id
                                  where r.OrganizationId == organizationId
                                  orderby a.On descending, a.RecordedAt descending
                                  select new AssessmentLine(a.ResidencyId, a.Kind, a.On, a.Governance, a.Team, a.Finance, a.ProjectOperation, a.Comment))
            .AsNoTracking().ToListAsync()).ToLookup(a => a.ResidencyId);
        return new OrganizationResidencyPage(name, residencies.Select(r => r with
        {
            Services = services.GetValueOrDefault(r.Id)?.Count ?? 0,
            ServiceMinutes = services.GetValueOrDefault(r.Id)?.Minutes ?? 0,
            Assessments = assessments[r.Id].ToList(),
        }).ToList());
    }

    /// <summary>Every center, with how many desks are free now.</summary>
    public static async Task<IReadOnlyList<CenterChoice>> CenterChoicesAsync(GrantHubDbContext db)
    {
        var centers = await db.IncubationCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Level, c.Address, c.Desks }).ToListAsync();
        var used = await db.Residencies.AsNoTracking().Where(r => r.DeskNumber != null)
            .GroupBy(r => r.CenterId).Select(g => new { CenterId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CenterId, g => g.Count);
        return centers.Select(c => new CenterChoice(c.Id, c.Name, c.Level, c.Address, c.Desks, Math.Max(0, c.Desks - used.GetValueOrDefault(c.Id))))
            .ToList();
    }

    public static async Task<ProfileSummary?> ProfileAsync(GrantHubDbContext db, Guid organizationId)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId);
        return organization is null ? null : ProfileSummary.From(organization);
    }

    public static Task<CertificateView?> CertificateAsync(GrantHubDbContext db, Guid residencyId) =>
        (from r in db.Residencies
         join o in db.Organizations on r.OrganizationId equals o.Id
         join c in db.IncubationCenters on r.CenterId equals c.Id
         where r.Id == residencyId && r.Status == ResidencyStatus.Graduated
         select new CertificateView(o.Name, c.Name, c.Level, r.StartsOn!.Value, r.GraduatedOn!.Value, r.CertificateNumber!))
        .AsNoTracking().SingleOrDefaultAsync();
}
