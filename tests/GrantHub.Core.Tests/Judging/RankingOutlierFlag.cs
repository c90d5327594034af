using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// A judge whose total is more than 2 × the edition's judge spread (pooled within-application standard deviation)
/// from the application's panel mean is flagged. Both examples share app 2: 70, 74, 70, 74, 72 (mean 72, deviations
/// −2, 2, −2, 2, 0, squares 16, 4 degrees of freedom).
/// </summary>
public sealed class RankingOutlierFlag
{
    private static RankingInputBuilder Edition(decimal fifthJudgeOnApp1) => new RankingInputBuilder()
        .Totals(1, 80m, 80m, 80m, 80m, fifthJudgeOnApp1)
        .Totals(2, 70m, 74m, 70m, 74m, 72m);

    [Theory]
    [InlineData(AggregationMethod.Mean)]
    [InlineData(AggregationMethod.TrimmedMean)]
    [InlineData(AggregationMethod.NormalizedMean)]
    public void A_judge_more_than_two_spreads_from_the_panel_is_flagged(AggregationMethod method)
    {
        // App 1: 80, 80, 80, 80, 74 → mean 78.8; deviations 1.2 (×4) and −4.8; squares 4 × 1.44 + 23.04 = 28.8.
        // Spread √((16 + 28.8) / (4 + 4)) = √5.6 = 2.3664; twice that 4.7329. J5 is 4.8 away (2.03 spreads): flagged.
        // The others are 1.2 (app 1) and at most 2 (app 2) away: not flagged. Flags use raw totals under every method.
        var result = Edition(74m).Rank(method);

        Assert.Equal(2.3664m, Math.Round(result.JudgeSpread!.Value, 4));
        Assert.Equal(["J5"], result.Of(1).OutlierJudges);
        Assert.True(result.Of(1).Flags.HasFlag(RankingFlags.OutlierJudge));
        Assert.Equal([false, false, false, false, true], result.Of(1).Judges.Select(j => j.Outlier));
        Assert.Equal(RankingFlags.None, result.Of(2).Flags);
        Assert.Empty(result.Of(2).OutlierJudges);
    }

    [Fact]
    public void A_judge_less_than_two_spreads_away_is_not_flagged()
    {
        // App 1: 80, 80, 80, 80, 75 → mean 79; deviations 1 (×4) and −4; squares 4 + 16 = 20.
        // Spread √((16 + 20) / 8) = √4.5 = 2.1213; twice that 4.2426. J5 is 4 away (1.89 spreads): not flagged.
        var result = Edition(75m).Rank(AggregationMethod.Mean);

        Assert.Equal(2.1213m, Math.Round(result.JudgeSpread!.Value, 4));
        Assert.Empty(result.Of(1).OutlierJudges);
        Assert.Equal(RankingFlags.None, result.Of(1).Flags);
        Assert.DoesNotContain(result.Applications.SelectMany(a => a.Judges), j => j.Outlier);
    }

    [Fact]
    public void With_fewer_than_three_scores_no_judge_can_be_told_apart_and_none_is_flagged()
    {
        // App 1: 80 and 40 (mean 60, squares 800, 1 degree of freedom); apps 2 and 3: 70 five times each (0, 8 degrees).
        // Spread √(800 / 9) = 9.43: both judges of app 1 are 20 away, over two spreads, but with two scores there is no
        // panel to be far from.
        var result = new RankingInputBuilder()
            .Totals(1, 80m, 40m)
            .Totals(2, 70m, 70m, 70m, 70m, 70m)
            .Totals(3, 70m, 70m, 70m, 70m, 70m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal(9.43m, Math.Round(result.JudgeSpread!.Value, 2));
        Assert.Empty(result.Of(1).OutlierJudges);
        Assert.False(result.Of(1).Flags.HasFlag(RankingFlags.OutlierJudge));
    }

    [Fact]
    public void When_every_judge_agrees_everywhere_nobody_is_flagged()
    {
        var result = new RankingInputBuilder().Totals(1, 80m, 80m, 80m).Totals(2, 70m, 70m, 70m).Rank(AggregationMethod.Mean);

        Assert.Equal(0m, result.JudgeSpread);
        Assert.All(result.Applications, a => Assert.Equal(RankingFlags.None, a.Flags));
    }
}
