using GrantHub.Core.Auditing;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Funding;

/// <summary>
/// The money an edition's final decision gives an organization. A funded decision becomes a project awaiting its
/// agreement (签约): the officer drafts it (amount at most the decided amount, tranche plan, the organization's bank
/// account), the organization confirms it with the signed scan, and tranches become payable as their triggers are met.
/// An award is paid once, through the same request/approve/pay steps, with no agreement. A failed evaluation stops
/// the project: its unpaid tranches are cancelled (money already paid is claimed back through <see cref="Clawback"/>).
/// </summary>
public class Grant : IAudited
{
    public const int MaxFileNameLength = 255;

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid DecisionId { get; private set; }
    public GrantKind Kind { get; private set; }
    public GrantStatus Status { get; private set; }
    /// <summary>What the final decision gave: the ceiling of the agreement.</summary>
    public Money DecidedAmount { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The agreement's amount; for an award, the award.</summary>
    public Money? AgreedAmount { get; private set; }
    public string? DraftedByUserId { get; private set; }
    public DateTime? DraftedAt { get; private set; }
    public string BankAccountName { get; private set; } = "";
    public string BankName { get; private set; } = "";
    public string BankAccountNumber { get; private set; } = "";
    public string? ConfirmedByUserId { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    /// <summary>The day the agreement was signed (China time).</summary>
    public DateOnly? SignedOn { get; private set; }
    public string? SignedScanFileName { get; private set; }
    public string? SignedScanStoredName { get; private set; }

    public DateTime? StoppedAt { get; private set; }
    public string? StopReason { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    public long Version { get; private set; }

    public List<Tranche> Tranches { get; private set; } = [];

    private Grant() { }

    /// <summary>
    /// Opens the grant of a final decision: a funded one awaits its agreement; an award gets its single tranche,
    /// payable at once.
    /// </summary>
    public static Grant Open(Decision decision, Guid organizationId, DateTime nowUtc)
    {
        if (decision.FinalizedAt is null) throw new DomainException("Only a final decision opens a grant.");
        var kind = decision.Outcome switch
        {
            DecisionOutcome.Funded => GrantKind.Funding,
            DecisionOutcome.Awarded => GrantKind.Award,
            _ => throw new ArgumentException("Only a funded or awarded decision opens a grant.", nameof(decision)),
        };
        var grant = new Grant
        {
            Id = Guid.CreateVersion7(),
            EditionId = decision.EditionId,
            ApplicationId = decision.ApplicationId,
            OrganizationId = organizationId,
            DecisionId = decision.Id,
            Kind = kind,
            DecidedAmount = decision.Amount,
            CreatedAt = nowUtc,
            Version = 1,
        };
        if (kind == GrantKind.Funding)
        {
            grant.Status = GrantStatus.AwaitingAgreement;
        }
        else
        {
            grant.Status = GrantStatus.InProgress;
            grant.AgreedAmount = decision.Amount;
            var tranche = new Tranche(grant.Id, 1, new PlannedTranche(decision.Amount, TrancheTrigger.ResultsFinal));
            tranche.MakeEligible(nowUtc);
            grant.Tranches.Add(tranche);
        }
        return grant;
    }

    public bool AgreementEditable => Kind == GrantKind.Funding && Status is GrantStatus.AwaitingAgreement or GrantStatus.AgreementDrafted;

    /// <summary>
    /// Drafts (or redrafts, until the organization confirms) the agreement: the amount, at most what was decided, the
    /// tranche plan adding up to it exactly, and the bank account from the organization's profile.
    /// </summary>
    public void DraftAgreement(Money amount, IReadOnlyList<PlannedTranche> plan, BankAccount account, string officerUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The drafting officer is required.", nameof(officerUserId));
        if (Kind != GrantKind.Funding) throw new DomainException("An award is paid without an agreement.");
        if (Status == GrantStatus.Stopped) throw new DomainException("The project is stopped.");
        if (!AgreementEditable) throw new DomainException("The agreement is confirmed: it can no longer change.");
        if (amount <= Money.Zero) throw new DomainException("Give the amount granted, above zero.");
        if (amount > DecidedAmount)
            throw new DomainException("{0} is more than the {1} decided for this project.", amount, DecidedAmount);
        if (!account.IsComplete)
            throw new DomainException("The organization's profile has no complete bank account: ask it to fill in the account name, bank and number.");
        TranchePlan.Check(amount, plan);

        AgreedAmount = amount;
        Tranches.Clear();
        Tranches.AddRange(plan.Select((t, i) => new Tranche(Id, i + 1, t)));
        BankAccountName = account.AccountName.Trim();
        BankName = account.BankName.Trim();
        BankAccountNumber = account.AccountNumber.Trim();
        DraftedByUserId = officerUserId;
        DraftedAt = nowUtc;
        Status = GrantStatus.AgreementDrafted;
        Version++;
    }

    /// <summary>
    /// The organization confirms the drafted agreement with the signed scan and the day it was signed; tranches paid on
    /// signing, and those whose date has come, become payable.
    /// </summary>
    public void Confirm(string memberUserId, DateOnly signedOn, string scanFileName, string scanStoredName, DateOnly today, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(memberUserId)) throw new ArgumentException("The confirming member is required.", nameof(memberUserId));
        if (Kind != GrantKind.Funding) throw new DomainException("An award is paid without an agreement.");
        if (Status != GrantStatus.AgreementDrafted)
            throw new DomainException(Status switch
            {
                GrantStatus.AwaitingAgreement => "The agreement has not been drafted yet.",
                GrantStatus.Stopped => "The project is stopped.",
                _ => "The agreement is confirmed: it can no longer change.",
            });
        if (signedOn > today) throw new DomainException("The day signed cannot be in the future.");
        if (string.IsNullOrWhiteSpace(scanStoredName)) throw new DomainException("Upload the signed agreement as a PDF.");
        ConfirmedByUserId = memberUserId;
        ConfirmedAt = nowUtc;
        SignedOn = signedOn;
        SignedScanFileName = Truncate(scanFileName.Trim(), MaxFileNameLength);
        SignedScanStoredName = scanStoredName;
        Status = GrantStatus.InProgress;
        foreach (var t in Tranches.Where(t => t.Trigger == TrancheTrigger.AgreementSigned || t.DateHasCome(today))) t.MakeEligible(nowUtc);
        Version++;
    }

    /// <summary>Date-triggered tranches whose day has come become payable (run daily and when the project is opened).</summary>
    public int ReleaseDueDates(DateOnly today, DateTime nowUtc)
    {
        if (Status != GrantStatus.InProgress && Status != GrantStatus.Completed) return 0;
        return Tranches.Where(t => t.DateHasCome(today)).Count(t => t.MakeEligible(nowUtc));
    }

    /// <summary>
    /// An evaluation was recorded: a pass releases the tranches waiting on it (a final pass completes the project);
    /// a fail stops the project and cancels every tranche not yet paid.
    /// </summary>
    public void ApplyEvaluation(bool final, bool passed, string userId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("The acting user is required.", nameof(userId));
        if (Kind != GrantKind.Funding) throw new DomainException("An award has no evaluations.");
        if (Status != GrantStatus.InProgress)
            throw new DomainException(Status == GrantStatus.Stopped
                ? "The project is stopped."
                : "Evaluations are recorded once the agreement is confirmed and until the project ends.");
        if (passed)
        {
            var trigger = final ? TrancheTrigger.FinalPassed : TrancheTrigger.MidtermPassed;
            foreach (var t in Tranches.Where(t => t.Trigger == trigger)) t.MakeEligible(nowUtc);
            if (final)
            {
                Status = GrantStatus.Completed;
                CompletedAt = nowUtc;
            }
        }
        else
        {
            Stop(userId, final ? "The final evaluation failed." : "The mid-term evaluation failed.", nowUtc);
            return;
        }
        Version++;
    }

    /// <summary>Stops the project: every tranche not yet paid is cancelled with the reason.</summary>
    public void Stop(string userId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("The acting user is required.", nameof(userId));
        if (Status == GrantStatus.Stopped) throw new DomainException("The project is stopped.");
        if (Status == GrantStatus.Completed) throw new DomainException("The project is complete: it can no longer be stopped.");
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("Give the reason for cancelling.");
        if (why.Length > Tranche.MaxReasonLength) throw new DomainException("A reason has at most {0} characters.", Tranche.MaxReasonLength);
        foreach (var t in Tranches.Where(t => t.Status.IsOpen())) t.Cancel(userId, why, nowUtc);
        Status = GrantStatus.Stopped;
        StoppedAt = nowUtc;
        StopReason = Truncate(why, Tranche.MaxReasonLength);
        Version++;
    }

    /// <summary>
    /// An award is complete once its single tranche is paid (a funded project completes with its final evaluation).
    /// Returns whether it changed.
    /// </summary>
    public bool CompleteIfPaid(DateTime nowUtc)
    {
        if (Kind != GrantKind.Award || Status != GrantStatus.InProgress) return false;
        if (Tranches.Count == 0 || Tranches.Any(t => t.Status != TrancheStatus.Paid)) return false;
        Status = GrantStatus.Completed;
        CompletedAt = nowUtc;
        Version++;
        return true;
    }

    public Money Planned => Tranches.Where(t => t.Status != TrancheStatus.Cancelled).Aggregate(Money.Zero, (s, t) => s + t.Amount);
    public Money Paid => Tranches.Where(t => t.Status == TrancheStatus.Paid).Aggregate(Money.Zero, (s, t) => s + t.Amount);
    public Money Remaining => Planned - Paid;

    /// <summary>The next tranche not yet paid, in plan order (what the organization waits for).</summary>
    public Tranche? NextUnpaid => Tranches.Where(t => t.Status.IsOpen()).OrderBy(t => t.Number).FirstOrDefault();

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
