using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Admin;

/// <summary>Reads for the user pages: three queries per page whatever the number of users.</summary>
public static class UserQueries
{
    public static async Task<Page<UserRow>> PageAsync(GrantHubDbContext db, string? q, string? role, int page, int size, TimeProvider clock)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            users = users.Where(u => u.Email!.Contains(term) || u.DisplayName.Contains(term) || u.PhoneNumber!.Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        var total = await users.CountAsync();
        var now = clock.GetUtcNow();
        var rows = await users.OrderBy(u => u.Email).Skip((page - 1) * size).Take(size)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.PhoneNumber, u.LockoutEnd })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync();
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var items = rows.Select(r => new UserRow(r.Id, r.DisplayName, r.Email ?? "", r.PhoneNumber,
            byUser[r.Id].Order().ToList(), r.LockoutEnd > now)).ToList();
        return new Page<UserRow>(items, page, size, total);
    }

    public static async Task<UserRolesView?> RolesAsync(GrantHubDbContext db, string id)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.PhoneNumber, u.CreatedAt, u.AccessFailedCount, u.LockoutEnd })
            .SingleOrDefaultAsync();
        if (user is null) return null;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select r.Name!).ToListAsync();
        return new UserRolesView(user.Id, user.DisplayName, user.Email ?? "", user.PhoneNumber, user.CreatedAt,
            roles.ToHashSet(), user.AccessFailedCount, user.LockoutEnd?.UtcDateTime);
    }
}
