using GrantHub.Core.Judging;

namespace GrantHub.Web.Features.Panel;

/// <summary>The officer invites a judge to an edition's panel by e-mail.</summary>
public sealed class InviteJudgeForm
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? Affiliation { get; set; }

    /// <summary>Category names ticked among the edition's categories.</summary>
    public List<string> Expertise { get; set; } = [];

    /// <summary>Other category names, separated by commas (，, 、 or ,).</summary>
    public string? OtherExpertise { get; set; }

    public IReadOnlyList<string> AllExpertise() =>
        Expertise.Concat((OtherExpertise ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The officer lifts a recorded conflict; the reason is required and kept.</summary>
public sealed class LiftConflictForm
{
    public Guid DeclarationId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The officer overrides a conflict only the data suggests (no declaration); the reason is required and kept.</summary>
public sealed class LiftSuggestionForm
{
    public Guid ApplicationId { get; set; }
    public string? JudgeUserId { get; set; }
    public string? Reason { get; set; }
}

public sealed record PanelJudgeRow(string UserId, string DisplayName, string Email, string Affiliation, IReadOnlyList<string> Expertise,
    int Load, int Started);

public sealed class PanelPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required int JudgesPerApplication { get; init; }
    public bool HasSecondRound { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<PanelJudgeRow> Judges { get; init; }
    public InviteJudgeForm Invite { get; set; } = new();
}

/// <summary>What the tabs above the panel pages need: which page is current and whether the edition has a second round.</summary>
public sealed record PanelTop(Guid EditionId, string EditionName, string Current, bool HasSecondRound);

/// <summary>
/// A judge on an application: the assignment, whether its score sheet is started (then it stays), and whether a
/// conflict the judge reported sets it aside (it no longer counts; the application needs another judge).
/// </summary>
public sealed record AssignedJudge(Guid AssignmentId, string UserId, string DisplayName, bool Started, bool SetAside = false);

/// <summary>A conflict between a judge of the panel and an application: recorded (a declaration) or suggested by data.</summary>
/// <param name="DeclarationId">The declaration when recorded; null when only suggested.</param>
/// <param name="Lifted">Recorded and lifted by the officer: no longer keeps them apart.</param>
public sealed record ConflictRow(string UserId, string DisplayName, Guid? DeclarationId, IReadOnlyList<ConflictKind> Kinds, string Note,
    bool Lifted, string? LiftReason)
{
    public bool Recorded => DeclarationId is not null;
    public bool Blocks => !Lifted;
}

public sealed record AssignmentRow(Guid ApplicationId, string ProjectName, string OrganizationName, string? Category,
    IReadOnlyList<AssignedJudge> Judges, IReadOnlyList<ConflictRow> Conflicts, IReadOnlyList<PanelJudgeRow> Addable)
{
    /// <summary>The judges who count toward the round's number: not set aside by a conflict.</summary>
    public int Counted => Judges.Count(j => !j.SetAside);
}

public sealed class AssignmentsPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    /// <summary>1: the written review; 2: the shortlist's 路演/答辩.</summary>
    public int Round { get; init; } = 1;
    public bool HasSecondRound { get; init; }
    public bool SecondRoundOpen { get; init; }
    public required int JudgesPerApplication { get; init; }
    public required IReadOnlyList<PanelJudgeRow> Judges { get; init; }
    public required IReadOnlyList<AssignmentRow> Applications { get; init; }
    public LiftConflictForm? Lift { get; set; }
    public LiftSuggestionForm? LiftSuggestion { get; set; }

    public int Short => Applications.Count(a => a.Counted < JudgesPerApplication);

    /// <summary>Where this round's page is: the written round's has no query string.</summary>
    public string Url => Round == 2 ? $"/editions/{EditionId}/assignments?round=2" : $"/editions/{EditionId}/assignments";
}
