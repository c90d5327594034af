using GrantHub.Core;
using GrantHub.Core.Judging;

namespace GrantHub.Web.Features.Publicity;

public sealed class ObjectionForm
{
    public Guid? ApplicationId { get; set; }
    public string? Name { get; set; }
    public string? Contact { get; set; }
    public string? Text { get; set; }
}

public sealed class ResolveForm
{
    /// <summary>"upheld" or "dismissed".</summary>
    public string? Resolution { get; set; }
    public string? Note { get; set; }
}

public sealed record ResultRow(Guid ApplicationId, string ProjectName, string OrganizationName, string? Category, DecisionOutcome Outcome,
    Money Amount, string? Tier);

/// <summary>The public results page: nothing private (no scores, no contacts, no bank accounts).</summary>
public sealed class ResultsPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required DateTime PublishedAt { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required bool AcceptsObjections { get; init; }
    public required bool IsFinal { get; init; }
    public required IReadOnlyList<ResultRow> Rows { get; init; }
    public required IReadOnlyList<string> Judges { get; init; }
    public ObjectionForm Form { get; set; } = new();
    public bool Lodged { get; set; }
}

public sealed record ObjectionRow(Guid Id, string ProjectName, string Name, string Contact, string Text, DateTime LodgedAt,
    ObjectionStatus Status, string? Note, string? ResolvedBy, DateTime? ResolvedAt);

public sealed class ObjectionsPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required DateTime PeriodEndUtc { get; init; }
    public required bool IsFinal { get; init; }
    public required bool PeriodOver { get; init; }
    public required IReadOnlyList<ObjectionRow> Rows { get; init; }
    public Guid? RefusedId { get; set; }
    public ResolveForm? RefusedForm { get; set; }
    public int OpenCount => Rows.Count(r => r.Status == ObjectionStatus.Open);
}

/// <summary>The publication status shown on the ranking page.</summary>
public sealed record PublicityStatus(Guid EditionId, bool Published, DateOnly? EndsOn, bool PeriodOver, bool IsFinal, int Undecided,
    int OpenObjections, int Objections, bool CanAct);
