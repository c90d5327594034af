using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Funding;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// The bureau dashboard's filters, from the query string. <see cref="Year"/> is the edition's year for the competition
/// figures and the calendar year (China time) for registrations, admissions, graduations and payments; the edition and
/// the category narrow the competition, money and report figures; the center narrows the incubation figures to its
/// residencies and the competition figures to the organizations registered with it.
/// </summary>
public sealed class DashboardFilter
{
    public int? Year { get; set; }

    public Guid? Edition { get; set; }

    public int? Center { get; set; }

    public string? Category { get; set; }

    public bool IsEmpty => Year is null && Edition is null && Center is null && string.IsNullOrWhiteSpace(Category);

    /// <summary>The query string of this filter with one value changed (for the links between figures).</summary>
    public string QueryWith(int? year = null, Guid? edition = null, int? center = null, string? category = null)
    {
        var parts = new List<string>();
        if ((year ?? Year) is { } y) parts.Add($"year={y}");
        if ((edition ?? Edition) is { } e) parts.Add($"edition={e}");
        if ((center ?? Center) is { } c) parts.Add($"center={c}");
        if ((category ?? Category) is { Length: > 0 } k) parts.Add($"category={Uri.EscapeDataString(k)}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>A published edition; its results published (公示) or also final (grants opened).</summary>
public sealed record EditionOption(Guid Id, string Name, int Year, bool ResultsPublished, bool ResultsFinal);

public sealed record CenterOption(int Id, string Name);

/// <summary>What the filter bar offers: only values that exist in the records.</summary>
public sealed record FilterOptions(IReadOnlyList<int> Years, IReadOnlyList<EditionOption> Editions, IReadOnlyList<CenterOption> Centers,
    IReadOnlyList<string> Categories);

/// <summary>
/// Reports owed by funded projects, by how they were handed in: on time (first submitted by the end of the due day,
/// China time), late (first submitted after it), overdue (never submitted and past the due day), not yet due.
/// </summary>
public sealed record ReportCounts(int OnTime, int Late, int Overdue, int NotDue)
{
    public static readonly ReportCounts None = new(0, 0, 0, 0);

    /// <summary>Reports whose due day has passed or that were handed in: the ones that are on time or not.</summary>
    public int Due => OnTime + Late + Overdue;

    public int LateOrOverdue => Late + Overdue;

    /// <summary>Whole percent on time among the due ones; null when none is due yet.</summary>
    public int? PercentOnTime => Due == 0 ? null : (int)Math.Round(OnTime * 100m / Due, MidpointRounding.AwayFromZero);

    public static ReportCounts operator +(ReportCounts a, ReportCounts b) =>
        new(a.OnTime + b.OnTime, a.Late + b.Late, a.Overdue + b.Overdue, a.NotDue + b.NotDue);
}

/// <summary>One calendar year (China time) of the bureau's figures.</summary>
public sealed record YearFigures(int Year, int Registered, int Admitted, int Graduated, Money Paid);

/// <summary>
/// One edition's figures. Decisions count only once the edition's results are published (公示), as on the public
/// results page and in open data; before that <see cref="ResultsPublished"/> is false and they are zero.
/// </summary>
public sealed record EditionFigures(Guid Id, string Name, int Year, bool ResultsPublished, bool ResultsFinal, int Applications,
    int Funded, Money FundedAmount, int Awarded, Money AwardedAmount, Money Agreed, Money Paid, ReportCounts Reports)
{
    public Money Decided => FundedAmount + AwardedAmount;
}

/// <summary>One category (by name, across editions: editions reuse their categories' names).</summary>
public sealed record CategoryFigures(string? Name, int Applications, int Funded, Money FundedAmount, int Awarded, Money AwardedAmount)
{
    /// <summary>The category's id in each edition that has it (for links to an edition's applications).</summary>
    public IReadOnlyDictionary<Guid, int> IdsByEdition { get; init; } = new Dictionary<Guid, int>();
}

public sealed class BureauDashboard
{
    /// <summary>When the figures were computed (they may be kept for <c>Dashboards:CacheSeconds</c>).</summary>
    public DateTime ComputedAt { get; set; }

    public required DashboardFilter Filter { get; init; }

    public required FilterOptions Options { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<YearFigures> Years { get; init; }

    public required IReadOnlyList<EditionFigures> Editions { get; init; }

    public required IReadOnlyList<CategoryFigures> Categories { get; init; }

    /// <summary>Organizations registered with a center (any residency application), in the year when one is chosen.</summary>
    public required int Organizations { get; init; }

    /// <summary>Program officers and administrators open the edition pages (applications, ranking, reports); finance does not.</summary>
    public bool CanOpenEditionPages { get; init; }

    /// <summary>Only program officers have the report queue.</summary>
    public bool CanOpenReports { get; init; }

    /// <summary>An administrator opens any center's dashboard.</summary>
    public bool CanOpenCenterDashboards { get; set; }

    public IReadOnlyList<EditionFigures> Decided => Editions.Where(e => e.ResultsPublished).ToList();

    public int Applications => Editions.Sum(e => e.Applications);

    public int Funded => Editions.Sum(e => e.Funded);

    public int Awarded => Editions.Sum(e => e.Awarded);

    public Money FundedAmount => Editions.Aggregate(Money.Zero, (s, e) => s + e.FundedAmount);

    public Money AwardedAmount => Editions.Aggregate(Money.Zero, (s, e) => s + e.AwardedAmount);

    public Money DecidedAmount => FundedAmount + AwardedAmount;

    public Money Agreed => Editions.Aggregate(Money.Zero, (s, e) => s + e.Agreed);

    public Money PaidForEditions => Editions.Aggregate(Money.Zero, (s, e) => s + e.Paid);

    public ReportCounts Reports => Editions.Aggregate(ReportCounts.None, (s, e) => s + e.Reports);

    public string? CenterName => Options.Centers.FirstOrDefault(c => c.Id == Filter.Center)?.Name;

    public EditionOption? Edition => Options.Editions.FirstOrDefault(e => e.Id == Filter.Edition);
}

/// <summary>One year of a center's residencies: admissions (start of residency), graduations (出壳) and early exits.</summary>
public sealed record ResidencyYear(int Year, int Admitted, int Graduated, int Exited);

/// <summary>One month of services recorded for residents.</summary>
public sealed record ServiceMonth(int Year, int Month, int Count, int Minutes, int Attendees)
{
    public string Label => $"{Year}-{Month:D2}";

    public decimal Hours => Math.Round(Minutes / 60m, 1);
}

/// <summary>Assessments of one kind in one year, with their average total (of 100).</summary>
public sealed record AssessmentYear(int Year, AssessmentKind Kind, int Count, decimal AverageTotal);

public sealed class CenterDashboard
{
    /// <summary>When the figures were computed (they may be kept for <c>Dashboards:CacheSeconds</c>).</summary>
    public DateTime ComputedAt { get; set; }

    public required IReadOnlyList<CenterOption> Centers { get; init; }

    /// <summary>The center chosen in the filter, or null for all the person's centers.</summary>
    public int? Center { get; init; }

    public int? Year { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyDictionary<ResidencyStatus, int> ByStatus { get; init; }

    public required IReadOnlyList<ResidencyYear> ResidencyYears { get; init; }

    public required IReadOnlyList<ServiceMonth> ServiceMonths { get; init; }

    public required IReadOnlyList<AssessmentYear> Assessments { get; init; }

    /// <summary>The venture competitions, counted for the organizations registered with the center(s).</summary>
    public required IReadOnlyList<EditionFigures> Editions { get; init; }

    /// <summary>Center staff open their residents list; an administrator goes to the organization directory instead.</summary>
    public bool IsStaff { get; init; }

    /// <summary>The centers the figures cover: the one chosen, or all the person's.</summary>
    public IEnumerable<string> ScopeNames => Center is { } id ? Centers.Where(c => c.Id == id).Select(c => c.Name) : Centers.Select(c => c.Name);

    public int Residencies => ByStatus.Values.Sum();

    public string QueryWith(int? year = null, int? center = null)
    {
        var parts = new List<string>();
        if ((year ?? Year) is { } y) parts.Add($"year={y}");
        if ((center ?? Center) is { } c) parts.Add($"center={c}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>One of the organization's applications and, once the results are published, its outcome.</summary>
public sealed record OrganizationApplication(Guid Id, string EditionName, int Year, string ProjectName, string? Category,
    ApplicationStatus Status, DecisionOutcome? Outcome, Money? Amount);

/// <summary>One of the organization's grants: what was decided, agreed and paid.</summary>
public sealed record OrganizationGrant(Guid Id, string EditionName, int Year, string ProjectName, GrantKind Kind, GrantStatus Status,
    Money Decided, Money? Agreed, Money Paid);

public sealed record PaidYear(int Year, Money Paid);

public sealed record OrganizationResidency(string CenterName, ResidencyStatus Status, DateOnly? StartsOn, DateOnly? GraduatedOn, DateOnly? ExitedOn);

public sealed class OrganizationDashboard
{
    /// <summary>When the figures were computed (they may be kept for <c>Dashboards:CacheSeconds</c>).</summary>
    public DateTime ComputedAt { get; set; }

    public required string Name { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<OrganizationApplication> Applications { get; init; }

    public required IReadOnlyList<OrganizationGrant> Grants { get; init; }

    public required IReadOnlyList<PaidYear> PaidByYear { get; init; }

    public required ReportCounts Reports { get; init; }

    public required IReadOnlyList<OrganizationResidency> Residencies { get; init; }

    public int Submitted => Applications.Count(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn);

    public int Funded => Applications.Count(a => a.Outcome == DecisionOutcome.Funded);

    public int Awarded => Applications.Count(a => a.Outcome == DecisionOutcome.Awarded);

    public int NotSelected => Applications.Count(a => a.Outcome == DecisionOutcome.NotSelected);

    /// <summary>Submitted and without a published outcome yet.</summary>
    public int Waiting => Submitted - Funded - Awarded - NotSelected;

    public Money Decided => Grants.Aggregate(Money.Zero, (s, g) => s + g.Decided);

    public Money Agreed => Grants.Aggregate(Money.Zero, (s, g) => s + (g.Agreed ?? Money.Zero));

    public Money Paid => Grants.Aggregate(Money.Zero, (s, g) => s + g.Paid);
}
