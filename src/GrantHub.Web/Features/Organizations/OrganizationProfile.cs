using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Organizations;

/// <summary>One organization's profile as every page shows it: the details, how complete they are, who belongs to it, where it applied.</summary>
public sealed record OrganizationProfile(
    Organization Organization,
    ProfileCompleteness Completeness,
    string? VerifiedBy,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<ResidencyRow> Residencies)
{
    public MemberRow? Owner => Members.FirstOrDefault(m => m.IsOwner);

    /// <summary>The residency that is going on (applied, under review or admitted), if any.</summary>
    public ResidencyRow? ActiveResidency => Residencies.FirstOrDefault(r => r.Status.IsActive());
}

public sealed record MemberRow(string UserId, string DisplayName, string Email, bool IsOwner, DateTime JoinedAt);

public sealed record ResidencyRow(Guid Id, int CenterId, string CenterName, ResidencyStatus Status, DateTime AppliedAt);

public static class OrganizationProfiles
{
    /// <summary>Four queries whatever the organization's size: the organization, its members, its residencies, the verifier.</summary>
    public static async Task<OrganizationProfile?> LoadAsync(GrantHubDbContext db, Guid id)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (org is null) return null;
        var members = await db.OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberRow(u.Id, u.DisplayName, u.Email ?? "", m.IsOwner, m.JoinedAt))
            .ToListAsync();
        var residencies = await db.Residencies.AsNoTracking().Where(r => r.OrganizationId == id)
            .Join(db.IncubationCenters, r => r.CenterId, c => c.Id, (r, c) => new ResidencyRow(r.Id, c.Id, c.Name, r.Status, r.AppliedAt))
            .ToListAsync();
        var verifiedBy = org.VerifiedByUserId is { } verifier
            ? await db.Users.AsNoTracking().Where(u => u.Id == verifier).Select(u => u.DisplayName).FirstOrDefaultAsync()
            : null;
        return new OrganizationProfile(org, org.Completeness(), verifiedBy,
            members.OrderByDescending(m => m.IsOwner).ThenBy(m => m.JoinedAt).ToList(),
            residencies.OrderByDescending(r => r.AppliedAt).ToList());
    }
}
