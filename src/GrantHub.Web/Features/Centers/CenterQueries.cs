using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Centers;

/// <summary>Reads for the center administration pages: a fixed number of queries whatever the number of centers.</summary>
public static class CenterQueries
{
    public static async Task<IReadOnlyList<CenterRow>> ListAsync(GrantHubDbContext db)
    {
        var centers = await db.IncubationCenters.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Level, c.Address, c.Desks, c.GraduationPassMark, Staff = c.Staff.Count })
            .ToListAsync();
        var residents = await db.Residencies.AsNoTracking().Where(r => r.Status == ResidencyStatus.Admitted)
            .GroupBy(r => r.CenterId)
            .Select(g => new { CenterId = g.Key, Residents = g.Count(), Desks = g.Count(r => r.DeskNumber != null) })
            .ToDictionaryAsync(g => g.CenterId);
        return centers.Select(c =>
        {
            var used = residents.GetValueOrDefault(c.Id);
            return new CenterRow(c.Id, c.Name, c.Level, c.Address, c.Desks, used?.Desks ?? 0, used?.Residents ?? 0, c.Staff, c.GraduationPassMark);
        }).ToList();
    }

    /// <summary>The edit page of a center, or null when there is no such center.</summary>
    public static async Task<CenterEditPage?> EditPageAsync(GrantHubDbContext db, int id)
    {
        var center = await db.IncubationCenters.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CenterForm { Name = c.Name, Level = c.Level, Address = c.Address, Desks = c.Desks, GraduationPassMark = c.GraduationPassMark })
            .SingleOrDefaultAsync();
        if (center is null) return null;
        var staff = await (from s in db.CenterStaff
                           join u in db.Users on s.UserId equals u.Id
                           where s.CenterId == id
                           orderby u.DisplayName
                           select new StaffRow(u.Id, u.DisplayName, u.Email ?? "")).AsNoTracking().ToListAsync();
        var desks = await DesksInUseAsync(db, id);
        return new CenterEditPage
        {
            Id = id,
            Form = center,
            StaffMembers = staff,
            DesksInUse = desks.Count,
            HighestDeskInUse = desks.Count == 0 ? null : desks.Max(),
        };
    }

    public static Task<List<int>> DesksInUseAsync(GrantHubDbContext db, int centerId) =>
        db.Residencies.AsNoTracking().Where(r => r.CenterId == centerId && r.DeskNumber != null).Select(r => r.DeskNumber!.Value).ToListAsync();
}
