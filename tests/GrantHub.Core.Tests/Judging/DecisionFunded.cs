using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

public sealed class DecisionFunded
{
    [Fact]
    public void A_funded_decision_keeps_the_amount_the_officer_and_the_time()
    {
        var edition = Edition();
        var application = Eligible(edition, fiscalYuan: 25_000m);

        var decision = Funded(edition, application, 24_999.99m);

        Assert.Equal(DecisionOutcome.Funded, decision.Outcome);
        Assert.Equal(2_499_999, decision.Amount.Fen);
        Assert.Null(decision.AwardTierId);
        Assert.Equal(Officer, decision.DecidedByUserId);
        Assert.Equal(Now, decision.DecidedAt);
        Assert.Equal(application.Id, decision.ApplicationId);
        Assert.Equal(edition.Id, decision.EditionId);
    }

    [Fact]
    public void Funding_above_the_cap_per_project_is_refused()
    {
        var edition = Edition(capYuan: 20_000m);
        var application = Eligible(edition, fiscalYuan: 20_000m);

        Refused("{0} is more than the cap per project of {1}.", () => Funded(edition, application, 20_000.01m));
        Assert.Equal(2_000_000, Funded(edition, application, 20_000m).Amount.Fen);
    }

    [Fact]
    public void Funding_above_the_fiscal_funds_requested_is_refused()
    {
        var edition = Edition(capYuan: 30_000m);
        var application = Eligible(edition, fiscalYuan: 12_000m);

        Refused("{0} is more than the {1} of fiscal funds the application requested.", () => Funded(edition, application, 12_000.01m));
        Assert.Equal(1_200_000, Funded(edition, application, 12_000m).Amount.Fen);
    }

    [Fact]
    public void Funding_needs_an_amount_above_zero()
    {
        var edition = Edition();
        var application = Eligible(edition);

        Refused("Give the amount granted, above zero.", () => Funded(edition, application, 0m));
        Refused("Give the amount granted, above zero.", () =>
            Decision.Make(edition, application, DecisionOutcome.Funded, null, null, DecidedSoFar.Nothing, Officer, Now));
    }

    [Fact]
    public void Only_an_application_that_passed_screening_can_be_decided()
    {
        var edition = Edition();
        var application = Eligible(edition);
        application.Screen(false, "缺少登记证书", Officer, Now);

        Refused("Only an application that passed eligibility screening can be decided.", () => Funded(edition, application, 1_000m));
    }
}
