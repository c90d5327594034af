using GrantHub.Core;
using GrantHub.Core.Funding;

namespace GrantHub.Web.Features.Disbursement;

// ---- What the forms post. Every form carries the version of the row it was drawn from (the grant's for a new
// claw-back) and the page to go back to. ----

/// <summary>A button without typed input: request or approve a tranche.</summary>
public sealed class TrancheStepForm
{
    public long? Version { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Finance records the bank's payment of an approved tranche.</summary>
public sealed class PayForm
{
    public long? Version { get; set; }

    public string? BankReference { get; set; }

    /// <summary>The day on the bank's slip (China time).</summary>
    public DateOnly? PaidOn { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The officer cancels a tranche not yet paid, with the reason the organization reads.</summary>
public sealed class CancelForm
{
    public long? Version { get; set; }

    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The officer claims money back; <see cref="Version"/> is the grant's.</summary>
public sealed class ClawbackRequestForm
{
    public long? Version { get; set; }

    public decimal? AmountYuan { get; set; }

    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Finance records the money back.</summary>
public sealed class ClawbackReturnedForm
{
    public long? Version { get; set; }

    public string? Reference { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The officer withdraws a claw-back, with a reason.</summary>
public sealed class ClawbackWithdrawForm
{
    public long? Version { get; set; }

    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}

// ---- The tranche table (view component). ----

/// <summary>A person and the instant they acted.</summary>
public sealed record Act(string? Name, DateTime? At)
{
    public bool Happened => At is not null;
}

public sealed class TrancheRow
{
    public required Guid Id { get; init; }
    public required int Number { get; init; }
    public required Money Amount { get; init; }
    public required TrancheTrigger Trigger { get; init; }
    public DateOnly? DueOn { get; init; }
    public required TrancheStatus Status { get; init; }
    public required long Version { get; init; }
    public string? RequestedByUserId { get; init; }
    public required Act Requested { get; init; }
    public required Act Approved { get; init; }
    public required Act Paid { get; init; }
    public DateOnly? PaidOn { get; init; }
    public string? BankReference { get; init; }
    public required Act Cancelled { get; init; }
    public string? CancelReason { get; init; }
}

/// <summary>What the signed-in person may do on the tranche table and the claw-backs.</summary>
public sealed record Abilities(bool Officer, bool Finance, string? UserId);

public sealed class TranchesBlock
{
    public required Guid GrantId { get; init; }
    public required GrantKind Kind { get; init; }
    public required IReadOnlyList<TrancheRow> Rows { get; init; }
    public required Abilities Can { get; init; }
    public required DateOnly Today { get; init; }
    /// <summary>Where the forms come back to: the page that shows the block.</summary>
    public required string ReturnUrl { get; init; }
    public RefusedForm? Refused { get; init; }

    public Money Planned => Rows.Where(r => r.Status != TrancheStatus.Cancelled).Aggregate(Money.Zero, (s, r) => s + r.Amount);
    public Money Paid => Rows.Where(r => r.Status == TrancheStatus.Paid).Aggregate(Money.Zero, (s, r) => s + r.Amount);
    public Money Remaining => Planned - Paid;
}

// ---- The claw-backs (view component). ----

public sealed class ClawbackRow
{
    public required Guid Id { get; init; }
    public required Money Amount { get; init; }
    public required string Reason { get; init; }
    public required ClawbackStatus Status { get; init; }
    public required long Version { get; init; }
    public required Act Requested { get; init; }
    public string? ReturnedReference { get; init; }
    public DateOnly? ReturnedOn { get; init; }
    public required Act Recorded { get; init; }
    public string? WithdrawReason { get; init; }
}

public sealed class ClawbacksBlock
{
    public required Guid GrantId { get; init; }
    public required long GrantVersion { get; init; }
    public required Money Paid { get; init; }
    /// <summary>What requested and returned claw-backs already claim.</summary>
    public required Money Claimed { get; init; }
    public required IReadOnlyList<ClawbackRow> Rows { get; init; }
    public required Abilities Can { get; init; }
    public required DateOnly Today { get; init; }
    public required string ReturnUrl { get; init; }
    public RefusedForm? Refused { get; init; }

    public Money Claimable => Paid - Claimed;
    public Money Returned => Rows.Where(r => r.Status == ClawbackStatus.Returned).Aggregate(Money.Zero, (s, r) => s + r.Amount);
}

// ---- The finance desk and the officer's payment queue. ----

/// <summary>A tranche in a queue, with the project it pays and who moved it last.</summary>
public sealed class QueuedTranche
{
    public required Guid Id { get; init; }
    public required Guid GrantId { get; init; }
    public required int Number { get; init; }
    public required Money Amount { get; init; }
    public required TrancheStatus Status { get; init; }
    public required TrancheTrigger Trigger { get; init; }
    public DateOnly? DueOn { get; init; }
    public required long Version { get; init; }
    public required GrantKind Kind { get; init; }
    public required string Project { get; init; }
    public required string Organization { get; init; }
    public required string Edition { get; init; }
    public string? RequestedByUserId { get; init; }
    public string? RequestedBy { get; init; }
    public string? ApprovedBy { get; init; }
    /// <summary>Since when it waits in this queue (payable, requested or approved).</summary>
    public required DateTime Since { get; init; }
}

public sealed class QueuedClawback
{
    public required Guid Id { get; init; }
    public required Guid GrantId { get; init; }
    public required Money Amount { get; init; }
    public required string Reason { get; init; }
    public required long Version { get; init; }
    public required string Project { get; init; }
    public required string Organization { get; init; }
    public required string Edition { get; init; }
    public string? RequestedBy { get; init; }
    public required DateTime Since { get; init; }
}

public sealed class FinanceDesk
{
    public required Composition.Page<QueuedTranche> Requested { get; init; }
    public required Composition.Page<QueuedTranche> Approved { get; init; }
    public required Composition.Page<QueuedClawback> Clawbacks { get; init; }
    /// <summary>A finance officer acts; an administrator reads.</summary>
    public required bool CanAct { get; init; }
    public required string? UserId { get; init; }
    public required DateOnly Today { get; init; }
    public RefusedForm? Refused { get; init; }
}

public sealed class PaymentQueue
{
    public required Composition.Page<QueuedTranche> Payable { get; init; }
    /// <summary>Requested or approved: waiting for finance.</summary>
    public required IReadOnlyList<QueuedTranche> WithFinance { get; init; }
    public required int WithFinanceTotal { get; init; }
    public required DateOnly Today { get; init; }
}

/// <summary>
/// A typed form the server refused (a rule, an invalid field, a bank reference already used): carried across the
/// redirect so the page shows it again on its row with what was typed and why, instead of losing the input.
/// </summary>
public sealed class RefusedForm
{
    /// <summary>Which form: "pay", "cancel", "clawback", "returned", "withdraw".</summary>
    public string Form { get; set; } = "";

    /// <summary>The tranche, claw-back or (for a new claw-back) grant the form is about.</summary>
    public Guid Id { get; set; }

    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>Errors by field; "" for the form as a whole.</summary>
    public Dictionary<string, List<string>> Errors { get; set; } = [];

    public bool Is(string form, Guid id) => Form == form && Id == id;

    public string? Value(string field) => Values.GetValueOrDefault(field);

    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var e) ? e : [];
}

/// <summary>What a row's action form needs: the row, its version, today (China time), where to come back, and a refusal to show again.</summary>
public sealed record RowForm(Guid Id, long Version, DateOnly Today, string ReturnUrl, RefusedForm? Refused)
{
    /// <summary>The refusal when it belongs to this row's <paramref name="form"/>.</summary>
    public RefusedForm? RefusedAs(string form) => Refused is { } r && r.Is(form, Id) ? r : null;
}
