using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>The ranking of an edition: applications in their final order, with the panel figures that explain it.</summary>
/// <param name="Applications">In order of <see cref="RankedApplication.Position"/> (1 first).</param>
/// <param name="DecidingCriterionId">The criterion whose average breaks ties: the first regular criterion with the
/// largest maximum (design/feasibility, 25 points, in the default rubric); null without regular criteria.</param>
/// <param name="PanelMean">Mean of every sheet total in the edition (null without sheets).</param>
/// <param name="PanelStandardDeviation">Population standard deviation of every sheet total: with
/// <see cref="PanelMean"/> it maps normalized scores back onto the points scale.</param>
/// <param name="JudgeSpread">How far apart judges of the same application usually are in this edition: the pooled
/// within-application standard deviation of totals. A judge more than twice this from an application's panel mean is
/// flagged <see cref="RankingFlags.OutlierJudge"/>. Null when no application has two scores.</param>
/// <param name="Judges">Each judge's own figures across the applications they scored (how harsh or lenient they are).</param>
public sealed record RankingResult(
    AggregationMethod Method,
    IReadOnlyList<RankedApplication> Applications,
    int? DecidingCriterionId,
    decimal? PanelMean,
    decimal? PanelStandardDeviation,
    decimal? JudgeSpread,
    IReadOnlyList<JudgeStatistics> Judges);

/// <summary>One application's line on the ranking page.</summary>
/// <param name="Position">1, 2, 3 … after the tie-break: the order of the list and of the decisions.</param>
/// <param name="Rank">Competition rank on the aggregate alone ("1, 2, 2, 4"): equal aggregates share it and the
/// tie-break only orders them. Null for an application without scores.</param>
/// <param name="Aggregate">The figure the method gives, in points, rounded to 2 decimals (midpoint away from zero).
/// Null without scores.</param>
/// <param name="Judges">Each judge's sheet, in the order the sheets were given.</param>
/// <param name="CriterionAverages">Per criterion, in the rubric's order: the mean over all this application's sheets
/// (trimmed ones included), rounded to 2 decimals; null without scores.</param>
/// <param name="OutlierJudges">The judges flagged far from the panel, in the order of <see cref="Judges"/>.</param>
/// <param name="TieBreak">The step that placed this application below the one just above it with the same
/// aggregate; <see cref="TieBreak.None"/> when its aggregate is lower (or it is first).</param>
public sealed record RankedApplication(
    Guid ApplicationId,
    int Position,
    int? Rank,
    decimal? Aggregate,
    int ScoreCount,
    IReadOnlyList<JudgeScore> Judges,
    IReadOnlyList<decimal?> CriterionAverages,
    RankingFlags Flags,
    IReadOnlyList<string> OutlierJudges,
    TieBreak TieBreak);

/// <summary>One judge's total on one application.</summary>
/// <param name="Trimmed">Left out by the trimmed mean (the one highest or the one lowest total).</param>
/// <param name="Outlier">More than two <see cref="RankingResult.JudgeSpread"/> from the application's panel mean.</param>
/// <param name="Z">For <see cref="AggregationMethod.NormalizedMean"/>: (total − judge's mean) / judge's standard
/// deviation; 0 for a judge with one score or with all scores equal. Null for the other methods.</param>
public sealed record JudgeScore(string JudgeId, decimal Total, bool Trimmed, bool Outlier, decimal? Z);

/// <summary>A judge's totals across every application they scored (population standard deviation).</summary>
public sealed record JudgeStatistics(string JudgeId, int Count, decimal Mean, decimal StandardDeviation);

[Flags]
public enum RankingFlags
{
    None = 0,
    /// <summary>Fewer scores than the minimum (the edition's judges per application).</summary>
    TooFewScores = 1,
    /// <summary>At least one judge far from the panel: see <see cref="RankedApplication.OutlierJudges"/>.</summary>
    OutlierJudge = 2,
}

/// <summary>
/// The stated tie-break rule, in order: higher aggregate; then higher average on the deciding criterion (the largest
/// regular criterion); then more scores; then earlier submission; then the application id, so the order never depends
/// on chance.
/// </summary>
public enum TieBreak
{
    /// <summary>No tie: a lower aggregate, or the first application.</summary>
    None = 0,
    /// <summary>Same aggregate, lower average on the deciding criterion.</summary>
    CriterionAverage = 1,
    /// <summary>Same aggregate and deciding average, fewer scores.</summary>
    ScoreCount = 2,
    /// <summary>All of the above equal, submitted later.</summary>
    SubmittedAt = 3,
    /// <summary>All of the above equal, larger application id.</summary>
    ApplicationId = 4,
}
