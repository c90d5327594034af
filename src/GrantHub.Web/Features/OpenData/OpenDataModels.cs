namespace GrantHub.Web.Features.OpenData;

/// <summary>One edition's public figures. Amounts in fen here; the JSON writes yuan with two decimals.</summary>
public sealed record EditionSummary(Guid Id, string Name, int Year, int Applications, int FundedCount, long FundedFen,
    int AwardedCount, long AwardedFen, long PaidFen);

/// <summary>
/// One incubation center's public figures: the organizations registered with it (any residency application), those
/// it has incubated (ever admitted), graduated, and in residence now.
/// </summary>
public sealed record CenterSummary(int Id, string Name, int Organizations, int OrganizationsIncubated, int OrganizationsGraduated, int InResidence);

/// <remarks>The totals of organizations count each one once, even when it went to two centers.</remarks>
public sealed record OpenDataSummary(IReadOnlyList<EditionSummary> Editions, IReadOnlyList<CenterSummary> Centers,
    int Organizations, int OrganizationsIncubated, int OrganizationsGraduated, DateTime GeneratedAt);

/// <summary>A funded or awarded project as published: nothing about people, scores or bank accounts.</summary>
public sealed record PublicProject(string Edition, int Year, string Organization, string Project, string? Category,
    GrantHub.Core.Judging.DecisionOutcome Outcome, string? AwardTier, long AmountFen, long PaidFen);
