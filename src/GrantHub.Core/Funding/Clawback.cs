using GrantHub.Core.Auditing;

namespace GrantHub.Core.Funding;

public enum ClawbackStatus
{
    /// <summary>The officer asked the organization to return the money.</summary>
    Requested = 0,
    /// <summary>Finance recorded the money back (reference and date).</summary>
    Returned = 1,
    /// <summary>Withdrawn by the officer with a reason (e.g. the evaluation was revised).</summary>
    Withdrawn = 2,
}

/// <summary>
/// Money an organization must return (追回), e.g. after a failed evaluation: recorded with its own states, never
/// silently dropped. At most what was paid less what other claw-backs already claim.
/// </summary>
public class Clawback : IAudited
{
    public Guid Id { get; private set; }
    public Guid GrantId { get; private set; }
    public Money Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public ClawbackStatus Status { get; private set; }
    public string RequestedByUserId { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public string? ReturnedReference { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public string? RecordedByUserId { get; private set; }
    public DateTime? RecordedAt { get; private set; }
    public string? WithdrawReason { get; private set; }
    public long Version { get; private set; }

    private Clawback() { }

    /// <summary>Claims <paramref name="amount"/> back from <paramref name="grant"/>; <paramref name="alreadyClaimed"/> is what its other open or returned claw-backs claim.</summary>
    public static Clawback Request(Grant grant, Money amount, string reason, Money alreadyClaimed, string officerUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The requesting officer is required.", nameof(officerUserId));
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("Give the reason for the claw-back.");
        if (why.Length > Tranche.MaxReasonLength) throw new DomainException("A reason has at most {0} characters.", Tranche.MaxReasonLength);
        if (amount <= Money.Zero) throw new DomainException("Give the amount to return, above zero.");
        var claimable = grant.Paid - alreadyClaimed;
        if (amount > claimable)
            throw new DomainException("{0} is more than can be claimed back: {1} paid, {2} already claimed.", amount, grant.Paid, alreadyClaimed);
        return new Clawback
        {
            Id = Guid.CreateVersion7(),
            GrantId = grant.Id,
            Amount = amount,
            Reason = why,
            Status = ClawbackStatus.Requested,
            RequestedByUserId = officerUserId,
            RequestedAt = nowUtc,
            Version = 1,
        };
    }

    /// <summary>Finance records the money back.</summary>
    public void RecordReturn(string financeUserId, string reference, DateOnly returnedOn, DateOnly today, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(financeUserId)) throw new ArgumentException("The recording user is required.", nameof(financeUserId));
        if (Status != ClawbackStatus.Requested) throw new DomainException("This claw-back is {0}: only a requested one can be recorded as returned.", Status);
        var r = (reference ?? "").Trim();
        if (r.Length == 0) throw new DomainException("Give the bank's reference of the payment.");
        if (r.Length > Tranche.MaxReferenceLength) throw new DomainException("A bank reference has at most {0} characters.", Tranche.MaxReferenceLength);
        if (returnedOn > today) throw new DomainException("The day returned cannot be in the future.");
        Status = ClawbackStatus.Returned;
        ReturnedReference = r;
        ReturnedOn = returnedOn;
        RecordedByUserId = financeUserId;
        RecordedAt = nowUtc;
        Version++;
    }

    public void Withdraw(string officerUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The acting user is required.", nameof(officerUserId));
        if (Status != ClawbackStatus.Requested) throw new DomainException("This claw-back is {0}: only a requested one can be withdrawn.", Status);
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("Give the reason for withdrawing.");
        if (why.Length > Tranche.MaxReasonLength) throw new DomainException("A reason has at most {0} characters.", Tranche.MaxReasonLength);
        Status = ClawbackStatus.Withdrawn;
        WithdrawReason = why;
        RecordedByUserId = officerUserId;
        RecordedAt = nowUtc;
        Version++;
    }

    /// <summary>Counts against what may still be claimed (requested or returned, not withdrawn).</summary>
    public bool Claims => Status != ClawbackStatus.Withdrawn;
}
