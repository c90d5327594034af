using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// The organization confirms the drafted agreement with the signed scan: the project starts, and the tranches paid on
/// signing or on a date that has come become payable; those waiting on an evaluation or a later date stay planned.
/// </summary>
public sealed class GrantConfirm
{
    private const string Member = GrantBuilder.Member;
    private static readonly DateOnly SignedOn = GrantBuilder.SignedOn; // 20 July 2026
    private static readonly DateTime Now = GrantBuilder.ConfirmedAt;

    /// <summary>¥100,000 in six tranches, one of each kind of trigger and three dates: past, the signing day, September.</summary>
    private static GrantBuilder SixTranches() => new GrantBuilder().Decided(100_000m).WithPlan(
        new PlannedTranche(Yuan(40_000m), TrancheTrigger.AgreementSigned),
        new PlannedTranche(Yuan(10_000m), TrancheTrigger.OnDate, new DateOnly(2026, 7, 1)),
        new PlannedTranche(Yuan(10_000m), TrancheTrigger.OnDate, SignedOn),
        new PlannedTranche(Yuan(10_000m), TrancheTrigger.OnDate, new DateOnly(2026, 9, 1)),
        new PlannedTranche(Yuan(20_000m), TrancheTrigger.MidtermPassed),
        new PlannedTranche(Yuan(10_000m), TrancheTrigger.FinalPassed));

    [Fact]
    public void Confirming_releases_the_signing_tranche_and_the_dates_that_have_come_and_nothing_else()
    {
        var grant = SixTranches().Drafted().Build();

        grant.Confirm(Member, SignedOn, "资助协议.pdf", "agreements/0001.pdf", SignedOn, Now);

        Assert.Equal(
            [TrancheStatus.Eligible, TrancheStatus.Eligible, TrancheStatus.Eligible, TrancheStatus.Planned, TrancheStatus.Planned, TrancheStatus.Planned],
            grant.Tranches.Select(t => t.Status));
        Assert.All(grant.Tranches.Take(3), t => Assert.Equal(Now, t.EligibleAt));
        Assert.All(grant.Tranches.Skip(3), t => Assert.Null(t.EligibleAt));
    }

    [Fact]
    public void Confirming_records_who_when_the_day_signed_and_the_scan()
    {
        var grant = new GrantBuilder().Drafted().Build();

        grant.Confirm(Member, SignedOn.AddDays(-2), "  资助协议-盖章版.pdf ", "agreements/0001.pdf", SignedOn, Now);

        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(Member, grant.ConfirmedByUserId);
        Assert.Equal(Now, grant.ConfirmedAt);
        Assert.Equal(SignedOn.AddDays(-2), grant.SignedOn);
        Assert.Equal("资助协议-盖章版.pdf", grant.SignedScanFileName);
        Assert.Equal("agreements/0001.pdf", grant.SignedScanStoredName);
        Assert.Equal(3, grant.Version);
        // 50/30/20: the first tranche is payable, the others wait on the evaluations.
        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Planned, TrancheStatus.Planned], grant.Tranches.Select(t => t.Status));
        Assert.Equal([2L, 1L, 1L], grant.Tranches.Select(t => t.Version));
    }

    [Fact]
    public void An_agreement_not_yet_drafted_cannot_be_confirmed()
    {
        var grant = new GrantBuilder().Build();

        Refused("The agreement has not been drafted yet.", () => grant.Confirm(Member, SignedOn, "协议.pdf", "a.pdf", SignedOn, Now));
        Assert.Equal(GrantStatus.AwaitingAgreement, grant.Status);
    }

    [Fact]
    public void An_agreement_is_confirmed_once()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        Refused("The agreement is confirmed: it can no longer change.",
            () => grant.Confirm("member-2", SignedOn, "协议.pdf", "b.pdf", SignedOn, Now.AddHours(1)));
        Assert.Equal(GrantBuilder.Member, grant.ConfirmedByUserId);
        Assert.Equal(3, grant.Version);
    }

    [Fact]
    public void A_signing_day_after_today_is_refused()
    {
        var grant = new GrantBuilder().Drafted().Build();

        Refused("The day signed cannot be in the future.", () => grant.Confirm(Member, SignedOn.AddDays(1), "协议.pdf", "a.pdf", SignedOn, Now));
        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Planned, t.Status));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Confirming_without_the_signed_scan_is_refused(string storedName)
    {
        var grant = new GrantBuilder().Drafted().Build();

        Refused("Upload the signed agreement as a PDF.", () => grant.Confirm(Member, SignedOn, "协议.pdf", storedName, SignedOn, Now));
        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
    }
}
