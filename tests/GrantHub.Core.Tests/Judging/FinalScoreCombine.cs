using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The final score of a shortlisted application: written × w + 路演/答辩 × (100 − w), rounded to 2 decimals.</summary>
public sealed class FinalScoreCombine
{
    [Fact]
    public void Worked_example_written_40_percent_and_the_defense_60_percent()
    {
        // 85.40 × 40 % = 34.16; 78.20 × 60 % = 46.92; together 81.08.
        Assert.Equal(81.08m, FinalScore.Combine(85.40m, 78.20m, 40));
    }

    [Fact]
    public void Equal_weights_give_the_mean_of_the_two_rounds()
    {
        Assert.Equal(82.5m, FinalScore.Combine(80m, 85m, 50));
    }

    [Fact]
    public void A_weight_of_0_lets_the_second_round_alone_decide_and_100_the_written_round()
    {
        Assert.Equal(78.2m, FinalScore.Combine(85.4m, 78.2m, 0));
        Assert.Equal(85.4m, FinalScore.Combine(85.4m, 78.2m, 100));
    }

    [Fact]
    public void The_result_is_rounded_to_2_decimals_midpoint_away_from_zero()
    {
        // (80.25 + 80.20) / 2 = 80.225 → 80.23; 70.01 × 30 % + 90.02 × 70 % = 21.003 + 63.014 = 84.017 → 84.02.
        Assert.Equal(80.23m, FinalScore.Combine(80.25m, 80.20m, 50));
        Assert.Equal(84.02m, FinalScore.Combine(70.01m, 90.02m, 30));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_weight_outside_0_to_100_is_a_programming_error(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FinalScore.Combine(80m, 80m, percent));
    }
}
