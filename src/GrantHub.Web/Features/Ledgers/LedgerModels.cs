using GrantHub.Core.Exports;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>The "Generate" form of one ledger's card: the ledger and its filters (each optional).</summary>
public sealed class GenerateLedgerForm
{
    public LedgerKind? Kind { get; set; }

    public Guid? EditionId { get; set; }

    public int? Year { get; set; }

    public int? CenterId { get; set; }
}

/// <summary>The ledger centre (台账中心): the ledgers the person may make, their filters' choices, and their exports.</summary>
public sealed class LedgersPage
{
    public required IReadOnlyList<LedgerKind> Ledgers { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyList<EditionChoice> Editions { get; init; }

    public required IReadOnlyList<CenterChoice> Centers { get; init; }

    /// <summary>Center staff: the ledger lists their centers' organizations only.</summary>
    public required bool OwnCentersOnly { get; init; }

    public required IReadOnlyList<ExportRow> Exports { get; init; }

    /// <summary>The form that was refused, to show its ledger's card with the choices kept.</summary>
    public GenerateLedgerForm? Refused { get; init; }

    public bool AnyActive => Exports.Any(e => !e.IsFinished);

    public GenerateLedgerForm FormFor(LedgerKind kind) => Refused is { Kind: { } k } && k == kind ? Refused : new GenerateLedgerForm { Kind = kind };
}

public sealed record EditionChoice(Guid Id, string Name, int Year);

public sealed record CenterChoice(int Id, string Name);

/// <summary>One of the person's exports, as "My exports" lists it.</summary>
public sealed record ExportRow(
    Guid Id,
    LedgerKind Kind,
    ExportStatus Status,
    int Processed,
    int Total,
    long? ByteCount,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    string? ErrorKey,
    string FileName,
    string? EditionName,
    int? Year,
    string? CenterName,
    bool OwnCentersOnly)
{
    public bool IsFinished => Status is ExportStatus.Ready or ExportStatus.Failed;

    public int Percent => Status == ExportStatus.Ready ? 100 : Total <= 0 ? 0 : Math.Min(100, (int)(Processed * 100L / Total));

    public string DownloadUrl => $"/ledgers/exports/{Id}";
}

/// <summary>What the page's script reads every second or two while an export is being made.</summary>
public sealed record ExportStatusJson(
    string Id,
    string Status,
    string Label,
    string Badge,
    int Percent,
    string Rows,
    string Size,
    string? DownloadUrl,
    string? Error);
