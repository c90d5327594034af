using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Web.Features.Ranking;

/// <summary>The officer's decision on one application, as the row's form posts it.</summary>
public sealed class DecisionForm
{
    public DecisionOutcome? Outcome { get; set; }

    /// <summary>For <see cref="DecisionOutcome.Funded"/>: the amount granted, in yuan (at most 2 decimals).</summary>
    public decimal? AmountYuan { get; set; }

    /// <summary>For <see cref="DecisionOutcome.Awarded"/>: the award tier.</summary>
    public int? TierId { get; set; }

    /// <summary>The version of the decision the officer saw (none for a first decision).</summary>
    public long? Version { get; set; }
}

public sealed record CriterionColumn(int Id, string Name, int MaxPoints, bool IsBonus);

public sealed record TierChoice(int Id, string Name, Money Amount, int Count, int Given)
{
    public int Left => Math.Max(0, Count - Given);
}

/// <summary>A judge's total as the page shows it: "Judge A" in a blind edition, the name otherwise.</summary>
public sealed record JudgeTotal(string Label, decimal Total, bool Trimmed, bool Outlier);

public sealed record CurrentDecision(DecisionOutcome Outcome, Money Amount, string? TierName, DateTime DecidedAt, long Version);

public sealed class RankingRow
{
    public required Guid ApplicationId { get; init; }

    public required string ProjectName { get; init; }

    public required string OrganizationName { get; init; }

    public required Money FiscalRequested { get; init; }

    /// <summary>The written round's line.</summary>
    public required RankedApplication Ranked { get; init; }

    /// <summary>The place in the final order (the written round's when the edition has no shortlist).</summary>
    public required int Position { get; init; }

    public required int? Rank { get; init; }

    /// <summary>On the shortlist of the second round (路演/答辩).</summary>
    public bool Shortlisted { get; init; }

    /// <summary>The second round's line of a shortlisted application.</summary>
    public RankedApplication? SecondRound { get; init; }

    /// <summary>The final score: both rounds combined; null unless shortlisted with both aggregates.</summary>
    public decimal? Final { get; init; }

    /// <summary>The English label of the tie-break step that placed this row below the one above, if any.</summary>
    public string? TieBreakLabel { get; init; }

    public bool AwaitingSecondRound => Shortlisted && Final is null;

    public IReadOnlyList<JudgeTotal> Judges { get; init; } = [];

    public IReadOnlyList<JudgeTotal> SecondJudges { get; init; } = [];

    public IReadOnlyList<string> SecondOutlierJudges { get; init; } = [];

    public IReadOnlyList<string> OutlierJudges { get; init; } = [];

    public CurrentDecision? Decision { get; init; }

    /// <summary>What the row's form shows: the posted values after a refusal, otherwise the current decision.</summary>
    public required DecisionForm Form { get; init; }

    /// <summary>This row's form was just refused: its errors are shown in the row.</summary>
    public bool Refused { get; init; }
}

public sealed class RankingPage
{
    public required Guid EditionId { get; init; }

    public required string EditionName { get; init; }

    public required AggregationMethod Method { get; init; }

    public required bool BlindReview { get; init; }

    public required int JudgesPerApplication { get; init; }

    public required Money Pool { get; init; }

    public required Money Cap { get; init; }

    public required Money Decided { get; init; }

    public Money Left => Pool - Decided;

    public IReadOnlyList<CriterionColumn> Criteria { get; init; } = [];

    public bool HasSecondRound { get; init; }

    public int WrittenRoundPercent { get; init; }

    public int SecondRoundJudgesPerApplication { get; init; }

    public int ShortlistCount { get; init; }

    public IReadOnlyList<CriterionColumn> SecondCriteria { get; init; } = [];

    public int? DecidingCriterionId { get; init; }

    public IReadOnlyList<TierChoice> Tiers { get; init; } = [];

    public IReadOnlyList<RankingRow> Rows { get; init; } = [];

    public int FundedCount { get; init; }

    public int AwardedCount { get; init; }

    /// <summary>Program officers decide; administrators read.</summary>
    public bool CanDecide { get; init; }
}
