using GrantHub.Core.Auditing;

namespace GrantHub.Core.Incubation;

/// <summary>
/// One organization's stay at one incubation center, from application to graduation (出壳) or exit (退驻).
/// Every change is a named transition that checks the current state; an illegal one throws a
/// <see cref="DomainException"/> the person reads.
/// </summary>
public class Residency : IAudited
{
    public const int MinTermMonths = 3;
    public const int MaxTermMonths = 36;

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int CenterId { get; private set; }
    public ResidencyStatus Status { get; private set; }

    /// <summary>What the organization asks the center for (space, training, mentoring, registration help …).</summary>
    public string Needs { get; private set; } = "";
    public DateTime AppliedAt { get; private set; }
    public DateTime? ReviewStartedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? RejectionReason { get; private set; }

    public DateOnly? StartsOn { get; private set; }
    public int? TermMonths { get; private set; }
    public Placement? Placement { get; private set; }
    /// <summary>The desk held now; released (null) on graduation or exit. Unique per center among holders.</summary>
    public int? DeskNumber { get; private set; }

    public DateOnly? GraduatedOn { get; private set; }
    public string? CertificateNumber { get; private set; }
    public DateOnly? ExitedOn { get; private set; }
    public string? ExitReason { get; private set; }
    public long Version { get; private set; }

    public DateOnly? EndsOn => StartsOn?.AddMonths(TermMonths ?? 0);

    private Residency() { }

    /// <summary>Applies to a center. One active residency per organization is enforced by a unique index as well.</summary>
    public static Residency Apply(Guid organizationId, int centerId, string needs, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(needs)) throw new DomainException("Tell the center what you need from it.");
        return new Residency
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            CenterId = centerId,
            Needs = needs.Trim(),
            AppliedAt = now,
            Status = ResidencyStatus.Applied,
        };
    }

    /// <summary>
    /// Applies, refusing while the organization already has an active residency (applied, under review or admitted):
    /// one at a time. <paramref name="statusesOfTheOrganization"/> are the statuses of its residencies so far.
    /// </summary>
    public static Residency Apply(Guid organizationId, int centerId, string needs, IEnumerable<ResidencyStatus> statusesOfTheOrganization, DateTime now)
    {
        if (statusesOfTheOrganization.Any(s => s.IsActive()))
            throw new DomainException("Your organization already has an active residency application or residency: one at a time.");
        return Apply(organizationId, centerId, needs, now);
    }

    public void StartReview(DateTime now)
    {
        Require(ResidencyStatus.Applied);
        Status = ResidencyStatus.UnderReview;
        ReviewStartedAt = now;
        Version++;
    }

    /// <summary>Admits with a residency agreement. A desk comes from <see cref="DeskAllocation"/>, never typed in.</summary>
    public void Admit(DateOnly startsOn, int termMonths, Placement placement, int? deskNumber, string staffUserId, DateTime now)
    {
        Require(ResidencyStatus.Applied, ResidencyStatus.UnderReview);
        if (termMonths is < MinTermMonths or > MaxTermMonths)
            throw new DomainException("The term must be between {0} and {1} months.", MinTermMonths, MaxTermMonths);
        if (placement == Incubation.Placement.Desk && deskNumber is null)
            throw new DomainException("All desks of this center are taken: admit as a virtual resident or free a desk first.");
        if (placement == Incubation.Placement.Desk && deskNumber < 1)
            throw new DomainException("Desks are numbered from 1.");
        Status = ResidencyStatus.Admitted;
        StartsOn = startsOn;
        TermMonths = termMonths;
        Placement = placement;
        DeskNumber = placement == Incubation.Placement.Desk ? deskNumber : null;
        DecidedAt = now;
        DecidedByUserId = staffUserId;
        Version++;
    }

    public void Reject(string reason, string staffUserId, DateTime now)
    {
        Require(ResidencyStatus.Applied, ResidencyStatus.UnderReview);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the organization the reason for the rejection.");
        Status = ResidencyStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedAt = now;
        DecidedByUserId = staffUserId;
        Version++;
    }

    /// <summary>
    /// 出壳: only a resident whose latest graduation assessment passes graduates; the desk is released.
    /// <paramref name="graduationAssessment"/> is that latest graduation assessment, null when there is none.
    /// </summary>
    public void Graduate(Assessment? graduationAssessment, int passMark, DateOnly on, string certificateNumber)
    {
        Require(ResidencyStatus.Admitted);
        if (graduationAssessment is null)
            throw new DomainException("Graduation needs a passing graduation assessment: record one first.");
        EnsureNotBeforeStart(on);
        if (graduationAssessment.ResidencyId != Id || graduationAssessment.Kind != AssessmentKind.Graduation)
            throw new DomainException("Graduation needs a graduation assessment of this residency.");
        if (!graduationAssessment.Passes(passMark))
            throw new DomainException("The graduation assessment scored {0}, below the pass mark of {1}.", graduationAssessment.Total, passMark);
        Status = ResidencyStatus.Graduated;
        GraduatedOn = on;
        CertificateNumber = certificateNumber;
        DeskNumber = null;
        Version++;
    }

    /// <summary>退驻: leaving early (breach, dissolution, the organization's wish); the desk is released.</summary>
    public void Exit(string reason, DateOnly on)
    {
        Require(ResidencyStatus.Admitted);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the early exit.");
        EnsureNotBeforeStart(on);
        Status = ResidencyStatus.Exited;
        ExitReason = reason.Trim();
        ExitedOn = on;
        DeskNumber = null;
        Version++;
    }

    public void EnsureAdmitted() => Require(ResidencyStatus.Admitted);

    /// <summary>Services, assessments, graduation and exit happen during the stay, never before it began.</summary>
    public void EnsureNotBeforeStart(DateOnly on)
    {
        if (StartsOn is { } start && on < start)
            throw new DomainException("That date is before the residency started on {0}.", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private void Require(params ResidencyStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new DomainException("This residency is {0}: that step is not possible now.", Status);
    }
}
