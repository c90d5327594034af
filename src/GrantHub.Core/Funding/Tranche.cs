using GrantHub.Core.Auditing;

namespace GrantHub.Core.Funding;

/// <summary>
/// One payment of a grant (一笔拨付). Moves planned → eligible (its trigger met) → requested (program officer) →
/// approved (a finance officer who is not the requester) → paid (bank reference and date), or cancelled with a reason.
/// Each transition checks the current state; the row's <see cref="Version"/> is a concurrency token, so of two
/// transitions raced from the same state exactly one is saved (the other's save fails and the person is told to reload).
/// </summary>
public class Tranche : IAudited
{
    public const int MaxReferenceLength = 64;
    public const int MaxReasonLength = 1000;

    public Guid Id { get; private set; }
    public Guid GrantId { get; private set; }
    /// <summary>1, 2, 3 … in the order of the plan.</summary>
    public int Number { get; private set; }
    public Money Amount { get; private set; }
    public TrancheTrigger Trigger { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public TrancheStatus Status { get; private set; }

    public DateTime? EligibleAt { get; private set; }
    public string? RequestedByUserId { get; private set; }
    public DateTime? RequestedAt { get; private set; }
    public string? ApprovedByUserId { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? PaidByUserId { get; private set; }
    public DateTime? PaidAt { get; private set; }
    /// <summary>The day the bank paid (China time), as on the bank's slip.</summary>
    public DateOnly? PaidOn { get; private set; }
    /// <summary>The bank's reference of the payment; unique across all tranches, so one bank payment is never recorded twice.</summary>
    public string? BankReference { get; private set; }
    public string? CancelledByUserId { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }

    public long Version { get; private set; }

    private Tranche() { }

    internal Tranche(Guid grantId, int number, PlannedTranche plan)
    {
        Id = Guid.CreateVersion7();
        GrantId = grantId;
        Number = number;
        Amount = plan.Amount;
        Trigger = plan.Trigger;
        DueOn = plan.Trigger == TrancheTrigger.OnDate ? plan.DueOn : null;
        Status = TrancheStatus.Planned;
        Version = 1;
    }

    /// <summary>Its trigger is met: the officer may now request it. Only from planned; otherwise nothing to do.</summary>
    internal bool MakeEligible(DateTime nowUtc)
    {
        if (Status != TrancheStatus.Planned) return false;
        Status = TrancheStatus.Eligible;
        EligibleAt = nowUtc;
        Version++;
        return true;
    }

    /// <summary>Whether a date trigger has come (the date, China time, is today or past).</summary>
    public bool DateHasCome(DateOnly today) => Trigger == TrancheTrigger.OnDate && DueOn is { } d && d <= today;

    /// <summary>The program officer asks finance to pay it (申请拨付).</summary>
    public void Request(string officerUserId, DateTime nowUtc)
    {
        Require(officerUserId);
        if (Status == TrancheStatus.Planned)
            throw new DomainException("Tranche {0} cannot be requested yet: what makes it payable has not happened.", Number);
        RequireStatus(TrancheStatus.Eligible, "Tranche {0} is {1}: only a tranche that is payable can be requested.");
        Status = TrancheStatus.Requested;
        RequestedByUserId = officerUserId;
        RequestedAt = nowUtc;
        Version++;
    }

    /// <summary>A finance officer approves the request; never the person who requested it (four eyes).</summary>
    public void Approve(string financeUserId, DateTime nowUtc)
    {
        Require(financeUserId);
        RequireStatus(TrancheStatus.Requested, "Tranche {0} is {1}: only a requested tranche can be approved.");
        if (financeUserId == RequestedByUserId)
            throw new DomainException("You requested this payment: another finance officer must approve it.");
        Status = TrancheStatus.Approved;
        ApprovedByUserId = financeUserId;
        ApprovedAt = nowUtc;
        Version++;
    }

    /// <summary>Records the bank's payment of an approved tranche: reference and the day paid (not in the future).</summary>
    public void Pay(string financeUserId, string bankReference, DateOnly paidOn, DateOnly today, DateTime nowUtc)
    {
        Require(financeUserId);
        RequireStatus(TrancheStatus.Approved, "Tranche {0} is {1}: only an approved tranche can be paid.");
        if (financeUserId == RequestedByUserId)
            throw new DomainException("You requested this payment: another finance officer must record it.");
        var reference = (bankReference ?? "").Trim();
        if (reference.Length == 0) throw new DomainException("Give the bank's reference of the payment.");
        if (reference.Length > MaxReferenceLength) throw new DomainException("A bank reference has at most {0} characters.", MaxReferenceLength);
        if (paidOn > today) throw new DomainException("The day paid cannot be in the future.");
        Status = TrancheStatus.Paid;
        PaidByUserId = financeUserId;
        PaidAt = nowUtc;
        PaidOn = paidOn;
        BankReference = reference;
        Version++;
    }

    /// <summary>Cancels a tranche not yet paid, with a reason the organization reads.</summary>
    public void Cancel(string userId, string reason, DateTime nowUtc)
    {
        Require(userId);
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("Give the reason for cancelling.");
        if (why.Length > MaxReasonLength) throw new DomainException("A reason has at most {0} characters.", MaxReasonLength);
        if (!Status.IsOpen())
            throw new DomainException("Tranche {0} is {1}: a paid or cancelled tranche cannot be cancelled.", Number, Status);
        Status = TrancheStatus.Cancelled;
        CancelledByUserId = userId;
        CancelledAt = nowUtc;
        CancelReason = why;
        Version++;
    }

    private void RequireStatus(TrancheStatus expected, string messageKey)
    {
        if (Status != expected) throw new DomainException(messageKey, Number, Status);
    }

    private static void Require(string userId)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("The acting user is required.", nameof(userId));
    }
}
