using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;

namespace GrantHub.Web.Features.Grants;

// ---- Ledgers (资金台账) ----

/// <summary>The ledger's filter, from the query string.</summary>
public sealed class LedgerFilter
{
    public GrantKind? Kind { get; set; }

    public GrantStatus? Status { get; set; }

    public int? Page { get; set; }

    public bool IsEmpty => Kind is null && Status is null;
}

/// <summary>One tranche as the ledger needs it: enough to add up and to say what comes next.</summary>
public sealed record LedgerTranche(Guid GrantId, int Number, Money Amount, TrancheTrigger Trigger, DateOnly? DueOn, TrancheStatus Status);

/// <summary>One grant of a ledger: what was decided, agreed, paid, and what happens next.</summary>
public sealed class LedgerRow
{
    public required Guid Id { get; init; }

    public required string ProjectName { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required Guid EditionId { get; init; }

    public required string EditionName { get; init; }

    public required GrantKind Kind { get; init; }

    public required GrantStatus Status { get; init; }

    public required Money Decided { get; init; }

    /// <summary>The agreement's amount (an award's amount); zero while no agreement is drafted.</summary>
    public required Money Agreed { get; init; }

    /// <summary>The tranches not cancelled.</summary>
    public required Money Planned { get; init; }

    public required Money Paid { get; init; }

    /// <summary>Tranches cancelled (a stopped project): agreed but never to be paid.</summary>
    public required Money Cancelled { get; init; }

    /// <summary>Still to pay: the tranches not paid and not cancelled.</summary>
    public Money Remaining => Planned - Paid;

    public required NextStep Next { get; init; }
}

/// <summary>The figures at the top of a ledger and in its totals row.</summary>
public sealed record LedgerTotals(int Count, Money Decided, Money Agreed, Money Planned, Money Paid, Money Cancelled, Money Remaining)
{
    public static LedgerTotals Of(IEnumerable<LedgerRow> rows)
    {
        var list = rows.ToList();
        Money Sum(Func<LedgerRow, Money> f) => list.Aggregate(Money.Zero, (s, r) => s + f(r));
        return new LedgerTotals(list.Count, Sum(r => r.Decided), Sum(r => r.Agreed), Sum(r => r.Planned), Sum(r => r.Paid), Sum(r => r.Cancelled), Sum(r => r.Remaining));
    }
}

/// <summary>An edition's ledger: its pool and what its decisions, agreements and payments took from it.</summary>
public sealed class EditionLedgerPage
{
    public const int PageSize = 20;

    public required Guid EditionId { get; init; }

    public required string EditionName { get; init; }

    public required Money Pool { get; init; }

    /// <summary>What the edition's decisions gave (funded and awarded), final or not.</summary>
    public required Money Decided { get; init; }

    /// <summary>Every grant of the edition, whatever the filter.</summary>
    public required LedgerTotals Totals { get; init; }

    public Money NotCommitted => Pool - Decided;

    public required LedgerFilter Filter { get; init; }

    public required Page<LedgerRow> Rows { get; init; }

    /// <summary>Whether the results are final (grants exist only then).</summary>
    public required bool ResultsFinal { get; init; }

    /// <summary>Program officers and administrators reach the edition's other pages; finance does not.</summary>
    public bool ShowEditionLinks { get; init; }
}

/// <summary>The ledgers of every edition with grants, for the nav's entry point.</summary>
public sealed record EditionLedgerSummary(Guid EditionId, string EditionName, int Year, Money Pool, Money Decided, LedgerTotals Totals);

/// <summary>An organization's grants across editions.</summary>
public sealed class OrganizationLedgerPage
{
    public required Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required IReadOnlyList<LedgerRow> Rows { get; init; }

    public LedgerTotals Totals => LedgerTotals.Of(Rows);

    /// <summary>The organization's own members read "your grants"; officers read the organization's.</summary>
    public required bool IsOwnView { get; init; }

    public string ExportUrl => IsOwnView ? "/organization/grants.xlsx" : $"/organizations/{OrganizationId}/grants.xlsx";
}

/// <summary>The first tranche of a grant neither paid nor cancelled, as much of it as the next step says.</summary>
public sealed record OpenTranche(int Number, TrancheTrigger Trigger, DateOnly? DueOn, TrancheStatus Status);

/// <summary>What happens next on a grant, as an English key with its arguments (the view localizes it).</summary>
public sealed record NextStep(string Key, object[] Args, bool Done = false)
{
    /// <summary>
    /// From the grant's state and its tranches: the agreement to draft or confirm, then the next tranche not paid and
    /// what it waits for, then the final evaluation or nothing.
    /// </summary>
    public static NextStep Of(GrantKind kind, GrantStatus status, IEnumerable<LedgerTranche> tranches)
    {
        var next = tranches.Where(t => t.Status.IsOpen()).OrderBy(t => t.Number).FirstOrDefault();
        return Of(kind, status, next is null ? null : new OpenTranche(next.Number, next.Trigger, next.DueOn, next.Status));
    }

    /// <summary>The same from the first tranche neither paid nor cancelled (<paramref name="next"/>), as a ledger's query reads it.</summary>
    public static NextStep Of(GrantKind kind, GrantStatus status, OpenTranche? next)
    {
        switch (status)
        {
            case GrantStatus.AwaitingAgreement: return new("The officer drafts the agreement", []);
            case GrantStatus.AgreementDrafted: return new("The organization confirms the agreement", []);
            case GrantStatus.Stopped: return new("Stopped", [], Done: true);
        }
        if (next is null)
        {
            if (kind == GrantKind.Award) return new("Paid in full", [], Done: true);
            // A passed final evaluation completes the project; a failed one stops it.
            return status == GrantStatus.Completed
                ? new("Completed", [], Done: true)
                : new("Final evaluation", []);
        }
        return next.Status switch
        {
            TrancheStatus.Planned => next.Trigger switch
            {
                TrancheTrigger.MidtermPassed => new("Mid-term evaluation (tranche {0})", [next.Number]),
                TrancheTrigger.FinalPassed => new("Final evaluation (tranche {0})", [next.Number]),
                TrancheTrigger.OnDate => new("Tranche {0} payable from {1}", [next.Number, next.DueOn?.ToString("yyyy-MM-dd") ?? "—"]),
                _ => new("Tranche {0} is planned", [next.Number]),
            },
            TrancheStatus.Eligible => new("The officer requests tranche {0}", [next.Number]),
            TrancheStatus.Requested => new("Finance approves tranche {0}", [next.Number]),
            _ => new("Finance pays tranche {0}", [next.Number]),
        };
    }
}

// ---- The project page ----

public sealed record EvaluationRow(EvaluationKind Kind, decimal Score, int PassMark, bool Passed, string Evaluator, string Comment,
    DateOnly EvaluatedOn, string? RecordedBy, DateTime RecordedAt);

/// <summary>The next tranche not paid, for the organization's "what unlocks the next payment" box.</summary>
public sealed record NextTranche(int Number, Money Amount, TrancheTrigger Trigger, DateOnly? DueOn, TrancheStatus Status);

/// <summary>The header and agreement of a grant, read once for every page about it.</summary>
public sealed class GrantHeader
{
    public required Guid Id { get; init; }

    public required long Version { get; init; }

    public required string ProjectName { get; init; }

    public required Guid ApplicationId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required Guid EditionId { get; init; }

    public required string EditionName { get; init; }

    public required GrantKind Kind { get; init; }

    public required GrantStatus Status { get; init; }

    public required Money Decided { get; init; }

    public Money? Agreed { get; init; }

    public string BankAccountName { get; init; } = "";

    public string BankName { get; init; } = "";

    public string BankAccountNumber { get; init; } = "";

    public string? DraftedByUserId { get; init; }

    public string? DraftedBy { get; init; }

    public DateTime? DraftedAt { get; init; }

    public string? ConfirmedBy { get; init; }

    public DateTime? ConfirmedAt { get; init; }

    public DateOnly? SignedOn { get; init; }

    public string? ScanFileName { get; init; }

    public DateTime? StoppedAt { get; init; }

    public string? StopReason { get; init; }

    public DateTime? CompletedAt { get; init; }

    public bool AgreementEditable => Kind == GrantKind.Funding && Status is GrantStatus.AwaitingAgreement or GrantStatus.AgreementDrafted;
}

public sealed class GrantPage
{
    public required GrantHeader Grant { get; init; }

    /// <summary>The plan as drafted (for the member before the tranche table means anything to them).</summary>
    public IReadOnlyList<LedgerTranche> Tranches { get; init; } = [];

    public IReadOnlyList<EvaluationRow> Evaluations { get; init; } = [];

    public NextTranche? Next { get; init; }

    public required NextStep NextStep { get; init; }

    public Money Paid { get; init; }

    public Money Planned { get; init; }

    public Money Remaining => Planned - Paid;

    /// <summary>A member of the organization the grant pays.</summary>
    public bool IsMember { get; init; }

    public bool CanManage { get; init; }

    public bool CanDraft => CanManage && Grant.AgreementEditable;

    public bool CanConfirm => IsMember && Grant.Status == GrantStatus.AgreementDrafted;

    public bool CanEvaluate => CanManage && Grant.Kind == GrantKind.Funding && Grant.Status == GrantStatus.InProgress
                               && Evaluations.Count < Enum.GetValues<EvaluationKind>().Length;

    public bool CanStop => CanManage && Grant.Status is GrantStatus.AwaitingAgreement or GrantStatus.AgreementDrafted or GrantStatus.InProgress;

    /// <summary>The stop form as posted, when it was refused.</summary>
    public StopForm StopForm { get; set; } = new();

    public bool StopRefused { get; set; }

    /// <summary>Program officers, finance and administrators: the way back to the edition's ledger.</summary>
    public bool ShowLedgerLink { get; init; }
}

// ---- The agreement ----

/// <summary>One row of the tranche plan as the officer types it.</summary>
public sealed class PlanRowInput
{
    /// <summary>A share of the grant (custom percentages; shown for the fixed templates).</summary>
    public decimal? Percent { get; set; }

    /// <summary>The amount in yuan (custom amounts).</summary>
    public decimal? AmountYuan { get; set; }

    public TrancheTrigger? Trigger { get; set; }

    /// <summary>When <see cref="Trigger"/> is <see cref="TrancheTrigger.OnDate"/>: the day it becomes payable (China time).</summary>
    public DateOnly? DueOn { get; set; }
}

public static class AgreementActions
{
    public const string Preview = "preview";
    public const string Save = "save";
}

public sealed class AgreementForm
{
    public long Version { get; set; }

    public decimal? AmountYuan { get; set; }

    public TrancheTemplate? Template { get; set; }

    /// <summary>The template the rows on the page were drawn for: when the officer picks another, its rows are drawn first.</summary>
    public TrancheTemplate? ShownTemplate { get; set; }

    public List<PlanRowInput> Rows { get; set; } = [];

    /// <summary><see cref="AgreementActions.Preview"/> or <see cref="AgreementActions.Save"/>.</summary>
    public string? Then { get; set; }

    public bool IsCustom => Template is TrancheTemplate.CustomPercentages or TrancheTemplate.CustomAmounts;
}

/// <summary>A tranche of the previewed plan.</summary>
public sealed record PlannedRow(int Number, decimal? Percent, Money Amount, TrancheTrigger Trigger, DateOnly? DueOn);

public sealed class AgreementPage
{
    public required GrantHeader Grant { get; init; }

    public required AgreementForm Form { get; init; }

    /// <summary>The organization's account as its profile holds it now.</summary>
    public required BankAccount Account { get; init; }

    /// <summary>The computed plan, when the input makes one.</summary>
    public IReadOnlyList<PlannedRow>? Preview { get; init; }

    /// <summary>Why there is no preview (the rule's message).</summary>
    public string? PreviewProblem { get; init; }

    public static readonly TrancheTrigger[] Triggers =
        [TrancheTrigger.AgreementSigned, TrancheTrigger.MidtermPassed, TrancheTrigger.FinalPassed, TrancheTrigger.OnDate];
}

// ---- Confirmation by the organization ----

public sealed class ConfirmForm
{
    public long Version { get; set; }

    /// <summary>The day the agreement was signed (China time).</summary>
    public DateOnly? SignedOn { get; set; }
}

public sealed class ConfirmPage
{
    public required GrantHeader Grant { get; init; }

    public required IReadOnlyList<LedgerTranche> Tranches { get; init; }

    public required ConfirmForm Form { get; init; }

    public required DateOnly Today { get; init; }
}

// ---- Evaluations and stopping ----

public sealed class EvaluationForm
{
    public long Version { get; set; }

    public EvaluationKind? Kind { get; set; }

    /// <summary>0–100, one decimal.</summary>
    public decimal? Score { get; set; }

    public int? PassMark { get; set; } = Evaluation.DefaultPassMark;

    public string? Evaluator { get; set; }

    public string? Comment { get; set; }

    public DateOnly? EvaluatedOn { get; set; }
}

public sealed class EvaluationPage
{
    public required GrantHeader Grant { get; init; }

    public required EvaluationForm Form { get; init; }

    /// <summary>The kinds not recorded yet.</summary>
    public required IReadOnlyList<EvaluationKind> Kinds { get; init; }

    /// <summary>The tranches each kind would release: shown so the officer knows what a pass or a fail does.</summary>
    public required IReadOnlyList<LedgerTranche> Tranches { get; init; }

    public required DateOnly Today { get; init; }
}

public sealed class StopForm
{
    public long Version { get; set; }

    public string? Reason { get; set; }
}
