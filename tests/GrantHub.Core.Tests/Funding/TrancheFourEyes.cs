using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Four eyes: whoever requested a payment (even someone who also holds the finance role) neither approves nor records it.</summary>
public sealed class TrancheFourEyes
{
    /// <summary>A user who is both program officer and finance officer.</summary>
    private const string BothRoles = "officer-and-finance";
    private static readonly DateTime Now = TrancheSteps.Now;
    private static readonly DateOnly Today = TrancheSteps.Today;

    private static Tranche RequestedBy(string userId)
    {
        var t = new GrantBuilder().Confirmed().Build().Tranches[0];
        t.Request(userId, Now);
        return t;
    }

    [Fact]
    public void The_requester_cannot_approve_the_request()
    {
        var t = RequestedBy(BothRoles);

        Refused("You requested this payment: another finance officer must approve it.", () => t.Approve(BothRoles, Now));

        Assert.Equal(TrancheStatus.Requested, t.Status);
        Assert.Null(t.ApprovedByUserId);
        t.Approve(TrancheSteps.Finance, Now);
        Assert.Equal(TrancheStatus.Approved, t.Status);
    }

    [Fact]
    public void The_requester_cannot_record_the_payment_another_finance_officer_approved()
    {
        var t = RequestedBy(BothRoles);
        t.Approve(TrancheSteps.Finance, Now);

        Refused("You requested this payment: another finance officer must record it.", () => t.Pay(BothRoles, "ICBC-1", Today, Today, Now));

        Assert.Equal(TrancheStatus.Approved, t.Status);
        Assert.Null(t.BankReference);
        t.Pay(TrancheSteps.OtherFinance, "ICBC-1", Today, Today, Now);
        Assert.Equal(TrancheStatus.Paid, t.Status);
    }

    [Fact]
    public void The_award_follows_the_same_four_eyes_rule()
    {
        var award = GrantBuilder.Award().Tranches[0];
        award.Request(BothRoles, Now);

        Refused("You requested this payment: another finance officer must approve it.", () => award.Approve(BothRoles, Now));
    }
}
