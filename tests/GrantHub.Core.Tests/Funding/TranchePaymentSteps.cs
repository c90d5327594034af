using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// A payable tranche is requested by the program officer, approved by a finance officer, and paid with the bank's
/// reference and the day on the slip; each step records who and when and moves the version on exactly once.
/// </summary>
public sealed class TranchePaymentSteps
{
    private const string Officer = GrantBuilder.Officer;
    private const string Finance = TrancheSteps.Finance;
    private static readonly DateTime Monday = new(2026, 8, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Tuesday = Monday.AddDays(1);
    private static readonly DateTime Wednesday = Monday.AddDays(2);
    private static readonly DateOnly WednesdayDate = new(2026, 8, 5);

    [Fact]
    public void The_first_tranche_of_50000_is_requested_approved_and_paid()
    {
        var grant = new GrantBuilder().Decided(100_000m).Confirmed().Build();
        var t = grant.Tranches[0];

        t.Request(Officer, Monday);
        Assert.Equal(TrancheStatus.Requested, t.Status);
        Assert.Equal(Officer, t.RequestedByUserId);
        Assert.Equal(Monday, t.RequestedAt);
        Assert.Equal(Money.Zero, grant.Paid);

        t.Approve(Finance, Tuesday);
        Assert.Equal(TrancheStatus.Approved, t.Status);
        Assert.Equal(Finance, t.ApprovedByUserId);
        Assert.Equal(Tuesday, t.ApprovedAt);
        Assert.Equal(Money.Zero, grant.Paid);

        t.Pay(Finance, " ICBC-20260805-0001 ", WednesdayDate.AddDays(-1), WednesdayDate, Wednesday);
        Assert.Equal(TrancheStatus.Paid, t.Status);
        Assert.Equal(Finance, t.PaidByUserId);
        Assert.Equal(Wednesday, t.PaidAt);
        Assert.Equal(WednesdayDate.AddDays(-1), t.PaidOn);
        Assert.Equal("ICBC-20260805-0001", t.BankReference);

        Assert.Equal(Yuan(50_000m), grant.Paid);
        Assert.Equal(Yuan(100_000m), grant.Planned);
        Assert.Equal(Yuan(50_000m), grant.Remaining);
        Assert.Same(grant.Tranches[1], grant.NextUnpaid);
    }

    [Fact]
    public void Each_step_moves_the_version_on_exactly_once()
    {
        var grant = new GrantBuilder().Drafted().Build();
        var t = grant.Tranches[0];
        Assert.Equal(1, t.Version);

        grant.Confirm(GrantBuilder.Member, GrantBuilder.SignedOn, "协议.pdf", "a.pdf", GrantBuilder.SignedOn, GrantBuilder.ConfirmedAt);
        Assert.Equal(2, t.Version);
        t.Request(Officer, Monday);
        Assert.Equal(3, t.Version);
        t.Approve(Finance, Tuesday);
        Assert.Equal(4, t.Version);
        t.Pay(Finance, "ICBC-1", WednesdayDate, WednesdayDate, Wednesday);
        Assert.Equal(5, t.Version);
    }

    [Fact]
    public void Cancelling_moves_the_version_on_exactly_once()
    {
        var t = new GrantBuilder().Confirmed().Build().Tranches[0];
        var version = t.Version;

        t.Cancel(Officer, "组织申请放弃资助", Monday);

        Assert.Equal(version + 1, t.Version);
    }

    [Fact]
    public void A_refused_step_leaves_the_version_where_it_was()
    {
        var t = new GrantBuilder().Confirmed().Build().Tranches[0];
        TrancheSteps.Request(t);
        var version = t.Version;

        Assert.Throws<DomainException>(() => t.Approve(Officer, Tuesday));
        Assert.Throws<DomainException>(() => t.Pay(Finance, "ICBC-1", WednesdayDate, WednesdayDate, Wednesday));
        Assert.Throws<DomainException>(() => t.Request(Officer, Tuesday));
        Assert.Throws<DomainException>(() => t.Cancel(Officer, " ", Tuesday));

        Assert.Equal(version, t.Version);
        Assert.Equal(TrancheStatus.Requested, t.Status);
        Assert.Null(t.ApprovedByUserId);
    }

    [Fact]
    public void The_finance_officer_who_approved_may_record_the_payment_and_so_may_a_colleague()
    {
        var one = TrancheSteps.To(new GrantBuilder().Confirmed().Build().Tranches[0], TrancheStatus.Approved);
        var other = TrancheSteps.To(new GrantBuilder().Confirmed().Build().Tranches[0], TrancheStatus.Approved);

        one.Pay(Finance, "ICBC-1", WednesdayDate, WednesdayDate, Wednesday);
        other.Pay(TrancheSteps.OtherFinance, "ICBC-2", WednesdayDate, WednesdayDate, Wednesday);

        Assert.Equal(Finance, one.PaidByUserId);
        Assert.Equal(TrancheSteps.OtherFinance, other.PaidByUserId);
    }
}
