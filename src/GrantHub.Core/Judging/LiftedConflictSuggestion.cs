using GrantHub.Core.Auditing;

namespace GrantHub.Core.Judging;

/// <summary>
/// The officer's written ruling that a conflict the data suggests (the judge is a member of the organization, works at
/// its incubation center, or declared a tie with it before) does not keep a judge off an application: one per
/// application and judge, audited. It covers the kinds suggested when it was written; a kind the data suggests later
/// blocks again until the officer lifts that too. It is not the judge's declaration: the judge still declares before
/// seeing the application.
/// </summary>
public class LiftedConflictSuggestion : IAudited
{
    public const int MaxReasonLength = ConflictDeclaration.MaxNoteLength;

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string JudgeUserId { get; private set; } = "";
    /// <summary>Bit (1 &lt;&lt; kind) per <see cref="ConflictKind"/> the ruling covers.</summary>
    public int KindsMask { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime LiftedAt { get; private set; }
    public string LiftedByUserId { get; private set; } = "";
    public long Version { get; private set; }

    private LiftedConflictSuggestion() { }

    public static LiftedConflictSuggestion Lift(Guid applicationId, string judgeUserId, IEnumerable<ConflictKind> suggested,
        string officerUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(judgeUserId)) throw new ArgumentException("A judge is required.", nameof(judgeUserId));
        var lifted = new LiftedConflictSuggestion { Id = Guid.CreateVersion7(), ApplicationId = applicationId, JudgeUserId = judgeUserId };
        lifted.Set(suggested, officerUserId, reason, nowUtc);
        return lifted;
    }

    /// <summary>The kinds this ruling covers, in the order of <see cref="ConflictKind"/>.</summary>
    public IReadOnlyList<ConflictKind> Kinds => KindsOf(KindsMask);

    /// <summary>True when every suggested kind is covered: the judge may then be assigned.</summary>
    public bool Covers(IEnumerable<ConflictKind> suggested) => Covers(KindsMask, suggested);

    /// <summary>The same test on a mask read by a page without loading the entity.</summary>
    public static bool Covers(int kindsMask, IEnumerable<ConflictKind> suggested) => suggested.All(k => (kindsMask & Bit(k)) != 0);

    public static IReadOnlyList<ConflictKind> KindsOf(int kindsMask) => Enum.GetValues<ConflictKind>().Where(k => (kindsMask & Bit(k)) != 0).ToList();

    /// <summary>The data now suggests a kind the ruling did not weigh: the officer lifts it again, with a new reason.</summary>
    public void LiftAgain(IEnumerable<ConflictKind> suggested, string officerUserId, string reason, DateTime nowUtc)
    {
        var kinds = suggested.ToList();
        if (Covers(kinds)) throw new DomainException("This suggested conflict of interest is already lifted.");
        Set(kinds.Concat(Kinds), officerUserId, reason, nowUtc);
    }

    private void Set(IEnumerable<ConflictKind> suggested, string officerUserId, string reason, DateTime nowUtc)
    {
        var kinds = suggested.Distinct().ToList();
        if (kinds.Count == 0) throw new DomainException("The data suggests no conflict of interest here.");
        if (kinds.Any(k => k is not (ConflictKind.MemberOfOrganization or ConflictKind.StaffOfItsCenter or ConflictKind.PriorTie)))
            throw new DomainException("Only a conflict suggested by the data can be lifted this way.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for lifting the conflict of interest.");
        if (reason.Trim().Length > MaxReasonLength) throw new DomainException("The reason has at most {0} characters.", MaxReasonLength);
        KindsMask = kinds.Aggregate(0, (mask, k) => mask | Bit(k));
        Reason = reason.Trim();
        LiftedAt = nowUtc;
        LiftedByUserId = officerUserId;
        Version++;
    }

    private static int Bit(ConflictKind kind) => 1 << (int)kind;
}
