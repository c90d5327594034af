using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The decisions of an edition together never take more than its pool, to the fen.</summary>
public sealed class DecisionPool
{
    [Fact]
    public void A_decision_that_takes_exactly_what_is_left_is_accepted_and_one_fen_more_is_refused()
    {
        var edition = Edition(poolYuan: 50_000m, capYuan: 30_000m);
        var a = Eligible(edition, fiscalYuan: 30_000m);
        var b = Eligible(edition, fiscalYuan: 30_000m);
        var first = Funded(edition, a, 29_999.99m);
        var others = DecidedSoFar.Of([first], b.Id);
        Assert.Equal(Money.FromYuan(29_999.99m), others.Total);

        var ex = Refused("{0} is more than what is left of the pool: {1} of {2}.", () => Funded(edition, b, 20_000.02m, others));
        Assert.Equal([Money.FromYuan(20_000.02m), Money.FromYuan(20_000.01m), Money.FromYuan(50_000m)], ex.Args.Cast<Money>());

        Assert.Equal(Money.FromYuan(20_000.01m), Funded(edition, b, 20_000.01m, others).Amount);
    }

    [Fact]
    public void Awards_count_against_the_pool_too()
    {
        var edition = Edition(poolYuan: 45_000m);
        var a = Eligible(edition, fiscalYuan: 30_000m);
        var b = Eligible(edition);
        var funded = Funded(edition, a, 30_000m);

        Refused("{0} is more than what is left of the pool: {1} of {2}.", () =>
            Awarded(edition, b, FirstPrize, DecidedSoFar.Of([funded], b.Id)));
        Assert.Equal(Money.FromYuan(10_000m), Awarded(edition, b, SecondPrize, DecidedSoFar.Of([funded], b.Id)).Amount);
    }

    [Fact]
    public void A_changed_decision_counts_its_new_amount_not_its_old_one_on_top()
    {
        var edition = Edition(poolYuan: 40_000m);
        var a = Eligible(edition, fiscalYuan: 30_000m);
        var b = Eligible(edition);
        var decision = Funded(edition, a, 30_000m);
        var award = Awarded(edition, b, SecondPrize, DecidedSoFar.Of([decision], b.Id));

        decision.Change(edition, a, DecisionOutcome.Funded, Money.FromYuan(29_000m), null, DecidedSoFar.Of([decision, award], a.Id), Officer, Now);
        Assert.Equal(Money.FromYuan(29_000m), decision.Amount);
        decision.Change(edition, a, DecisionOutcome.Funded, Money.FromYuan(30_000m), null, DecidedSoFar.Of([decision, award], a.Id), Officer, Now);
        Assert.Equal(Money.FromYuan(30_000m), decision.Amount);
    }

    [Fact]
    public void A_refused_change_leaves_the_decision_as_it_was()
    {
        var edition = Edition(poolYuan: 40_000m);
        var a = Eligible(edition, fiscalYuan: 30_000m);
        var b = Eligible(edition, fiscalYuan: 30_000m);
        var first = Funded(edition, a, 30_000m);
        var second = Decision.Make(edition, b, DecisionOutcome.NotSelected, null, null, DecidedSoFar.Of([first], b.Id), Officer, Now);
        var version = second.Version;

        Refused("{0} is more than what is left of the pool: {1} of {2}.", () =>
            second.Change(edition, b, DecisionOutcome.Funded, Money.FromYuan(10_000.01m), null, DecidedSoFar.Of([first, second], b.Id), Officer, Now));

        Assert.Equal(DecisionOutcome.NotSelected, second.Outcome);
        Assert.Equal(Money.Zero, second.Amount);
        Assert.Equal(version, second.Version);
    }

    [Fact]
    public void Not_selecting_takes_nothing_from_the_pool_even_when_it_is_spent()
    {
        var edition = Edition(poolYuan: 40_000m);
        var a = Eligible(edition, fiscalYuan: 30_000m);
        var b = Eligible(edition, fiscalYuan: 10_000m);
        var c = Eligible(edition);
        var spent = new[] { Funded(edition, a, 30_000m), Funded(edition, b, 10_000m, DecidedSoFar.Of([Funded(edition, a, 30_000m)], b.Id)) };

        var decision = Decision.Make(edition, c, DecisionOutcome.NotSelected, null, null, DecidedSoFar.Of(spent, c.Id), Officer, Now);

        Assert.Equal(Money.Zero, decision.Amount);
        Assert.Equal(Money.FromYuan(40_000m), DecidedSoFar.Of([.. spent, decision], Guid.Empty).Total);
    }
}
