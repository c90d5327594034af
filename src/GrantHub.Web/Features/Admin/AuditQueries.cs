using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Admin;

public static class AuditQueries
{
    public static async Task<AuditPage> PageAsync(GrantHubDbContext db, string? entityType, string? userName, int page, int size)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) entries = entries.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(userName)) entries = entries.Where(a => a.UserName.Contains(userName.Trim()));
        var total = await entries.CountAsync();
        var rows = await entries.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityKey, a.Before, a.After))
            .ToListAsync();
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
        return new AuditPage(entityType, userName, types, new Page<AuditRow>(rows, page, size, total));
    }
}
