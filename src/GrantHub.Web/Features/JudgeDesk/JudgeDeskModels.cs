using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Web.Features.JudgeDesk;

/// <summary>Where a judge stands on one assigned application.</summary>
public enum QueueStatus
{
    ToDeclare,
    ToScore,
    DraftSaved,
    Submitted,
    Conflict,
}

public static class QueueStatusLabels
{
    public static string Of(QueueStatus status) => status switch
    {
        QueueStatus.ToDeclare => "To declare",
        QueueStatus.ToScore => "To score",
        QueueStatus.DraftSaved => "Draft saved",
        QueueStatus.Submitted => "Submitted",
        _ => "Conflict declared",
    };

    public static string Badge(QueueStatus status) => status switch
    {
        QueueStatus.ToDeclare => "text-bg-warning",
        QueueStatus.ToScore => "text-bg-primary",
        QueueStatus.DraftSaved => "text-bg-info",
        QueueStatus.Submitted => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static QueueStatus Of(bool declared, bool blocks, ScoreSheetStatus? sheet) =>
        !declared ? QueueStatus.ToDeclare
        : blocks ? QueueStatus.Conflict
        : sheet switch { null => QueueStatus.ToScore, ScoreSheetStatus.Draft => QueueStatus.DraftSaved, _ => QueueStatus.Submitted };
}

/// <param name="Round">1: the written review; 2: the shortlist's 路演/答辩.</param>
public sealed record QueueRow(Guid AssignmentId, Guid EditionId, string EditionName, DateOnly ReviewEndsOn, string ProjectName,
    string? CategoryName, QueueStatus Status, DateTime? ReopenedAt, int Round = 1);

public sealed record QueueEdition(Guid EditionId, string EditionName, DateOnly ReviewEndsOn, IReadOnlyList<QueueRow> Rows)
{
    public int Done => Rows.Count(r => r.Status is QueueStatus.Submitted or QueueStatus.Conflict);
}

/// <summary>GET /judging: the signed-in judge's assignments, by edition.</summary>
public sealed record JudgeQueuePage(IReadOnlyList<QueueEdition> Editions, DateOnly Today)
{
    public int Done => Editions.Sum(e => e.Done);

    public int Total => Editions.Sum(e => e.Rows.Count);
}

/// <summary>POST /judging/{id}/declare: no conflict, or a conflict of a kind with a note.</summary>
public sealed class DeclarationForm
{
    public const string None = "none";
    public const string Conflict = "conflict";

    public string? Decision { get; set; }

    public ConflictKind? Kind { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// POST /judging/{id}/report-conflict: a judge who declared no conflict finds one later (kind and note). The sheet then
/// closes for them; what they scored stays on record but no longer counts.
/// </summary>
public sealed class ReportConflictForm
{
    public ConflictKind? Kind { get; set; }

    public string? Note { get; set; }
}

public sealed class ScoreRowForm
{
    public int CriterionId { get; set; }

    public string? Points { get; set; }

    public string? Comment { get; set; }
}

/// <summary>POST /judging/{id}/sheet: every criterion's points and comment; Then is "save" (draft) or "submit" (locks).</summary>
public sealed class ScoreSheetForm
{
    public const string Save = "save";
    public const string Submit = "submit";

    public long Version { get; set; }

    public string? Then { get; set; }

    public List<ScoreRowForm> Rows { get; set; } = [];
}

public sealed record SheetCriterion(int Id, string Name, int MaxPoints, bool IsBonus);

public sealed record BudgetLineView(string Subject, string Description, Money UnitPrice, int Quantity, FundsSource Source)
{
    public Money Subtotal => new(UnitPrice.Fen * Quantity);
}

/// <summary>What a judge may read of an application once they declared no conflict; identity only outside blind review.</summary>
public sealed class JudgeApplicationView
{
    public required string Summary { get; init; }
    public required string NeedAnalysis { get; init; }
    public required string Goals { get; init; }
    public required string Activities { get; init; }
    public required string Beneficiaries { get; init; }
    public int? BeneficiaryCount { get; init; }
    public required string Team { get; init; }
    public required string Risks { get; init; }
    public required IReadOnlyList<BudgetLineView> Budget { get; init; }
    public Money Fiscal { get; init; }
    public Money Matching { get; init; }
    /// <summary>Numbered 1…n in upload order; the real file name only outside blind review.</summary>
    public required IReadOnlyList<(int Number, string? FileName, long SizeBytes)> Attachments { get; init; }
}

/// <summary>GET /judging/{id}: the declaration form, or the application and its score sheet.</summary>
public sealed class JudgeSheetPage
{
    public required Guid AssignmentId { get; init; }
    /// <summary>1: the written review; 2: the shortlist's 路演/答辩, scored against the second round's rubric.</summary>
    public int Round { get; init; } = 1;
    public required string EditionName { get; init; }
    public required DateOnly ReviewEndsOn { get; init; }
    public required bool BlindReview { get; init; }
    public required string ProjectName { get; init; }
    public string? CategoryName { get; init; }
    /// <summary>Null in blind review.</summary>
    public string? OrganizationName { get; init; }
    /// <summary>Null in blind review, and before the declaration.</summary>
    public string? OrganizationCode { get; init; }
    public required QueueStatus Status { get; init; }
    public ConflictKind? ConflictKind { get; init; }
    public string? ConflictNote { get; init; }
    public DateTime? DeclaredAt { get; init; }
    public DateTime? SubmittedAt { get; init; }
    public DateTime? ReopenedAt { get; init; }
    public string? ReopenReason { get; init; }
    public int CommentBelowPercent { get; init; }
    public IReadOnlyList<SheetCriterion> Criteria { get; init; } = [];
    /// <summary>Null until the judge may read the content.</summary>
    public JudgeApplicationView? Content { get; init; }
    public DeclarationForm Declaration { get; set; } = new();
    /// <summary>The conflict report as typed, when it was refused.</summary>
    public ReportConflictForm Report { get; set; } = new();
    /// <summary>The judge had started this sheet before a conflict closed it: the scores are kept but do not count.</summary>
    public bool SheetSetAside { get; init; }
    public ScoreSheetForm Form { get; set; } = new();

    public bool Locked => Status == QueueStatus.Submitted;

    public decimal? TotalOf(ScoreSheetForm form) =>
        form.Rows.Select(r => ScoreInput.Parse(r.Points)).Where(p => p is not null).Sum(p => p!.Value);
}

public static class ScoreInput
{
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public static string Text(decimal points) => points.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record EditionSheetRow(Guid AssignmentId, string ProjectName, string JudgeName, ScoreSheetStatus Status, decimal Total,
    DateTime UpdatedAt, DateTime? SubmittedAt, DateTime? ReopenedAt, string? ReopenReason, long Version)
{
    /// <summary>1: the written review; 2: 路演/答辩.</summary>
    public int Round { get; init; } = 1;

    /// <summary>The judge reported a conflict with the application since: the sheet is kept but does not count.</summary>
    public bool SetAside { get; init; }
}

/// <summary>POST /judging/sheets/{id}/reopen.</summary>
public sealed class ReopenForm
{
    public long Version { get; set; }

    public string? Reason { get; set; }
}

/// <summary>GET /editions/{id}/sheets: the edition's score sheets, with a reopen form on each submitted one.</summary>
public sealed class EditionSheetsPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required IReadOnlyList<EditionSheetRow> Rows { get; init; }
    public bool CanReopen { get; init; }
    /// <summary>The sheet whose reopen form was refused, with what was typed.</summary>
    public Guid? FailedSheet { get; set; }
    public ReopenForm? FailedForm { get; set; }
}
