using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.ClawbackFixtures;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Money is claimed back (追回) at most up to what was paid less what other claw-backs already claim.</summary>
public sealed class ClawbackRequest
{
    [Fact]
    public void The_whole_50000_paid_can_be_claimed_back()
    {
        var grant = StoppedWithFirstTranchePaid();

        var c = Claim(grant, Yuan(50_000m), reason: "  " + Reason + " ");

        Assert.Equal(grant.Id, c.GrantId);
        Assert.Equal(Yuan(50_000m), c.Amount);
        Assert.Equal(Reason, c.Reason);
        Assert.Equal(ClawbackStatus.Requested, c.Status);
        Assert.Equal(Officer, c.RequestedByUserId);
        Assert.Equal(RequestedAt, c.RequestedAt);
        Assert.True(c.Claims);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void One_fen_more_than_was_paid_is_refused_with_the_figures()
    {
        var grant = StoppedWithFirstTranchePaid();

        var ex = Refused("{0} is more than can be claimed back: {1} paid, {2} already claimed.", () => Claim(grant, Yuan(50_000.01m)));

        Assert.Equal([Yuan(50_000.01m), Yuan(50_000m), Money.Zero], ex.Args.Cast<Money>());
    }

    [Fact]
    public void What_other_claw_backs_claim_is_not_claimed_twice()
    {
        var grant = StoppedWithFirstTranchePaid();
        var first = Claim(grant, Yuan(20_000m));

        var ex = Refused("{0} is more than can be claimed back: {1} paid, {2} already claimed.",
            () => Claim(grant, Yuan(30_000.01m), Claimed([first])));
        Assert.Equal([Yuan(30_000.01m), Yuan(50_000m), Yuan(20_000m)], ex.Args.Cast<Money>());

        var second = Claim(grant, Yuan(30_000m), Claimed([first]));
        Assert.Equal(Yuan(30_000m), second.Amount);
        Refused("{0} is more than can be claimed back: {1} paid, {2} already claimed.", () => Claim(grant, Yuan(0.01m), Claimed([first, second])));
    }

    [Fact]
    public void A_returned_claw_back_still_counts_and_a_withdrawn_one_frees_its_amount()
    {
        var grant = StoppedWithFirstTranchePaid();
        var returned = Claim(grant, Yuan(10_000m));
        returned.RecordReturn(Finance, "ICBC-R-1", ReturnDay, ReturnDay, RecordedAt);
        var withdrawn = Claim(grant, Yuan(40_000m), Claimed([returned]));
        withdrawn.Withdraw(Officer, "评估结论复核后改为合格", RecordedAt);

        Assert.Equal(Yuan(10_000m), Claimed([returned, withdrawn]));
        Refused("{0} is more than can be claimed back: {1} paid, {2} already claimed.",
            () => Claim(grant, Yuan(40_000.01m), Claimed([returned, withdrawn])));
        Assert.Equal(Yuan(40_000m), Claim(grant, Yuan(40_000m), Claimed([returned, withdrawn])).Amount);
    }

    [Fact]
    public void Nothing_can_be_claimed_back_from_a_project_that_was_never_paid()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        EvaluationFixtures.Midterm(grant, 30m);

        Refused("{0} is more than can be claimed back: {1} paid, {2} already claimed.", () => Claim(grant, Yuan(0.01m)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_claw_back_of_nothing_is_refused(decimal yuan)
    {
        Refused("Give the amount to return, above zero.", () => Claim(StoppedWithFirstTranchePaid(), Yuan(yuan)));
    }

    [Fact]
    public void A_claw_back_needs_a_reason_of_at_most_1000_characters()
    {
        var grant = StoppedWithFirstTranchePaid();

        Refused("Give the reason for the claw-back.", () => Claim(grant, Yuan(1_000m), reason: "  "));
        Refused("A reason has at most {0} characters.", () => Claim(grant, Yuan(1_000m), reason: new string('退', 1001)));
        Assert.Equal(1000, Claim(grant, Yuan(1_000m), reason: new string('退', 1000)).Reason.Length);
    }
}
