using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;

namespace GrantHub.Web.Features.Competitions;

/// <summary>One published edition in the public list.</summary>
public sealed record CompetitionCard(Guid Id, string Name, int Year, string Organizer, PhaseBadge Badge, Money Pool, Money Cap,
    IReadOnlyList<string> Categories);

/// <summary>The eligibility rules of an edition, as the call states them in words.</summary>
public sealed record EligibilityRules(IReadOnlyList<OrganizationType> Types, int? MinYearsRegistered, EvaluationGrade MinGrade,
    bool RequiresResidency, bool AllowsSeveralApplications, int MinMatchingPercent)
{
    /// <summary>No type ticked means every type may apply.</summary>
    public bool EveryType => Types.Count == 0;

    public static IReadOnlyList<OrganizationType> TypesOf(int mask) =>
        mask == 0 ? [] : OrganizationTypes.All.Where(t => (mask & (1 << (int)t)) != 0).ToList();
}

public sealed record RubricLine(string Name, int MaxPoints, bool IsBonus);

public sealed record AwardLine(string Name, Money Amount, int Count)
{
    public Money Total => new(Amount.Fen * Count);
}

/// <summary>The call (申报指南) of an edition: everything an organization needs to decide whether and how to apply.</summary>
public sealed class CallPage
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required int Year { get; init; }
    public required string Organizer { get; init; }
    public required string Call { get; init; }
    public required PhaseBadge Badge { get; init; }
    public required DateOnly ReviewEndsOn { get; init; }
    public required int PublicityDays { get; init; }
    public required Money Pool { get; init; }
    public required Money Cap { get; init; }
    public required EligibilityRules Eligibility { get; init; }
    public required int JudgesPerApplication { get; init; }
    public required AggregationMethod Aggregation { get; init; }
    public required bool BlindReview { get; init; }
    public required int CommentBelowPercent { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<RubricLine> Rubric { get; init; }
    public required IReadOnlyList<AwardLine> Awards { get; init; }

    public EditionPhase Phase => Badge.Phase;
    public DateOnly OpensOn => Badge.OpensOn;
    public DateOnly ClosesOn => Badge.ClosesOn;
    public int RubricTotal => Rubric.Where(r => !r.IsBonus).Sum(r => r.MaxPoints);
    public Money AwardTotal => Awards.Aggregate(Money.Zero, (sum, a) => sum + a.Total);

    /// <summary>An officer looking at a draft before publishing it: the public does not see it.</summary>
    public bool IsPreview => Phase == EditionPhase.Draft;
}
