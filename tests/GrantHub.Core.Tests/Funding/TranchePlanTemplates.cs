using GrantHub.Core.Funding;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// The templates a finance officer knows: every tranche but the last is rounded down to the fen and the last takes
/// what is left, so the tranches add up to the grant to the fen.
/// </summary>
public sealed class TranchePlanTemplates
{
    [Fact]
    public void Fifty_thirty_twenty_of_100000_yuan_is_50000_30000_and_20000_on_signing_midterm_and_final()
    {
        var plan = TranchePlan.FromTemplate(Yuan(100_000.00m), TrancheTemplate.FiftyThirtyTwenty);

        Assert.Equal(Yuan(50_000.00m, 30_000.00m, 20_000.00m), plan.Select(t => t.Amount));
        Assert.Equal([TrancheTrigger.AgreementSigned, TrancheTrigger.MidtermPassed, TrancheTrigger.FinalPassed], plan.Select(t => t.Trigger));
        Assert.All(plan, t => Assert.Null(t.DueOn));
    }

    [Fact]
    public void Fifty_thirty_twenty_of_100000_yuan_and_1_fen_gives_the_odd_fen_to_the_last_tranche()
    {
        // 50% of 10,000,001 fen = 5,000,000.5 → 5,000,000; 30% = 3,000,000.3 → 3,000,000; the last takes 2,000,001.
        var plan = TranchePlan.FromTemplate(Yuan(100_000.01m), TrancheTemplate.FiftyThirtyTwenty);

        Assert.Equal(Yuan(50_000.00m, 30_000.00m, 20_000.01m), plan.Select(t => t.Amount));
        Assert.Equal(Yuan(100_000.01m), Sum(plan.Select(t => t.Amount)));
    }

    [Fact]
    public void Fifty_thirty_twenty_of_12345_yuan_67_rounds_the_first_two_down_and_the_last_takes_the_rest()
    {
        // 6,172.835 → 6,172.83; 3,703.701 → 3,703.70; 12,345.67 − 6,172.83 − 3,703.70 = 2,469.14 (20% would be 2,469.134).
        var plan = TranchePlan.FromTemplate(Yuan(12_345.67m), TrancheTemplate.FiftyThirtyTwenty);

        Assert.Equal(Yuan(6_172.83m, 3_703.70m, 2_469.14m), plan.Select(t => t.Amount));
    }

    [Fact]
    public void Fifty_thirty_twenty_of_10_fen_is_5_3_and_2_fen()
    {
        var plan = TranchePlan.FromTemplate(Yuan(0.10m), TrancheTemplate.FiftyThirtyTwenty);

        Assert.Equal([5L, 3L, 2L], plan.Select(t => t.Amount.Fen));
    }

    [Fact]
    public void Fifty_thirty_twenty_of_3_fen_is_refused_because_the_middle_tranche_would_be_zero()
    {
        // 50% of 3 fen = 1.5 → 1; 30% = 0.9 → 0: a tranche of nothing is no tranche.
        Refused("Each tranche needs a share above zero.", () => TranchePlan.FromTemplate(Yuan(0.03m), TrancheTemplate.FiftyThirtyTwenty));
    }

    [Fact]
    public void Sixty_forty_of_3_fen_is_1_fen_and_2_fen()
    {
        // 60% of 3 fen = 1.8 → 1; the last takes 2: every tranche has something, so the split stands.
        var plan = TranchePlan.FromTemplate(Yuan(0.03m), TrancheTemplate.SixtyForty);

        Assert.Equal([1L, 2L], plan.Select(t => t.Amount.Fen));
    }

    [Fact]
    public void Sixty_forty_of_100000_yuan_and_1_fen_is_60000_and_40000_yuan_1_fen_on_signing_and_final()
    {
        var plan = TranchePlan.FromTemplate(Yuan(100_000.01m), TrancheTemplate.SixtyForty);

        Assert.Equal(Yuan(60_000.00m, 40_000.01m), plan.Select(t => t.Amount));
        Assert.Equal([TrancheTrigger.AgreementSigned, TrancheTrigger.FinalPassed], plan.Select(t => t.Trigger));
    }

    [Fact]
    public void Sixty_forty_of_333_yuan_33_is_199_99_and_133_34()
    {
        // 60% of 33,333 fen = 19,999.8 → 19,999 (rounded down, not to the nearest); the last takes 13,334.
        var plan = TranchePlan.FromTemplate(Yuan(333.33m), TrancheTemplate.SixtyForty);

        Assert.Equal(Yuan(199.99m, 133.34m), plan.Select(t => t.Amount));
    }

    [Fact]
    public void A_single_payment_is_the_whole_grant_on_signing()
    {
        var plan = TranchePlan.FromTemplate(Yuan(98_765.43m), TrancheTemplate.Single);

        var only = Assert.Single(plan);
        Assert.Equal(Yuan(98_765.43m), only.Amount);
        Assert.Equal(TrancheTrigger.AgreementSigned, only.Trigger);
    }

    [Fact]
    public void A_single_payment_of_1_fen_is_that_fen()
    {
        var only = Assert.Single(TranchePlan.FromTemplate(Yuan(0.01m), TrancheTemplate.Single));

        Assert.Equal(1, only.Amount.Fen);
    }

    [Fact]
    public void A_template_of_nothing_is_refused()
    {
        Refused("Give the amount granted, above zero.", () => TranchePlan.FromTemplate(Money.Zero, TrancheTemplate.SixtyForty));
        Refused("Give the amount granted, above zero.", () => TranchePlan.FromTemplate(new Money(-100), TrancheTemplate.Single));
    }

    [Theory]
    [InlineData(TrancheTemplate.CustomPercentages)]
    [InlineData(TrancheTemplate.CustomAmounts)]
    public void A_custom_plan_has_no_template_to_start_from(TrancheTemplate custom)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TranchePlan.FromTemplate(Yuan(10_000m), custom));
    }
}
