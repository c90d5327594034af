using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Bureau;

/// <summary>The bureau's side-by-side view: five grouped queries, whatever the number of centers and residencies.</summary>
public static class BureauQueries
{
    public static async Task<BureauCentersPage> CentersAsync(GrantHubDbContext db, DateOnly today)
    {
        var centers = await db.IncubationCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Level, c.Desks }).ToListAsync();

        var byStatus = await db.Residencies.AsNoTracking()
            .GroupBy(r => new { r.CenterId, r.Status })
            .Select(g => new { g.Key.CenterId, g.Key.Status, Count = g.Count(), Desks = g.Count(r => r.DeskNumber != null) })
            .ToListAsync();

        var overdueBefore = ChinaTime.StartOfDayUtc(WorkingDays.OverdueIfAppliedBefore(today));
        var overdue = await db.Residencies.AsNoTracking()
            .Where(r => (r.Status == ResidencyStatus.Applied || r.Status == ResidencyStatus.UnderReview) && r.AppliedAt < overdueBefore)
            .GroupBy(r => r.CenterId).Select(g => new { CenterId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CenterId, g => g.Count);

        var yearStart = new DateOnly(today.Year, 1, 1);
        var graduatedThisYear = await db.Residencies.AsNoTracking()
            .Where(r => r.Status == ResidencyStatus.Graduated && r.GraduatedOn >= yearStart && r.GraduatedOn <= today)
            .GroupBy(r => r.CenterId).Select(g => new { CenterId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CenterId, g => g.Count);

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var services = await (from s in db.ServiceRecords
                              join r in db.Residencies on s.ResidencyId equals r.Id
                              where s.On >= monthStart && s.On <= today
                              group s by r.CenterId into g
                              select new { CenterId = g.Key, Count = g.Count(), Minutes = g.Sum(s => s.Minutes) })
            .AsNoTracking().ToDictionaryAsync(g => g.CenterId);

        var rows = centers.Select(c =>
        {
            int Count(params ResidencyStatus[] statuses) => byStatus.Where(x => x.CenterId == c.Id && statuses.Contains(x.Status)).Sum(x => x.Count);
            return new CenterFigures(c.Id, c.Name, c.Level,
                InResidence: Count(ResidencyStatus.Admitted),
                Waiting: Count(ResidencyStatus.Applied, ResidencyStatus.UnderReview),
                Overdue: overdue.GetValueOrDefault(c.Id),
                GraduatedThisYear: graduatedThisYear.GetValueOrDefault(c.Id),
                GraduatedInAll: Count(ResidencyStatus.Graduated),
                DesksUsed: byStatus.Where(x => x.CenterId == c.Id).Sum(x => x.Desks),
                Desks: c.Desks,
                ServicesThisMonth: services.GetValueOrDefault(c.Id)?.Count ?? 0,
                ServiceMinutesThisMonth: services.GetValueOrDefault(c.Id)?.Minutes ?? 0);
        }).ToList();
        return new BureauCentersPage(rows, today.Year, today);
    }
}
