using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Judging;

/// <summary>One judge far below the rest sinks an application under the plain mean but not under the trimmed mean.</summary>
public sealed class RankingTrimmingChangesOrder
{
    // App 1: 90, 88, 86, 84 and one judge at 40.  Mean 388 / 5 = 77.60; trimmed (88 + 86 + 84) / 3 = 258 / 3 = 86.00.
    // App 2: five judges at 80.                    Mean 80.00;            trimmed 80.00.
    private static RankingInputBuilder Edition() => new RankingInputBuilder()
        .Totals(1, 90m, 88m, 86m, 84m, 40m)
        .Totals(2, 80m, 80m, 80m, 80m, 80m);

    [Fact]
    public void Under_the_plain_mean_the_evenly_scored_application_comes_first()
    {
        var result = Edition().Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(77.60m, result.Of(1).Aggregate);
        Assert.Equal(80.00m, result.Of(2).Aggregate);
    }

    [Fact]
    public void Under_the_trimmed_mean_the_low_outlier_is_left_out_and_the_order_turns()
    {
        var result = Edition().Rank(AggregationMethod.TrimmedMean);

        Assert.Equal([1, 2], result.Order());
        Assert.Equal(86.00m, result.Of(1).Aggregate);
        Assert.Equal(80.00m, result.Of(2).Aggregate);
        Assert.True(result.Of(1).Judges.Single(j => j.JudgeId == "J5").Trimmed);
    }
}
