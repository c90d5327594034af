using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Finalizing waits for the end of the period and for every objection to be resolved, then freezes the decisions.</summary>
public sealed class PublicityFinalize
{
    [Fact]
    public void Finalizing_on_the_last_day_of_the_period_is_refused()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        f.SetChinaTime(7, 8, 23, 59, 59);

        Refused("The publicity period runs until {0}: the results can be finalized only after it ends.",
            () => publicity.Finalize([], f.Decisions, Officer, f.Now));
        Assert.False(publicity.IsFinal);
    }

    [Fact]
    public void Finalizing_with_an_open_objection_is_refused_and_accepted_once_it_is_resolved()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        var objection = f.Lodge(publicity);
        f.SetChinaTime(7, 9, 0, 0, 0);

        var ex = Refused("{0} objections are still open: resolve them before finalizing.",
            () => publicity.Finalize([objection], f.Decisions, Officer, f.Now));
        Assert.Equal([1], ex.Args.Cast<int>());

        objection.Resolve(false, "不成立", Officer, f.Now);
        publicity.Finalize([objection], f.Decisions, Officer, f.Now);
        Assert.True(publicity.IsFinal);
        Assert.All(f.Decisions, d => Assert.Equal(f.Now, d.FinalizedAt));
    }

    [Fact]
    public void After_finalizing_decisions_are_frozen_even_with_an_upheld_objection()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        var objection = f.Lodge(publicity);
        objection.Resolve(true, "成立", Officer, f.Now);
        f.SetChinaTime(7, 10, 9);
        publicity.Finalize([objection], f.Decisions, Officer, f.Now);

        Refused("The results are final: decisions can no longer change.",
            () => Publicity.EnsureDecisionMayChange(publicity, f.A.Id, [objection]));
        var decision = f.Decisions[0];
        Refused("The results are final: decisions can no longer change.", () => decision.Change(f.Edition, f.A, DecisionOutcome.Funded,
            GrantHub.Core.Money.FromYuan(10_000m), null, DecidedSoFar.Of(f.Decisions, f.A.Id), Officer, f.Now));
        Assert.Equal(GrantHub.Core.Money.FromYuan(20_000m), decision.Amount);
        Refused("The results are final: decisions can no longer change.", () => publicity.Finalize([objection], f.Decisions, Officer, f.Now));
    }
}
