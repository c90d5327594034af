using GrantHub.Core.Auditing;

namespace GrantHub.Core.Judging;

public enum ObjectionStatus
{
    Open = 0,
    /// <summary>成立: the officer may then change the decision on the application until the results are final.</summary>
    Upheld = 1,
    /// <summary>不成立.</summary>
    Dismissed = 2,
}

/// <summary>An objection (异议) lodged by anyone against a published result, during the publicity period.</summary>
public class Objection : IAudited
{
    public const int NameMaxLength = 50;
    public const int ContactMaxLength = 100;
    public const int TextMaxLength = 2000;
    public const int NoteMaxLength = 1000;

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>A phone number or an e-mail address; never shown in public.</summary>
    public string Contact { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime LodgedAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? ResolutionNote { get; private set; }
    public string? ResolvedByUserId { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public long Version { get; private set; }

    private Objection() { }

    public static Objection Lodge(Publicity publicity, Guid applicationId, string name, string contact, string text, DateTime nowUtc)
    {
        if (!publicity.AcceptsObjections(nowUtc))
            throw new DomainException("The publicity period is over: objections are no longer accepted.");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(contact) || string.IsNullOrWhiteSpace(text))
            throw new DomainException("Give your name, a phone number or e-mail address, and the objection.");
        return new Objection
        {
            Id = Guid.CreateVersion7(),
            EditionId = publicity.EditionId,
            ApplicationId = applicationId,
            Name = name.Trim(),
            Contact = contact.Trim(),
            Text = text.Trim(),
            LodgedAt = nowUtc,
            Status = ObjectionStatus.Open,
            Version = 1,
        };
    }

    /// <summary>Upholds or dismisses the objection, with a note that says why.</summary>
    public void Resolve(bool upheld, string note, string officerUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The resolving officer is required.", nameof(officerUserId));
        if (Status != ObjectionStatus.Open) throw new DomainException("This objection is already resolved.");
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Write a note that explains the resolution.");
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        ResolutionNote = note.Trim();
        ResolvedByUserId = officerUserId;
        ResolvedAt = nowUtc;
        Version++;
    }
}
