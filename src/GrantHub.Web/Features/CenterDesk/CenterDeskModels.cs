using GrantHub.Core.Incubation;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Residencies;

namespace GrantHub.Web.Features.CenterDesk;

public sealed record CenterName(int Id, string Name);

/// <summary>The staff's start page: what waits for an answer, who is in residence, whose term ends, what was done this month.</summary>
public sealed record DashboardPage(
    IReadOnlyList<CenterName> Centers,
    IReadOnlyList<WaitingRow> Waiting,
    int WaitingTotal,
    int Overdue,
    IReadOnlyDictionary<ResidencyStatus, int> ByStatus,
    IReadOnlyList<EndingRow> Ending,
    int PastTerm,
    IReadOnlyList<ServiceTally> ServicesThisMonth,
    DateOnly Today)
{
    public bool ManyCenters => Centers.Count > 1;
}

/// <summary>An application waiting for an answer, with the working days it has waited against the target.</summary>
public sealed record WaitingRow(Guid Id, string OrganizationName, string CenterName, ResidencyStatus Status, DateTime AppliedAt)
{
    public int WorkingDaysWaiting { get; init; }

    public bool Overdue => WorkingDaysWaiting > WorkingDays.ReviewTarget;

    /// <summary>The answer is due today or tomorrow.</summary>
    public bool DueSoon => !Overdue && WorkingDaysWaiting >= WorkingDays.ReviewTarget - 1;
}

public sealed record EndingRow(Guid Id, string OrganizationName, string CenterName, DateOnly StartsOn, int TermMonths)
{
    public DateOnly EndsOn => StartsOn.AddMonths(TermMonths);
}

public sealed record ServiceTally(ServiceType Type, int Count, int Minutes);

public sealed record ApplicationsPage(Page<WaitingRow> Rows, int Overdue, bool ManyCenters);

public sealed record ResidentRow(Guid Id, string OrganizationName, string CenterName, ResidencyStatus Status, DateTime AppliedAt,
    DateOnly? StartsOn, int? TermMonths, Placement? Placement, int? DeskNumber, int Services)
{
    public DateOnly? EndsOn => StartsOn?.AddMonths(TermMonths ?? 0);
}

public sealed record ResidentsPage(ResidencyStatus? Status, Page<ResidentRow> Rows, bool ManyCenters);

public sealed record ServiceLine(ServiceType Type, DateOnly On, int Minutes, string Topic, int Attendees, GrantHub.Core.Money Amount, string RecordedBy);

/// <summary>One residency as the center's staff work on it: the record, the organization's profile, and a form per step.</summary>
public sealed class ResidencyDetailPage
{
    public required Guid Id { get; init; }
    public required long Version { get; init; }
    public required ResidencyStatus Status { get; init; }
    public required string Needs { get; init; }
    public required DateTime AppliedAt { get; init; }
    public DateTime? ReviewStartedAt { get; init; }
    public DateTime? DecidedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? RejectionReason { get; init; }
    public DateOnly? StartsOn { get; init; }
    public int? TermMonths { get; init; }
    public Placement? Placement { get; init; }
    public int? DeskNumber { get; init; }
    public DateOnly? GraduatedOn { get; init; }
    public string? CertificateNumber { get; init; }
    public DateOnly? ExitedOn { get; init; }
    public string? ExitReason { get; init; }
    public DateOnly? EndsOn => StartsOn?.AddMonths(TermMonths ?? 0);

    public required string CenterName { get; init; }
    public required int Desks { get; init; }
    public required int DesksFree { get; init; }
    public required int PassMark { get; init; }
    public required ProfileSummary Profile { get; init; }
    public required IReadOnlyList<ServiceLine> Services { get; init; }
    public required IReadOnlyList<AssessmentLine> Assessments { get; init; }
    public required DateOnly Today { get; init; }

    public int WorkingDaysWaiting => WorkingDays.Between(DateOnly.FromDateTime(GrantHub.Core.ChinaTime.ToChina(AppliedAt)), Today);

    /// <summary>The graduation assessment that decides graduation: the latest one.</summary>
    public AssessmentLine? LatestGraduation => Assessments.Where(a => a.Kind == AssessmentKind.Graduation).OrderByDescending(a => a.On).FirstOrDefault();

    public AdmitForm Admit { get; set; } = new();
    public RejectForm Reject { get; set; } = new();
    public ServiceForm Service { get; set; } = new();
    public AssessmentForm Assessment { get; set; } = new();
    public GraduateForm Graduate { get; set; } = new();
    public ExitForm Exit { get; set; } = new();
}

// Form fields are nullable: a cleared input arrives empty, and the validators (not the model binder) say what is
// missing, in the person's language.

public sealed class AdmitForm
{
    public long Version { get; set; }
    public DateOnly? StartsOn { get; set; }
    public int? TermMonths { get; set; } = 12;
    public Placement Placement { get; set; }
}

public sealed class RejectForm
{
    public long Version { get; set; }
    public string? Reason { get; set; }
}

public sealed class ServiceForm
{
    public ServiceType Type { get; set; }
    public DateOnly? On { get; set; }
    /// <summary>In half hours: 1.5 is an hour and a half.</summary>
    public decimal? Hours { get; set; } = 1;
    public string? Topic { get; set; }
    public int? Attendees { get; set; }
    /// <summary>Yuan, for an activity subsidy only.</summary>
    public decimal? Amount { get; set; }
}

public sealed class AssessmentForm
{
    public AssessmentKind Kind { get; set; }
    public DateOnly? On { get; set; }
    public int? Governance { get; set; }
    public int? Team { get; set; }
    public int? Finance { get; set; }
    public int? ProjectOperation { get; set; }
    public string? Comment { get; set; }
}

public sealed class GraduateForm
{
    public long Version { get; set; }
    public DateOnly? On { get; set; }
}

public sealed class ExitForm
{
    public long Version { get; set; }
    public DateOnly? On { get; set; }
    public string? Reason { get; set; }
}
