namespace GrantHub.Core.Organizations;

/// <summary>
/// The owner's invitation to join, sent by e-mail. The link carries a random token; it expires and can be used once,
/// by the person who signs in with the invited address.
/// </summary>
public class OrganizationInvitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Email { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string InvitedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    /// <summary>The owner took the invitation back (sent to a wrong address, or the person left): its link no longer works.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    private OrganizationInvitation() { }

    public static OrganizationInvitation Create(Guid organizationId, string email, string invitedByUserId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Email = email.Trim().ToLowerInvariant(),
        Token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(),
        InvitedByUserId = invitedByUserId,
        CreatedAt = now,
        ExpiresAt = now + ValidFor,
    };

    public bool IsOpen(DateTime now) => AcceptedAt is null && WithdrawnAt is null && now < ExpiresAt;

    public void Withdraw(DateTime now)
    {
        if (AcceptedAt is not null) throw new DomainException("This invitation has already been used.");
        if (WithdrawnAt is not null) throw new DomainException("This invitation was withdrawn by the organization.");
        WithdrawnAt = now;
    }

    public void Accept(Organization organization, string userId, string userEmail, DateTime now)
    {
        if (AcceptedAt is not null) throw new DomainException("This invitation has already been used.");
        if (WithdrawnAt is not null) throw new DomainException("This invitation was withdrawn by the organization.");
        if (now >= ExpiresAt) throw new DomainException("This invitation has expired: ask the organization's owner for a new one.");
        if (!string.Equals(userEmail.Trim(), Email, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("This invitation was sent to {0}: sign in with that address to accept it.", Email);
        organization.AddMember(userId, now);
        AcceptedAt = now;
    }
}
