using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// Every step checks the state it starts from, so a double click, a second tab or a stale page is told plainly what
/// the tranche is now, and nothing changes: nothing is approved twice, paid twice, or cancelled once paid.
/// </summary>
public sealed class TrancheWrongState
{
    private const string Officer = GrantBuilder.Officer;
    private const string Finance = TrancheSteps.Finance;
    private static readonly DateTime Now = TrancheSteps.Now;
    private static readonly DateOnly Today = TrancheSteps.Today;

    /// <summary>A tranche of a confirmed 50/30/20 grant in <paramref name="status"/> (planned: the mid-term one).</summary>
    private static Tranche In(TrancheStatus status)
    {
        var grant = new GrantBuilder().Confirmed().Build();
        return status == TrancheStatus.Planned ? grant.Tranches[1] : TrancheSteps.To(grant.Tranches[0], status);
    }

    private static void RefusedAndUnchanged(string messageKey, Tranche t, Action act)
    {
        var (status, version, paidOn, reference) = (t.Status, t.Version, t.PaidOn, t.BankReference);

        var ex = Refused(messageKey, act);

        Assert.Equal([t.Number, (object)status], ex.Args);
        Assert.Equal(status, t.Status);
        Assert.Equal(version, t.Version);
        Assert.Equal(paidOn, t.PaidOn);
        Assert.Equal(reference, t.BankReference);
    }

    [Theory]
    [InlineData(TrancheStatus.Requested)]
    [InlineData(TrancheStatus.Approved)]
    [InlineData(TrancheStatus.Paid)]
    [InlineData(TrancheStatus.Cancelled)]
    public void Only_a_payable_tranche_can_be_requested(TrancheStatus status)
    {
        var t = In(status);

        RefusedAndUnchanged("Tranche {0} is {1}: only a tranche that is payable can be requested.", t, () => t.Request("officer-2", Now));
    }

    [Theory]
    [InlineData(TrancheStatus.Planned)]
    [InlineData(TrancheStatus.Eligible)]
    [InlineData(TrancheStatus.Approved)]
    [InlineData(TrancheStatus.Paid)]
    [InlineData(TrancheStatus.Cancelled)]
    public void Only_a_requested_tranche_can_be_approved(TrancheStatus status)
    {
        var t = In(status);

        RefusedAndUnchanged("Tranche {0} is {1}: only a requested tranche can be approved.", t, () => t.Approve(TrancheSteps.OtherFinance, Now));
    }

    [Theory]
    [InlineData(TrancheStatus.Planned)]
    [InlineData(TrancheStatus.Eligible)]
    [InlineData(TrancheStatus.Requested)]
    [InlineData(TrancheStatus.Cancelled)]
    public void Only_an_approved_tranche_can_be_paid(TrancheStatus status)
    {
        var t = In(status);

        RefusedAndUnchanged("Tranche {0} is {1}: only an approved tranche can be paid.", t, () => t.Pay(Finance, "ICBC-NEW", Today, Today, Now));
    }

    [Fact]
    public void A_paid_tranche_is_never_paid_a_second_time()
    {
        var t = In(TrancheStatus.Paid);

        RefusedAndUnchanged("Tranche {0} is {1}: only an approved tranche can be paid.", t,
            () => t.Pay(TrancheSteps.OtherFinance, "ICBC-SECOND", Today, Today, Now.AddMinutes(1)));
        Assert.Equal(Finance, t.PaidByUserId);
        Assert.Equal(Now, t.PaidAt);
    }

    [Theory]
    [InlineData(TrancheStatus.Paid)]
    [InlineData(TrancheStatus.Cancelled)]
    public void A_paid_or_cancelled_tranche_cannot_be_cancelled(TrancheStatus status)
    {
        var t = In(status);

        RefusedAndUnchanged("Tranche {0} is {1}: a paid or cancelled tranche cannot be cancelled.", t, () => t.Cancel(Officer, "重复拨付", Now));
    }

    [Fact]
    public void The_message_names_the_tranche_and_its_state()
    {
        var t = In(TrancheStatus.Paid);

        var ex = Assert.Throws<DomainException>(() => t.Approve(TrancheSteps.OtherFinance, Now));

        Assert.Equal("Tranche 1 is Paid: only a requested tranche can be approved.", ex.Message);
    }
}
