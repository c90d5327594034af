using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>
/// What <see cref="Ranking.Compute"/> needs for one edition (or one round): the rubric, the submitted applications and
/// the submitted score sheets. Plain data, so the page, the export and the benchmark all feed it the same way.
/// </summary>
/// <param name="Method">The edition's aggregation method.</param>
/// <param name="Criteria">The rubric in its display order: criterion averages come back in this order, and the
/// first criterion with the largest maximum breaks ties.</param>
/// <param name="Applications">Every application to rank, scored or not (an unscored one is listed last, unranked).</param>
/// <param name="Sheets">Submitted score sheets only (drafts are not counted): at most one per judge and application.</param>
/// <param name="MinimumScores">Fewer scores than this flags the application <see cref="RankingFlags.TooFewScores"/>;
/// usually the edition's judges per application.</param>
public sealed record RankingInput(
    AggregationMethod Method,
    IReadOnlyList<RankingCriterion> Criteria,
    IReadOnlyList<RankingApplication> Applications,
    IReadOnlyList<RankingSheet> Sheets,
    int MinimumScores);

/// <summary>One rubric criterion: its maximum points are its weight; a bonus item (加分项) adds on top and may be left out.</summary>
public sealed record RankingCriterion(int Id, int MaxPoints, bool IsBonus = false);

/// <summary>An application to rank; <paramref name="SubmittedAt"/> (UTC) breaks the last-but-one tie.</summary>
public sealed record RankingApplication(Guid Id, DateTime SubmittedAt);

/// <summary>
/// One judge's submitted score sheet for one application: a score for every regular criterion (0 to its maximum),
/// bonus items optional (a missing bonus item counts 0). The sheet's total is the sum of its scores.
/// </summary>
public sealed record RankingSheet(Guid ApplicationId, string JudgeId, IReadOnlyList<CriterionScore> Scores);

/// <summary>The points a judge gave on one criterion (half points and finer are allowed).</summary>
public readonly record struct CriterionScore(int CriterionId, decimal Points);
