using System.Globalization;
using GrantHub.Core.Exports;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>The words of the ledgers and their exports (localizer keys, in English).</summary>
public static class LedgerNames
{
    public static string Title(LedgerKind kind) => kind switch
    {
        LedgerKind.Organizations => "Organizations and residency ledger",
        LedgerKind.Applications => "Applications, scores and decisions ledger",
        LedgerKind.Funding => "Funding ledger (plan, paid, remaining)",
        _ => "Reports and evaluations ledger",
    };

    public static string Description(LedgerKind kind) => kind switch
    {
        LedgerKind.Organizations =>
            "Every organization with its credit code, type and registration date, and each residency: center, status, admission and graduation dates, services received and assessments.",
        LedgerKind.Applications =>
            "Every submitted application: edition, organization, project, category, screening, number of scores, written and final score, rank, decision and amount.",
        LedgerKind.Funding =>
            "Every grant: decided, agreed, planned, paid and remaining amounts in yuan, tranches paid and the last payment date, with a totals row.",
        _ =>
            "Every project report (due, submitted, late, returned for revision) and, on a second sheet, every mid-term and final evaluation.",
    };

    /// <summary>The ledger's filters: the edition and its year apply to the competition ledgers only.</summary>
    public static bool HasEditionFilters(LedgerKind kind) => kind != LedgerKind.Organizations;

    public static string Status(ExportStatus status) => status switch
    {
        ExportStatus.Queued => "Queued",
        ExportStatus.Running => "Generating",
        ExportStatus.Ready => "Ready to download",
        _ => "Export failed",
    };

    public static string StatusBadge(ExportStatus status) => status switch
    {
        ExportStatus.Queued => "text-bg-secondary",
        ExportStatus.Running => "text-bg-info",
        ExportStatus.Ready => "text-bg-success",
        _ => "text-bg-danger",
    };

    public const string FailedMessage = "The ledger could not be made. Generate it again; if it fails again, tell an administrator.";
    public const string InterruptedMessage = "The export was interrupted before it finished. Generate the ledger again.";

    /// <summary>"12.3 KB", "1.4 MB": the same in both languages.</summary>
    public static string Size(long? bytes) => bytes switch
    {
        null => "—",
        < 1024 => bytes.Value.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes.Value / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes.Value / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
