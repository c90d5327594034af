using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Applications;

namespace GrantHub.Web.Features.Screening;

/// <summary>The filters of an edition's application list, as they stand in the query string.</summary>
public sealed class ApplicationFilter
{
    public ApplicationStatus? Status { get; set; }

    public int? Category { get; set; }

    public string? Q { get; set; }

    public int? Page { get; set; }

    public object RouteValues(int page) => new { status = Status, category = Category, q = Q, page };
}

public sealed record ApplicationListRow(
    Guid Id, string ProjectName, string OrganizationName, string? CategoryName, Money Fiscal, Money Matching, ApplicationStatus Status,
    DateTime? SubmittedAt);

public sealed record StatusCount(ApplicationStatus Status, int Count);

public sealed class EditionApplicationsPage
{
    public const int PageSize = 20;

    public required Guid EditionId { get; init; }

    public required string EditionName { get; init; }

    public required DateOnly ClosesOn { get; init; }

    public IReadOnlyList<CategoryChoice> Categories { get; init; } = [];

    public required ApplicationFilter Filter { get; init; }

    public required Page<ApplicationListRow> Rows { get; init; }

    /// <summary>How many applications are in each status (drafts are the organizations' own and only counted).</summary>
    public IReadOnlyList<StatusCount> Counts { get; init; } = [];

    public int CountOf(ApplicationStatus status) => Counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
}

/// <summary>The officer's screening decision with the manual checklist.</summary>
public sealed class ScreeningForm
{
    public const string Pass = "pass";
    public const string Fail = "fail";

    public long Version { get; set; }

    public string? Decision { get; set; }

    public string? Reason { get; set; }

    public bool DocumentsAuthentic { get; set; }

    public bool NoPenalties { get; set; }

    public bool IndependentAccount { get; set; }

    public bool Passes => Decision == Pass;

    /// <summary>The checks an officer makes by hand, against the documents and the registration authority's records.</summary>
    public static readonly IReadOnlyList<(string Field, string Label)> Checklist =
    [
        (nameof(DocumentsAuthentic), "The documents are authentic and match the originals"),
        (nameof(NoPenalties), "No administrative penalty and no failed annual inspection in the last 2 years"),
        (nameof(IndependentAccount), "The organization has an independent bank account in its own name"),
    ];

    public bool Checked(string field) => field switch
    {
        nameof(DocumentsAuthentic) => DocumentsAuthentic,
        nameof(NoPenalties) => NoPenalties,
        nameof(IndependentAccount) => IndependentAccount,
        _ => false,
    };
}

public sealed class ScreeningPage
{
    public required ApplicationView View { get; init; }

    public IReadOnlyList<EligibilityCheck> Eligibility { get; init; } = [];

    public required ScreeningForm Form { get; init; }

    /// <summary>Program officers decide; administrators read.</summary>
    public bool CanDecide { get; init; }
}
