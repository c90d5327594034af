using GrantHub.Core.Auditing;

namespace GrantHub.Core.Judging;

/// <summary>Why a judge must not judge an application (回避事由).</summary>
public enum ConflictKind
{
    /// <summary>The judge is a member of the applying organization.</summary>
    MemberOfOrganization = 0,

    /// <summary>The judge works at an incubation center where the organization is (or was) resident.</summary>
    StaffOfItsCenter = 1,

    /// <summary>The judge declared a tie with this organization before (another application, another edition).</summary>
    PriorTie = 2,

    Other = 3,
}

/// <summary>
/// A judge's declaration on one application, made before any of its content is shown: no conflict, or a conflict
/// of a kind. One per application and judge. A conflict stands until the officer lifts it with a written reason;
/// a judge who declared none may still report a conflict later, never the reverse.
/// </summary>
public class ConflictDeclaration : IAudited
{
    public const int MaxNoteLength = 1000;

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string JudgeUserId { get; private set; } = "";
    public bool HasConflict { get; private set; }
    /// <summary>The kind of conflict; null when none is declared.</summary>
    public ConflictKind? Kind { get; private set; }
    public string Note { get; private set; } = "";
    public DateTime DeclaredAt { get; private set; }

    public DateTime? LiftedAt { get; private set; }
    public string? LiftedByUserId { get; private set; }
    public string? LiftReason { get; private set; }

    public long Version { get; private set; }

    private ConflictDeclaration() { }

    public static ConflictDeclaration NoConflict(Guid applicationId, string judgeUserId, DateTime nowUtc) =>
        new() { Id = Guid.CreateVersion7(), ApplicationId = applicationId, JudgeUserId = judgeUserId, DeclaredAt = nowUtc };

    public static ConflictDeclaration Conflict(Guid applicationId, string judgeUserId, ConflictKind kind, string note, DateTime nowUtc)
    {
        var declaration = new ConflictDeclaration { Id = Guid.CreateVersion7(), ApplicationId = applicationId, JudgeUserId = judgeUserId };
        declaration.SetConflict(kind, note, nowUtc);
        return declaration;
    }

    /// <summary>A conflict that is not lifted: the judge is kept off the application.</summary>
    public bool Blocks => HasConflict && LiftedAt is null;

    /// <summary>The judge may open and score the application: they declared none, or the officer lifted the conflict.</summary>
    public bool AllowsJudging => !Blocks;

    /// <summary>
    /// A judge who declared none finds a tie later. The declaration then blocks: the judge's score sheets on the
    /// application (either round) close and no longer count, though they are kept; the officer assigns another judge.
    /// </summary>
    public void ReportConflict(ConflictKind kind, string note, DateTime nowUtc)
    {
        if (HasConflict) throw new DomainException("A conflict of interest is already declared for this application.");
        SetConflict(kind, note, nowUtc);
    }

    /// <summary>The officer sets a conflict aside; only with a written reason, kept in the audit trail.</summary>
    public void Lift(string officerUserId, string reason, DateTime nowUtc)
    {
        if (!HasConflict) throw new DomainException("There is no conflict of interest to lift.");
        if (LiftedAt is not null) throw new DomainException("This conflict of interest is already lifted.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for lifting the conflict of interest.");
        if (reason.Trim().Length > MaxNoteLength) throw new DomainException("The reason has at most {0} characters.", MaxNoteLength);
        LiftedAt = nowUtc;
        LiftedByUserId = officerUserId;
        LiftReason = reason.Trim();
        Version++;
    }

    private void SetConflict(ConflictKind kind, string note, DateTime nowUtc)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Choose the kind of conflict of interest.");
        var text = note.Trim();
        if (kind == ConflictKind.Other && text.Length == 0) throw new DomainException("Describe the conflict of interest.");
        if (text.Length > MaxNoteLength) throw new DomainException("The note has at most {0} characters.", MaxNoteLength);
        HasConflict = true;
        Kind = kind;
        Note = text;
        DeclaredAt = nowUtc;
        Version++;
    }
}
