using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// The officer stops a project (终止): every tranche not yet paid is cancelled with the reason, paid ones stay paid.
/// A stopped project says so when someone tries to go on with it; a completed one is not stopped afterwards.
/// </summary>
public sealed class GrantStop
{
    private const string Officer = GrantBuilder.Officer;
    private const string Reason = "项目执行机构注销，项目终止";
    private static readonly DateTime Now = new(2026, 10, 8, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Stopping_cancels_the_unpaid_tranches_with_the_reason_and_keeps_the_paid_one()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        TrancheSteps.PayOut(grant.Tranches[0]);
        var version = grant.Version;

        grant.Stop(Officer, "  " + Reason + " ", Now);

        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.Equal(Reason, grant.StopReason);
        Assert.Equal(Now, grant.StoppedAt);
        Assert.Equal(version + 1, grant.Version);
        Assert.Equal([TrancheStatus.Paid, TrancheStatus.Cancelled, TrancheStatus.Cancelled], grant.Tranches.Select(t => t.Status));
        Assert.All(grant.Tranches.Skip(1), t => Assert.Equal(Reason, t.CancelReason));
        Assert.Equal(Yuan(50_000m), grant.Paid);
        Assert.Equal(Yuan(50_000m), grant.Planned);
    }

    [Fact]
    public void Stopping_needs_a_reason()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        Refused("Give the reason for cancelling.", () => grant.Stop(Officer, " ", Now));
        Assert.Equal(GrantStatus.InProgress, grant.Status);
    }

    [Fact]
    public void A_reason_too_long_is_refused_even_when_every_tranche_is_paid()
    {
        var grant = new GrantBuilder().On(TrancheTemplate.Single).Confirmed().Build();
        TrancheSteps.PayOut(grant.Tranches[0]);

        Refused("A reason has at most {0} characters.", () => grant.Stop(Officer, new string('因', 1001), Now));
        Assert.Equal(GrantStatus.InProgress, grant.Status);
    }

    [Fact]
    public void A_project_is_stopped_once()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        grant.Stop(Officer, Reason, Now);

        Refused("The project is stopped.", () => grant.Stop(Officer, "再次终止", Now.AddHours(1)));
        Assert.Equal(Reason, grant.StopReason);
    }

    [Fact]
    public void A_project_stopped_before_its_agreement_says_it_is_stopped_when_drafting()
    {
        var grant = new GrantBuilder().Build();
        grant.Stop(Officer, "组织放弃资助", Now);

        Refused("The project is stopped.", () => grant.DraftAgreement(Yuan(100_000m), TranchePlan.FromTemplate(Yuan(100_000m), TrancheTemplate.Single),
            GrantBuilder.Account, Officer, Now));
        Assert.Null(grant.AgreedAmount);
    }

    [Fact]
    public void A_project_stopped_before_its_agreement_is_confirmed_says_it_is_stopped_when_confirming()
    {
        var grant = new GrantBuilder().Drafted().Build();
        grant.Stop(Officer, "组织放弃资助", Now);

        Refused("The project is stopped.",
            () => grant.Confirm(GrantBuilder.Member, GrantBuilder.SignedOn, "协议.pdf", "a.pdf", GrantBuilder.SignedOn, GrantBuilder.ConfirmedAt));
        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.Null(grant.ConfirmedAt);
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Cancelled, t.Status));
    }

    [Fact]
    public void An_award_has_no_agreement_to_confirm()
    {
        var grant = GrantBuilder.Award();

        Refused("An award is paid without an agreement.",
            () => grant.Confirm(GrantBuilder.Member, GrantBuilder.SignedOn, "协议.pdf", "a.pdf", GrantBuilder.SignedOn, GrantBuilder.ConfirmedAt));
        Assert.Null(grant.ConfirmedAt);
    }

    [Fact]
    public void A_completed_project_is_not_stopped_afterwards()
    {
        var grant = new GrantBuilder().On(TrancheTemplate.SixtyForty).Confirmed().Build();
        EvaluationFixtures.Final(grant, 88m);

        Refused("The project is complete: it can no longer be stopped.", () => grant.Stop(Officer, Reason, Now.AddYears(1)));

        Assert.Equal(GrantStatus.Completed, grant.Status);
        Assert.Equal(TrancheStatus.Eligible, grant.Tranches[1].Status);
    }
}
