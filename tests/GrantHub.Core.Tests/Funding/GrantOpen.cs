using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Final results open the grants: a funded project awaits its agreement; an award is payable at once.</summary>
public sealed class GrantOpen
{
    private static readonly DateTime Now = GrantBuilder.FinalizedAt;

    [Fact]
    public void A_funded_decision_opens_a_project_awaiting_its_agreement_with_no_tranche_yet()
    {
        var decision = GrantBuilder.FinalDecision(DecisionOutcome.Funded, 100_000m);
        var organizationId = Guid.NewGuid();

        var grant = Grant.Open(decision, organizationId, Now);

        Assert.Equal(GrantKind.Funding, grant.Kind);
        Assert.Equal(GrantStatus.AwaitingAgreement, grant.Status);
        Assert.Equal(Yuan(100_000m), grant.DecidedAmount);
        Assert.Null(grant.AgreedAmount);
        Assert.Empty(grant.Tranches);
        Assert.True(grant.AgreementEditable);
        Assert.Equal(decision.Id, grant.DecisionId);
        Assert.Equal(decision.EditionId, grant.EditionId);
        Assert.Equal(decision.ApplicationId, grant.ApplicationId);
        Assert.Equal(organizationId, grant.OrganizationId);
        Assert.Equal(Now, grant.CreatedAt);
        Assert.Equal(Money.Zero, grant.Planned);
        Assert.Equal(Money.Zero, grant.Paid);
        Assert.Null(grant.NextUnpaid);
    }

    [Fact]
    public void An_award_opens_with_one_payable_tranche_of_the_award()
    {
        var grant = GrantBuilder.Award();

        Assert.Equal(GrantKind.Award, grant.Kind);
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(Yuan(20_000m), grant.DecidedAmount);
        Assert.Equal(Yuan(20_000m), grant.AgreedAmount);
        Assert.False(grant.AgreementEditable);
        var tranche = Assert.Single(grant.Tranches);
        Assert.Equal(1, tranche.Number);
        Assert.Equal(Yuan(20_000m), tranche.Amount);
        Assert.Equal(TrancheTrigger.ResultsFinal, tranche.Trigger);
        Assert.Equal(TrancheStatus.Eligible, tranche.Status);
        Assert.Equal(Now, tranche.EligibleAt);
        Assert.Equal(grant.Id, tranche.GrantId);
        Assert.Equal(Yuan(20_000m), grant.Remaining);
        Assert.Same(tranche, grant.NextUnpaid);
    }

    [Fact]
    public void An_award_is_paid_through_request_approval_and_payment_like_any_tranche()
    {
        var grant = GrantBuilder.Award();

        TrancheSteps.PayOut(grant.Tranches[0]);

        Assert.Equal(Yuan(20_000m), grant.Paid);
        Assert.Equal(Money.Zero, grant.Remaining);
    }

    [Fact]
    public void An_award_has_no_agreement_to_draft()
    {
        var grant = GrantBuilder.Award();

        Refused("An award is paid without an agreement.",
            () => grant.DraftAgreement(Yuan(20_000m), TranchePlan.FromTemplate(Yuan(20_000m), TrancheTemplate.Single), GrantBuilder.Account,
                GrantBuilder.Officer, GrantBuilder.DraftedAt));
        Assert.Equal(TrancheStatus.Eligible, Assert.Single(grant.Tranches).Status);
    }

    [Fact]
    public void A_decision_not_yet_final_opens_no_grant()
    {
        var decision = GrantBuilder.FinalDecision(DecisionOutcome.Funded, 50_000m, finalized: false);

        Refused("Only a final decision opens a grant.", () => Grant.Open(decision, Guid.NewGuid(), Now));
    }

    [Fact]
    public void An_award_not_yet_final_opens_no_grant()
    {
        var decision = GrantBuilder.FinalDecision(DecisionOutcome.Awarded, finalized: false);

        Refused("Only a final decision opens a grant.", () => Grant.Open(decision, Guid.NewGuid(), Now));
    }

    [Fact]
    public void An_application_not_selected_opens_no_grant()
    {
        var decision = GrantBuilder.FinalDecision(DecisionOutcome.NotSelected);

        // Not a rule a person can break (no page offers it): the caller is wrong.
        Assert.Throws<ArgumentException>(() => Grant.Open(decision, Guid.NewGuid(), Now));
    }
}
