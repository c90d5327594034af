using GrantHub.Core.Competitions;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Figures are rounded to 2 decimals, a midpoint away from zero, computed in decimal.</summary>
public sealed class RankingRounding
{
    [Fact]
    public void A_mean_ending_in_5_in_the_third_decimal_rounds_up()
    {
        // Need 32 on every sheet; design 48.5, 48, 48, 48. Totals 80.5, 80, 80, 80 → 320.5 / 4 = 80.125 → 80.13
        // (banker's rounding would give 80.12). Design average 192.5 / 4 = 48.125 → 48.13 likewise.
        var result = new RankingInputBuilder()
            .Scores(1, "J1", (Need, 32m), (Design, 48.5m))
            .Scores(1, "J2", (Need, 32m), (Design, 48m))
            .Scores(1, "J3", (Need, 32m), (Design, 48m))
            .Scores(1, "J4", (Need, 32m), (Design, 48m))
            .Rank(AggregationMethod.Mean);

        Assert.Equal(80.13m, result.Of(1).Aggregate);
        Assert.Equal([32.00m, 48.13m], result.Of(1).CriterionAverages);
    }

    [Fact]
    public void A_midpoint_in_hundredths_is_exact_and_rounds_up()
    {
        // 60.01 and 60.00 → 120.01 / 2 = 60.005 exactly in decimal → 60.01. (In double the same sum is
        // 60.004999999999995: whether it rounds up depends on how the rounding scales it, so no figure is left to that.)
        var result = new RankingInputBuilder().Totals(1, 60.01m, 60.00m).Rank(AggregationMethod.Mean);

        Assert.Equal(60.01m, result.Of(1).Aggregate);
    }

    [Fact]
    public void Below_the_midpoint_the_figure_rounds_down()
    {
        // 81, 82, 84 → 247 / 3 = 82.3333… → 82.33.
        var result = new RankingInputBuilder().Totals(1, 81m, 82m, 84m).Rank(AggregationMethod.Mean);

        Assert.Equal(82.33m, result.Of(1).Aggregate);
    }

    [Fact]
    public void The_trimmed_mean_rounds_the_same_way()
    {
        // 60, 80.5, 80, 80, 100 → leave out 100 and 60 → 240.5 / 3 = 80.1666… → 80.17.
        var result = new RankingInputBuilder().Totals(1, 60m, 80.5m, 80m, 80m, 100m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(80.17m, result.Of(1).Aggregate);
    }
}
