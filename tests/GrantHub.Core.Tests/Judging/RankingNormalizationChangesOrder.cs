using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// A harsh judge who scores only one application drags it down under the plain mean; normalization cancels that:
/// a judge with a single score tells nothing about their own scale and contributes z = 0.
/// </summary>
public sealed class RankingNormalizationChangesOrder
{
    // J1: app 1 80, app 2 78.   J2: app 1 82, app 2 80.   J3 (harsh, only app 1): 50.
    // Mean: app 1 (80 + 82 + 50) / 3 = 212 / 3 = 70.67; app 2 (78 + 80) / 2 = 79.00 → app 2 first.
    //
    // Normalized: J1 mean 79, population sd √((1² + 1²) / 2) = 1 → z: app 1 +1, app 2 −1.
    //             J2 mean 81, sd 1                             → z: app 1 +1, app 2 −1.
    //             J3 one score                                 → z: app 1 0.
    // Mean z: app 1 (1 + 1 + 0) / 3 = 0.6667; app 2 (−1 − 1) / 2 = −1.
    // Panel of totals 80, 78, 82, 80, 50: mean 370 / 5 = 74; deviations 6, 4, 8, 6, −24; squares 36 + 16 + 64 + 36 + 576
    // = 728; variance 728 / 5 = 145.6; sd √145.6 = 12.06648…
    // App 1: 74 + 0.6667 × 12.06648 = 82.04432 → 82.04.   App 2: 74 − 12.06648 = 61.93352 → 61.93.  → app 1 first.
    private static RankingInputBuilder Edition() => new RankingInputBuilder()
        .Sheet(1, "J1", 80m).Sheet(2, "J1", 78m)
        .Sheet(1, "J2", 82m).Sheet(2, "J2", 80m)
        .Sheet(1, "J3", 50m);

    [Fact]
    public void Under_the_plain_mean_the_application_the_harsh_judge_scored_comes_second()
    {
        var result = Edition().Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(70.67m, result.Of(1).Aggregate);
        Assert.Equal(79.00m, result.Of(2).Aggregate);
    }

    [Fact]
    public void Under_normalization_it_comes_first_and_the_figures_still_read_as_points()
    {
        var result = Edition().Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([1, 2], result.Order());
        Assert.Equal(82.04m, result.Of(1).Aggregate);
        Assert.Equal(61.93m, result.Of(2).Aggregate);
        Assert.Equal(74m, result.PanelMean);
        Assert.Equal(12.0665m, Math.Round(result.PanelStandardDeviation!.Value, 4));
    }

    [Fact]
    public void Each_judges_z_score_is_reported_and_the_single_score_is_zero()
    {
        var result = Edition().Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([1m, 1m, 0m], result.Of(1).Judges.Select(j => j.Z));
        Assert.Equal([-1m, -1m], result.Of(2).Judges.Select(j => j.Z));
        var harsh = result.Judges.Single(j => j.JudgeId == "J3");
        Assert.Equal((1, 50m, 0m), (harsh.Count, harsh.Mean, harsh.StandardDeviation));
    }
}
