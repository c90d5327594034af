using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Judging;

/// <summary>How normalized z-scores map back onto the points scale.</summary>
public sealed class RankingNormalizedMean
{
    [Fact]
    public void With_a_single_judge_the_normalized_figures_are_that_judges_totals()
    {
        // J1 alone: 70, 80, 90. Judge mean = panel mean = 80, judge sd = panel sd = √((100 + 0 + 100) / 3) = 8.165;
        // z = −1.2247, 0, +1.2247 → 80 + z × 8.165 = 70, 80, 90: the mapping is the identity on one judge's scale.
        var result = new RankingInputBuilder()
            .Sheet(1, "J1", 70m).Sheet(2, "J1", 80m).Sheet(3, "J1", 90m)
            .Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([3, 2, 1], result.Order());
        Assert.Equal([90.00m, 80.00m, 70.00m], result.Applications.Select(a => a.Aggregate));
    }

    [Fact]
    public void A_judge_who_gives_every_application_the_same_total_weighs_nothing()
    {
        // J1: 60 and 90 (mean 75, sd 15) → z +1 on app 2, −1 on app 1. J2: 75 and 75 (sd 0) → z 0 on both.
        // Panel totals 60, 90, 75, 75: mean 75, squares 225 + 225 + 0 + 0 = 450, variance 112.5, sd 10.6066.
        // App 1: mean z (−1 + 0) / 2 = −0.5 → 75 − 5.3033 = 69.6967 → 69.70; app 2: 75 + 5.3033 = 80.30.
        var result = new RankingInputBuilder()
            .Sheet(1, "J1", 60m).Sheet(2, "J1", 90m)
            .Sheet(1, "J2", 75m).Sheet(2, "J2", 75m)
            .Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([0m, 0m], result.Applications.SelectMany(a => a.Judges).Where(j => j.JudgeId == "J2").Select(j => j.Z));
        Assert.Equal(69.70m, result.Of(1).Aggregate);
        Assert.Equal(80.30m, result.Of(2).Aggregate);
    }

    [Fact]
    public void A_harsh_and_a_lenient_judge_rank_their_applications_on_one_scale()
    {
        // Harsh H scores apps 1 and 2: 62, 58. Lenient L scores apps 3 and 4: 95, 91. Each has sd 2 → z +1 / −1.
        // Mean ranks 3, 4, 1, 2. Normalized: apps 1 and 3 get z +1, apps 2 and 4 get z −1. Panel totals 62, 58, 95, 91:
        // mean 76.5, squares 210.25 + 342.25 + 342.25 + 210.25 = 1105, variance 276.25, sd 16.6208 → apps 1 and 3
        // 76.5 + 16.6208 = 93.12, apps 2 and 4 76.5 − 16.6208 = 59.88. Each tie is broken by the deciding criterion
        // average (60 % of the total): app 3 (57) before app 1 (37.2); app 4 (54.6) before app 2 (34.8).
        var builder = new RankingInputBuilder()
            .Sheet(1, "H", 62m).Sheet(2, "H", 58m)
            .Sheet(3, "L", 95m).Sheet(4, "L", 91m);

        var mean = builder.Rank(AggregationMethod.Mean);
        var normalized = builder.Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([3, 4, 1, 2], mean.Order());
        Assert.Equal([3, 1, 4, 2], normalized.Order());
        Assert.Equal([93.12m, 93.12m, 59.88m, 59.88m], normalized.Applications.Select(a => a.Aggregate));
        Assert.Equal([1, 1, 3, 3], normalized.Applications.Select(a => a.Rank));
    }
}
