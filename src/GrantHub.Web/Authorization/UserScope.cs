using System.Security.Claims;
using GrantHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Authorization;

/// <summary>
/// What the signed-in person belongs to: their organization and the centers they staff. Loaded once per request,
/// it is what every per-object check and every "my …" list starts from.
/// </summary>
public sealed class UserScope(GrantHubDbContext db, IHttpContextAccessor http)
{
    private Loaded? _loaded;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public async Task<Guid?> OrganizationIdAsync() => (await LoadAsync()).OrganizationId;

    public async Task<bool> IsOwnerAsync() => (await LoadAsync()).IsOwner;

    public async Task<IReadOnlyList<int>> CenterIdsAsync() => (await LoadAsync()).CenterIds;

    private async Task<Loaded> LoadAsync()
    {
        if (_loaded is not null) return _loaded;
        var id = UserId;
        if (id is null) return _loaded = new Loaded(null, false, []);
        var membership = await db.OrganizationMembers.AsNoTracking().Where(m => m.UserId == id)
            .Select(m => new { m.OrganizationId, m.IsOwner }).FirstOrDefaultAsync();
        var centers = await db.CenterStaff.AsNoTracking().Where(s => s.UserId == id).Select(s => s.CenterId).ToListAsync();
        return _loaded = new Loaded(membership?.OrganizationId, membership?.IsOwner == true, centers);
    }

    private sealed record Loaded(Guid? OrganizationId, bool IsOwner, IReadOnlyList<int> CenterIds);
}
