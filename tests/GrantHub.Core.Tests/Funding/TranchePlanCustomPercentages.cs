using GrantHub.Core.Funding;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Percentages the officer types: above zero, at most two decimals, 1 to 6 of them, adding up to exactly 100.</summary>
public sealed class TranchePlanCustomPercentages
{
    [Fact]
    public void Thirds_of_100000_yuan_written_33_33_33_33_33_34_are_33330_33330_and_33340()
    {
        var amounts = TranchePlan.SplitByPercent(Yuan(100_000m), [33.33m, 33.33m, 33.34m]);

        Assert.Equal(Yuan(33_330.00m, 33_330.00m, 33_340.00m), amounts);
    }

    [Fact]
    public void Thirds_of_10000_yuan_and_1_fen_leave_the_rounding_fen_to_the_last_tranche()
    {
        // 33.33% of 1,000,001 fen = 333,300.33… → 333,300 twice; the last takes 333,401.
        var amounts = TranchePlan.SplitByPercent(Yuan(10_000.01m), [33.33m, 33.33m, 33.34m]);

        Assert.Equal(Yuan(3_333.00m, 3_333.00m, 3_334.01m), amounts);
        Assert.Equal(Yuan(10_000.01m), Sum(amounts));
    }

    [Fact]
    public void Six_tranches_of_a_sixth_each_written_in_two_decimals_add_up()
    {
        var amounts = TranchePlan.SplitByPercent(Yuan(50_000m), [16.67m, 16.67m, 16.67m, 16.67m, 16.66m, 16.66m]);

        Assert.Equal(Yuan(8_335.00m, 8_335.00m, 8_335.00m, 8_335.00m, 8_330.00m, 8_330.00m), amounts);
    }

    [Fact]
    public void Percentages_adding_up_to_99_99_are_refused_with_their_sum()
    {
        var ex = Refused("The percentages add up to {0}%, not 100%.", () => TranchePlan.SplitByPercent(Yuan(100_000m), [33.33m, 33.33m, 33.33m]));

        Assert.Equal(99.99m, Assert.Single(ex.Args));
        Assert.Equal("The percentages add up to 99.99%, not 100%.", ex.Message);
    }

    [Fact]
    public void Percentages_adding_up_to_more_than_100_are_refused()
    {
        var ex = Refused("The percentages add up to {0}%, not 100%.", () => TranchePlan.SplitByPercent(Yuan(100_000m), [60m, 50m]));

        Assert.Equal(110m, Assert.Single(ex.Args));
    }

    [Fact]
    public void A_percentage_with_three_decimals_is_refused()
    {
        Refused("A percentage has at most two decimals.", () => TranchePlan.SplitByPercent(Yuan(100_000m), [33.333m, 33.333m, 33.334m]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_share_of_zero_or_less_is_refused(int percent)
    {
        Refused("Each tranche needs a share above zero.", () => TranchePlan.SplitByPercent(Yuan(100_000m), [100m - percent, percent]));
    }

    [Fact]
    public void A_share_that_rounds_down_to_zero_fen_is_refused()
    {
        // 0.5% of ¥1.00 is half a fen: rounded down, nothing.
        Refused("Each tranche needs a share above zero.", () => TranchePlan.SplitByPercent(Yuan(1.00m), [0.5m, 99.5m]));
        Refused("Each tranche needs a share above zero.", () => TranchePlan.SplitByPercent(Yuan(0.01m), [50m, 50m]));
        Assert.Equal([1L, 1L], TranchePlan.SplitByPercent(Yuan(0.02m), [50m, 50m]).Select(a => a.Fen));
    }

    [Fact]
    public void A_plan_with_no_tranche_is_refused()
    {
        var ex = Refused("A plan has between {0} and {1} tranches.", () => TranchePlan.SplitByPercent(Yuan(100_000m), []));

        Assert.Equal([1, 6], ex.Args.Cast<int>());
    }

    [Fact]
    public void A_plan_of_seven_tranches_is_refused()
    {
        Refused("A plan has between {0} and {1} tranches.",
            () => TranchePlan.SplitByPercent(Yuan(100_000m), [10m, 10m, 10m, 10m, 20m, 20m, 20m]));
    }
}
