using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>A tranche not yet paid may be cancelled with a reason the organization reads (at most 1,000 characters).</summary>
public sealed class TrancheCancel
{
    private const string Officer = GrantBuilder.Officer;
    private static readonly DateTime Now = TrancheSteps.Now;

    [Theory]
    [InlineData(TrancheStatus.Eligible)]
    [InlineData(TrancheStatus.Requested)]
    [InlineData(TrancheStatus.Approved)]
    public void A_tranche_not_yet_paid_is_cancelled_with_its_reason(TrancheStatus from)
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var t = TrancheSteps.To(grant.Tranches[0], from);

        t.Cancel(Officer, "  组织申请放弃本期资助 ", Now);

        Assert.Equal(TrancheStatus.Cancelled, t.Status);
        Assert.Equal("组织申请放弃本期资助", t.CancelReason);
        Assert.Equal(Officer, t.CancelledByUserId);
        Assert.Equal(Now, t.CancelledAt);
        Assert.Equal(Yuan(50_000m), grant.Planned);
    }

    [Fact]
    public void A_planned_tranche_can_be_cancelled_too()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        grant.Tranches[2].Cancel(Officer, "结项评估取消", Now);

        Assert.Equal(TrancheStatus.Cancelled, grant.Tranches[2].Status);
        Assert.Equal(Yuan(80_000m), grant.Planned);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Cancelling_without_a_reason_is_refused(string? reason)
    {
        var t = new GrantBuilder().Confirmed().Build().Tranches[0];

        Refused("Give the reason for cancelling.", () => t.Cancel(Officer, reason!, Now));
        Assert.Equal(TrancheStatus.Eligible, t.Status);
    }

    [Fact]
    public void A_reason_of_1001_characters_is_refused_and_1000_are_accepted()
    {
        var t = new GrantBuilder().Confirmed().Build().Tranches[0];

        var ex = Refused("A reason has at most {0} characters.", () => t.Cancel(Officer, new string('因', 1001), Now));
        Assert.Equal([1000], ex.Args.Cast<int>());
        Assert.Equal(TrancheStatus.Eligible, t.Status);

        t.Cancel(Officer, new string('因', 1000), Now);
        Assert.Equal(TrancheStatus.Cancelled, t.Status);
    }
}
