using GrantHub.Core.Auditing;

namespace GrantHub.Core.Organizations;

public enum AnnualInspection
{
    Unknown = 0,
    Passed = 1,
    Failed = 2,
}

/// <summary>
/// A social organization (社会组织): one profile, filled once and reused by every application and report.
/// Registering needs only name, type, code or filing number and a contact; the rest can follow.
/// </summary>
public class Organization : IAudited
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganizationType Type { get; private set; }
    /// <summary>Upper case, 18 characters, checked by GB 32100-2015; null for a filed community organization.</summary>
    public string? CreditCode { get; private set; }
    /// <summary>备案号 of a community organization that is only filed.</summary>
    public string? FilingNumber { get; private set; }
    public string ContactPerson { get; private set; } = "";
    public string ContactMobile { get; private set; } = "";

    public string RegistrationAuthority { get; set; } = "";
    public DateOnly? RegisteredOn { get; set; }
    public string LegalRepresentative { get; set; } = "";
    public string Address { get; set; } = "";
    public ServiceField ServiceFields { get; set; }
    public int? StaffCount { get; set; }
    public int? VolunteerCount { get; set; }
    public EvaluationGrade Grade { get; set; }
    public AnnualInspection AnnualInspection { get; set; }
    public string Introduction { get; set; } = "";
    public string BankAccountName { get; set; } = "";
    public string BankName { get; set; } = "";
    public string BankAccountNumber { get; set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public string? VerifiedByUserId { get; private set; }
    public long Version { get; private set; }

    public List<OrganizationMember> Members { get; private set; } = [];

    public bool IsVerified => VerifiedAt is not null;

    private Organization() { }

    /// <summary>The short first step: identity and a contact. The registering person becomes the owner.</summary>
    public static Organization Register(string name, OrganizationType type, string? creditCodeOrFilingNumber,
        string contactPerson, string contactMobile, string ownerUserId, DateTime now)
    {
        var org = new Organization { Id = Guid.CreateVersion7(), CreatedAt = now };
        org.SetIdentity(name, type, creditCodeOrFilingNumber);
        org.SetContact(contactPerson, contactMobile);
        org.Members.Add(new OrganizationMember(org.Id, ownerUserId, isOwner: true, now));
        return org;
    }

    /// <summary>
    /// An organization recorded by center staff from paper records, before any of its people has an account; its
    /// first member joins later by invitation.
    /// </summary>
    public static Organization RecordOnBehalf(string name, OrganizationType type, string? creditCodeOrFilingNumber,
        string contactPerson, string contactMobile, DateTime now)
    {
        var org = new Organization { Id = Guid.CreateVersion7(), CreatedAt = now };
        org.SetIdentity(name, type, creditCodeOrFilingNumber);
        org.SetContact(contactPerson, contactMobile);
        return org;
    }

    /// <summary>Name, type and identifier. Changing the name or the code undoes the verification: staff check again.</summary>
    public void SetIdentity(string name, OrganizationType type, string? creditCodeOrFilingNumber)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) throw new DomainException("The organization's name is required.");
        var (code, filing) = OrganizationIdentifier.Resolve(type, creditCodeOrFilingNumber);
        if (Id != Guid.Empty && (trimmed != Name || code != CreditCode)) Unverify();
        Name = trimmed;
        Type = type;
        CreditCode = code;
        FilingNumber = filing;
        Touch();
    }

    public void SetContact(string person, string mobile)
    {
        ContactPerson = person.Trim();
        ContactMobile = Identity.MainlandMobile.Normalize(mobile)
            ?? throw new DomainException("Enter a mainland mobile number of 11 digits, e.g. 13912345678.");
        Touch();
    }

    public void Verify(string staffUserId, DateTime now)
    {
        VerifiedAt = now;
        VerifiedByUserId = staffUserId;
        Touch();
    }

    public void Unverify()
    {
        VerifiedAt = null;
        VerifiedByUserId = null;
        Touch();
    }

    /// <summary>Marks a change for the concurrency check: of two people saving at once, the second is told to reload.</summary>
    public void Touch() => Version++;

    public string? OwnerUserId => Members.FirstOrDefault(m => m.IsOwner)?.UserId;

    public void AddMember(string userId, DateTime now)
    {
        if (Members.Any(m => m.UserId == userId)) throw new DomainException("This person is already a member.");
        Members.Add(new OrganizationMember(Id, userId, isOwner: false, now));
    }

    public void RemoveMember(string userId)
    {
        var member = Members.FirstOrDefault(m => m.UserId == userId) ?? throw new DomainException("This person is not a member.");
        if (member.IsOwner) throw new DomainException("The owner cannot be removed: hand over ownership first.");
        Members.Remove(member);
    }

    public void HandOverOwnership(string fromUserId, string toUserId)
    {
        var from = Members.FirstOrDefault(m => m.UserId == fromUserId && m.IsOwner) ?? throw new DomainException("Only the owner can hand over ownership.");
        var to = Members.FirstOrDefault(m => m.UserId == toUserId) ?? throw new DomainException("This person is not a member.");
        if (from == to) return;
        from.IsOwner = false;
        to.IsOwner = true;
        Touch();
    }

    /// <summary>The profile's parts, by their English label (the web layer translates it), and whether each is filled.</summary>
    public static readonly IReadOnlyList<(string Label, Func<Organization, bool> IsFilled)> ProfileParts =
    [
        ("Name", o => o.Name.Length > 0),
        ("Credit code or filing number", o => o.CreditCode is not null || o.FilingNumber is not null),
        ("Contact person", o => o.ContactPerson.Length > 0),
        ("Contact mobile", o => o.ContactMobile.Length > 0),
        ("Registration authority", o => o.RegistrationAuthority.Length > 0),
        ("Registration date", o => o.RegisteredOn is not null),
        ("Legal representative", o => o.LegalRepresentative.Length > 0),
        ("Address", o => o.Address.Length > 0),
        ("Service fields", o => o.ServiceFields != ServiceField.None),
        ("Staff count", o => o.StaffCount is not null),
        ("Volunteer count", o => o.VolunteerCount is not null),
        ("Introduction", o => o.Introduction.Length > 0),
        ("Bank account", o => o.BankAccountName.Length > 0 && o.BankName.Length > 0 && o.BankAccountNumber.Length > 0),
    ];

    /// <summary>How much of the profile is filled: shown to the organization so it knows what is left.</summary>
    public ProfileCompleteness Completeness()
    {
        var missing = ProfileParts.Where(p => !p.IsFilled(this)).Select(p => p.Label).ToList();
        return new ProfileCompleteness(ProfileParts.Count - missing.Count, ProfileParts.Count, missing);
    }
}

public sealed record ProfileCompleteness(int Filled, int Total, IReadOnlyList<string> Missing)
{
    public int Percent => Total == 0 ? 100 : Filled * 100 / Total;
}
