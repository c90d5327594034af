using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.EvaluationFixtures;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// A failed evaluation stops the project: every tranche not yet paid is cancelled with the reason, whatever step it
/// had reached; what was paid stays paid (and is claimed back through a claw-back, never by undoing a payment).
/// </summary>
public sealed class EvaluationFailStopsTheProject
{
    /// <summary>¥100,000: three signing tranches paid, approved, requested and one payable, then mid-term and final.</summary>
    private static Grant InEveryStep()
    {
        var grant = new GrantBuilder().Decided(100_000m).WithPlan(
            new PlannedTranche(Yuan(30_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(10_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(10_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(10_000m), TrancheTrigger.AgreementSigned),
            new PlannedTranche(Yuan(20_000m), TrancheTrigger.MidtermPassed),
            new PlannedTranche(Yuan(20_000m), TrancheTrigger.FinalPassed)).Confirmed().Build();
        TrancheSteps.To(grant.Tranches[0], TrancheStatus.Paid);
        TrancheSteps.To(grant.Tranches[1], TrancheStatus.Approved);
        TrancheSteps.To(grant.Tranches[2], TrancheStatus.Requested);
        return grant;
    }

    [Fact]
    public void A_failed_mid_term_cancels_every_unpaid_tranche_and_leaves_the_paid_one_paid()
    {
        var grant = InEveryStep();
        var paid = grant.Tranches[0];
        var paidVersion = paid.Version;

        var evaluation = Midterm(grant, 45m);

        Assert.False(evaluation.Passed);
        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.Equal(MidtermAt, grant.StoppedAt);
        Assert.Equal("The mid-term evaluation failed.", grant.StopReason);
        Assert.Equal(TrancheStatus.Paid, paid.Status);
        Assert.Equal(paidVersion, paid.Version);
        Assert.Equal("ICBC-20260803-0001", paid.BankReference);
        Assert.All(grant.Tranches.Skip(1), t =>
        {
            Assert.Equal(TrancheStatus.Cancelled, t.Status);
            Assert.Equal("The mid-term evaluation failed.", t.CancelReason);
            Assert.Equal(Officer, t.CancelledByUserId);
            Assert.Equal(MidtermAt, t.CancelledAt);
        });
    }

    [Fact]
    public void After_a_failed_mid_term_the_ledger_shows_only_what_was_paid()
    {
        var grant = InEveryStep();

        Midterm(grant, 45m);

        Assert.Equal(Yuan(30_000m), grant.Paid);
        Assert.Equal(Yuan(30_000m), grant.Planned);
        Assert.Equal(Money.Zero, grant.Remaining);
        Assert.Null(grant.NextUnpaid);
    }

    [Fact]
    public void A_cancelled_tranche_can_no_longer_be_approved_or_paid()
    {
        var grant = InEveryStep();
        Midterm(grant, 45m);

        Refused("Tranche {0} is {1}: only a requested tranche can be approved.", () => grant.Tranches[2].Approve(TrancheSteps.Finance, MidtermAt));
        Refused("Tranche {0} is {1}: only an approved tranche can be paid.",
            () => grant.Tranches[1].Pay(TrancheSteps.Finance, "ICBC-X", MidtermDay, MidtermDay, MidtermAt));
        Refused("Tranche {0} is {1}: only a tranche that is payable can be requested.", () => grant.Tranches[3].Request(Officer, MidtermAt));
    }

    [Fact]
    public void A_failed_final_cancels_the_last_tranche_after_the_first_two_were_paid()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        TrancheSteps.PayOut(grant.Tranches[0]);
        Midterm(grant, 70m);
        TrancheSteps.PayOut(grant.Tranches[1]);

        var evaluation = Final(grant, 50m, EvaluationKind.Midterm);

        Assert.False(evaluation.Passed);
        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.Null(grant.CompletedAt);
        Assert.Equal("The final evaluation failed.", grant.StopReason);
        Assert.Equal([TrancheStatus.Paid, TrancheStatus.Paid, TrancheStatus.Cancelled], grant.Tranches.Select(t => t.Status));
        Assert.Equal(Yuan(80_000m), grant.Paid);
    }

    [Fact]
    public void A_stopped_project_takes_no_more_evaluation()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        Midterm(grant, 30m);

        Refused("The project is stopped.", () => Final(grant, 95m, EvaluationKind.Midterm));
        Assert.Equal(TrancheStatus.Cancelled, grant.Tranches[2].Status);
    }
}
