using GrantHub.Core.Funding;
using static GrantHub.Core.Tests.Funding.ClawbackFixtures;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>A requested claw-back ends either returned (finance records the bank reference and day) or withdrawn with a reason; once.</summary>
public sealed class ClawbackReturnOrWithdraw
{
    private static Clawback Requested() => Claim(StoppedWithFirstTranchePaid(), Yuan(50_000m));

    private static Clawback In(ClawbackStatus status)
    {
        var c = Requested();
        if (status == ClawbackStatus.Returned) c.RecordReturn(Finance, "ICBC-R-1", ReturnDay, ReturnDay, RecordedAt);
        if (status == ClawbackStatus.Withdrawn) c.Withdraw(Officer, "评估结论复核后改为合格", RecordedAt);
        Assert.Equal(status, c.Status);
        return c;
    }

    [Fact]
    public void Finance_records_the_money_returned()
    {
        var c = Requested();

        c.RecordReturn(Finance, " ICBC-R-20261219 ", ReturnDay.AddDays(-1), ReturnDay, RecordedAt);

        Assert.Equal(ClawbackStatus.Returned, c.Status);
        Assert.Equal("ICBC-R-20261219", c.ReturnedReference);
        Assert.Equal(ReturnDay.AddDays(-1), c.ReturnedOn);
        Assert.Equal(Finance, c.RecordedByUserId);
        Assert.Equal(RecordedAt, c.RecordedAt);
        Assert.True(c.Claims);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void A_return_needs_the_bank_reference_and_a_day_not_in_the_future()
    {
        var c = Requested();

        Refused("Give the bank's reference of the payment.", () => c.RecordReturn(Finance, " ", ReturnDay, ReturnDay, RecordedAt));
        Refused("A bank reference has at most {0} characters.", () => c.RecordReturn(Finance, new string('R', 65), ReturnDay, ReturnDay, RecordedAt));
        Refused("The day returned cannot be in the future.", () => c.RecordReturn(Finance, "ICBC-R-1", ReturnDay.AddDays(1), ReturnDay, RecordedAt));

        Assert.Equal(ClawbackStatus.Requested, c.Status);
        Assert.Null(c.ReturnedReference);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void The_officer_withdraws_a_claw_back_with_a_reason_and_it_no_longer_claims()
    {
        var c = Requested();

        c.Withdraw(Officer, " 评估结论复核后改为合格 ", RecordedAt);

        Assert.Equal(ClawbackStatus.Withdrawn, c.Status);
        Assert.Equal("评估结论复核后改为合格", c.WithdrawReason);
        Assert.Equal(Officer, c.RecordedByUserId);
        Assert.Equal(RecordedAt, c.RecordedAt);
        Assert.False(c.Claims);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void Withdrawing_needs_a_reason()
    {
        var c = Requested();

        Refused("Give the reason for withdrawing.", () => c.Withdraw(Officer, "  ", RecordedAt));
        Assert.Equal(ClawbackStatus.Requested, c.Status);
    }

    [Fact]
    public void A_withdrawal_reason_too_long_is_refused_never_cut_short()
    {
        var c = Requested();

        var ex = Refused("A reason has at most {0} characters.", () => c.Withdraw(Officer, new string('撤', 1001), RecordedAt));
        Assert.Equal([1000], ex.Args.Cast<int>());
        Assert.Equal(ClawbackStatus.Requested, c.Status);

        c.Withdraw(Officer, new string('撤', 1000), RecordedAt);
        Assert.Equal(1000, c.WithdrawReason!.Length);
    }

    [Theory]
    [InlineData(ClawbackStatus.Returned)]
    [InlineData(ClawbackStatus.Withdrawn)]
    public void A_claw_back_no_longer_requested_cannot_be_recorded_as_returned(ClawbackStatus status)
    {
        var c = In(status);
        var version = c.Version;

        var ex = Refused("This claw-back is {0}: only a requested one can be recorded as returned.",
            () => c.RecordReturn("finance-2", "ICBC-R-2", ReturnDay, ReturnDay, RecordedAt.AddHours(1)));

        Assert.Equal([(object)status], ex.Args);
        Assert.Equal(status, c.Status);
        Assert.Equal(version, c.Version);
    }

    [Theory]
    [InlineData(ClawbackStatus.Returned)]
    [InlineData(ClawbackStatus.Withdrawn)]
    public void A_claw_back_no_longer_requested_cannot_be_withdrawn(ClawbackStatus status)
    {
        var c = In(status);
        var version = c.Version;

        Refused("This claw-back is {0}: only a requested one can be withdrawn.", () => c.Withdraw(Officer, "重复登记", RecordedAt.AddHours(1)));

        Assert.Equal(status, c.Status);
        Assert.Equal(version, c.Version);
    }
}
