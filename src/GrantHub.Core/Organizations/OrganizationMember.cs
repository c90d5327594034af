using GrantHub.Core.Auditing;

namespace GrantHub.Core.Organizations;

/// <summary>A person's membership of an organization; one member is the owner. A person belongs to one organization.</summary>
public class OrganizationMember : IAudited
{
    public Guid OrganizationId { get; private set; }
    public string UserId { get; private set; } = "";
    public bool IsOwner { get; internal set; }
    public DateTime JoinedAt { get; private set; }

    private OrganizationMember() { }

    internal OrganizationMember(Guid organizationId, string userId, bool isOwner, DateTime joinedAt)
    {
        OrganizationId = organizationId;
        UserId = userId;
        IsOwner = isOwner;
        JoinedAt = joinedAt;
    }
}
