using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;

// The folder is Features/Residency (the controller's name finds its views); the namespace is plural so that it never
// hides the Core type Residency from the other feature namespaces.
namespace GrantHub.Web.Features.Residencies;

/// <summary>The organization's incubation page: every residency it had, newest first.</summary>
public sealed record OrganizationResidencyPage(string OrganizationName, IReadOnlyList<ResidencyCard> Residencies)
{
    /// <summary>One active residency at a time: the apply button shows only when none is.</summary>
    public bool CanApply => Residencies.All(r => !r.Status.IsActive());
}

public sealed record ResidencyCard(
    Guid Id, string CenterName, int PassMark, ResidencyStatus Status, DateTime AppliedAt, DateTime? DecidedAt, string? RejectionReason,
    DateOnly? StartsOn, int? TermMonths, Placement? Placement, int? DeskNumber, DateOnly? GraduatedOn, string? CertificateNumber,
    DateOnly? ExitedOn, string? ExitReason)
{
    public int Services { get; init; }

    public int ServiceMinutes { get; init; }

    public IReadOnlyList<AssessmentLine> Assessments { get; init; } = [];

    public DateOnly? EndsOn => StartsOn?.AddMonths(TermMonths ?? 0);
}

public sealed record AssessmentLine(Guid ResidencyId, AssessmentKind Kind, DateOnly On, int Governance, int Team, int Finance, int ProjectOperation, string Comment)
{
    public int Total => Governance + Team + Finance + ProjectOperation;
}

/// <summary>The apply form, with the organization's profile shown read-only beside it (filled once, never retyped).</summary>
public sealed class ApplyPage
{
    public ApplyForm Form { get; set; } = new();

    public required ProfileSummary Profile { get; init; }

    public IReadOnlyList<CenterChoice> Centers { get; init; } = [];
}

public sealed class ApplyForm
{
    public int? CenterId { get; set; }

    public string? Needs { get; set; }
}

public sealed record CenterChoice(int Id, string Name, CenterLevel Level, string Address, int Desks, int DesksFree);

/// <summary>What the profile says about an organization, as the center reads it with an application.</summary>
public sealed record ProfileSummary(
    Guid Id, string Name, OrganizationType Type, string? CreditCode, string? FilingNumber, string ContactPerson, string ContactMobile,
    string LegalRepresentative, string Address, ServiceField ServiceFields, int? StaffCount, int? VolunteerCount, EvaluationGrade Grade,
    AnnualInspection AnnualInspection, string Introduction, bool Verified, ProfileCompleteness Completeness)
{
    public static ProfileSummary From(Organization o) => new(o.Id, o.Name, o.Type, o.CreditCode, o.FilingNumber, o.ContactPerson,
        o.ContactMobile, o.LegalRepresentative, o.Address, o.ServiceFields, o.StaffCount, o.VolunteerCount, o.Grade, o.AnnualInspection,
        o.Introduction, o.IsVerified, o.Completeness());
}

public sealed record CertificateView(string OrganizationName, string CenterName, CenterLevel CenterLevel, DateOnly StartsOn,
    DateOnly GraduatedOn, string CertificateNumber);
