using GrantHub.Core.Funding;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Amounts the officer types are checked against the grant: 1 to 6 tranches above zero, adding up to it exactly.</summary>
public sealed class TranchePlanCustomAmounts
{
    private static readonly DateOnly Autumn = new(2026, 10, 1);

    [Fact]
    public void Amounts_adding_up_to_the_grant_are_accepted()
    {
        TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(40_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(25_000m), TrancheTrigger.OnDate, Autumn),
            new PlannedTranche(Yuan(15_000m), TrancheTrigger.FinalPassed),
        ]);
    }

    [Fact]
    public void Amounts_one_fen_short_of_the_grant_are_refused_with_both_figures()
    {
        var ex = Refused("The tranches add up to {0}, not to the grant of {1}.", () => TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(40_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(39_999.99m), TrancheTrigger.FinalPassed),
        ]));

        Assert.Equal([Yuan(79_999.99m), Yuan(80_000m)], ex.Args.Cast<Money>());
        Assert.Equal("The tranches add up to ¥79,999.99, not to the grant of ¥80,000.00.", ex.Message);
    }

    [Fact]
    public void Amounts_above_the_grant_are_refused()
    {
        Refused("The tranches add up to {0}, not to the grant of {1}.", () => TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(50_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(30_000.01m), TrancheTrigger.FinalPassed),
        ]));
    }

    [Fact]
    public void A_tranche_of_nothing_is_refused_even_when_the_sum_is_right()
    {
        Refused("Each tranche needs an amount above zero.", () => TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(80_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Money.Zero, TrancheTrigger.FinalPassed),
        ]));
        Refused("Each tranche needs an amount above zero.", () => TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(90_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(-10_000m), TrancheTrigger.FinalPassed),
        ]));
    }

    [Fact]
    public void A_tranche_on_a_date_needs_the_date()
    {
        Refused("A tranche paid on a date needs the date.", () => TranchePlan.Check(Yuan(80_000m),
        [
            new PlannedTranche(Yuan(40_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(40_000m), TrancheTrigger.OnDate),
        ]));
    }

    [Fact]
    public void The_award_trigger_is_not_for_an_agreement()
    {
        Refused("Choose what makes each tranche payable.", () => TranchePlan.Check(Yuan(80_000m),
            [new PlannedTranche(Yuan(80_000m), TrancheTrigger.ResultsFinal)]));
    }

    [Fact]
    public void No_tranche_or_more_than_six_are_refused_and_six_are_accepted()
    {
        Refused("A plan has between {0} and {1} tranches.", () => TranchePlan.Check(Yuan(80_000m), []));
        Refused("A plan has between {0} and {1} tranches.", () => TranchePlan.Check(Yuan(70_000m),
            Enumerable.Range(1, 7).Select(_ => new PlannedTranche(Yuan(10_000m), TrancheTrigger.AgreementSigned)).ToList()));

        TranchePlan.Check(Yuan(60_000m), Enumerable.Range(1, 6).Select(_ => new PlannedTranche(Yuan(10_000m), TrancheTrigger.AgreementSigned)).ToList());
    }
}
