using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>A payment is recorded with the bank's reference (1 to 64 characters, trimmed) and the day paid, never in the future.</summary>
public sealed class TranchePayRecord
{
    private const string Finance = TrancheSteps.Finance;
    private static readonly DateTime Now = TrancheSteps.Now;
    private static readonly DateOnly Today = TrancheSteps.Today;

    private static Tranche Approved() => TrancheSteps.To(new GrantBuilder().Confirmed().Build().Tranches[0], TrancheStatus.Approved);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_payment_without_the_bank_reference_is_refused(string? reference)
    {
        var t = Approved();

        Refused("Give the bank's reference of the payment.", () => t.Pay(Finance, reference!, Today, Today, Now));
        Assert.Equal(TrancheStatus.Approved, t.Status);
    }

    [Fact]
    public void A_bank_reference_of_65_characters_is_refused_and_64_are_accepted()
    {
        var t = Approved();

        var ex = Refused("A bank reference has at most {0} characters.", () => t.Pay(Finance, new string('9', 65), Today, Today, Now));
        Assert.Equal([64], ex.Args.Cast<int>());
        Assert.Equal(TrancheStatus.Approved, t.Status);

        t.Pay(Finance, "  " + new string('9', 64) + "  ", Today, Today, Now);
        Assert.Equal(new string('9', 64), t.BankReference);
    }

    [Fact]
    public void A_payment_dated_tomorrow_is_refused()
    {
        var t = Approved();

        Refused("The day paid cannot be in the future.", () => t.Pay(Finance, "ICBC-1", Today.AddDays(1), Today, Now));
        Assert.Equal(TrancheStatus.Approved, t.Status);
        Assert.Null(t.PaidOn);
    }

    [Fact]
    public void A_payment_dated_today_or_earlier_is_accepted()
    {
        var today = Approved();
        var lastWeek = Approved();

        today.Pay(Finance, "ICBC-1", Today, Today, Now);
        lastWeek.Pay(Finance, "ICBC-2", Today.AddDays(-7), Today, Now);

        Assert.Equal(Today, today.PaidOn);
        Assert.Equal(Today.AddDays(-7), lastWeek.PaidOn);
    }
}
