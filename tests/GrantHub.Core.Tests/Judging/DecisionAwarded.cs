using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

public sealed class DecisionAwarded
{
    [Fact]
    public void An_award_pays_the_tiers_amount_whatever_was_requested()
    {
        var edition = Edition();
        var application = Eligible(edition, fiscalYuan: 5_000m);

        var decision = Awarded(edition, application, FirstPrize);

        Assert.Equal(DecisionOutcome.Awarded, decision.Outcome);
        Assert.Equal(FirstPrize, decision.AwardTierId);
        Assert.Equal(2_000_000, decision.Amount.Fen);
    }

    [Fact]
    public void A_tier_is_given_at_most_as_many_times_as_its_count()
    {
        var edition = Edition();
        var a = Eligible(edition);
        var b = Eligible(edition);
        var c = Eligible(edition);
        var first = Awarded(edition, a, SecondPrize);
        var second = Awarded(edition, b, SecondPrize, DecidedSoFar.Of([first], b.Id));

        Refused("The award \"{0}\" is already given {1} times, as many as the edition has.", () =>
            Awarded(edition, c, SecondPrize, DecidedSoFar.Of([first, second], c.Id)));
        Assert.Equal(FirstPrize, Awarded(edition, c, FirstPrize, DecidedSoFar.Of([first, second], c.Id)).AwardTierId);
    }

    [Fact]
    public void Changing_the_holder_of_the_last_prize_to_the_same_prize_is_not_counted_twice()
    {
        var edition = Edition();
        var a = Eligible(edition);
        var decision = Awarded(edition, a, FirstPrize);

        decision.Change(edition, a, DecisionOutcome.Awarded, null, FirstPrize, DecidedSoFar.Of([decision], a.Id), Officer, Now);

        Assert.Equal(FirstPrize, decision.AwardTierId);
    }

    [Fact]
    public void An_award_needs_one_of_the_editions_tiers()
    {
        var edition = Edition();
        var application = Eligible(edition);

        Refused("Choose one of the edition's award tiers.", () => Awarded(edition, application, 99));
        Refused("Choose one of the edition's award tiers.", () =>
            Decision.Make(edition, application, DecisionOutcome.Awarded, null, null, DecidedSoFar.Nothing, Officer, Now));
    }
}
