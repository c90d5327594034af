using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Funding;

/// <summary>An award has one payment and no evaluation: paying it completes it; nothing else does.</summary>
public sealed class AwardCompletesWhenPaid
{
    private static readonly DateTime Now = TrancheSteps.Now;

    [Fact]
    public void An_award_whose_tranche_is_paid_is_completed()
    {
        var award = GrantBuilder.Award();
        TrancheSteps.PayOut(award.Tranches[0]);
        var version = award.Version;

        Assert.True(award.CompleteIfPaid(Now));

        Assert.Equal(GrantStatus.Completed, award.Status);
        Assert.Equal(Now, award.CompletedAt);
        Assert.Equal(version + 1, award.Version);
        Assert.False(award.CompleteIfPaid(Now.AddDays(1)));
        Assert.Equal(Now, award.CompletedAt);
    }

    [Theory]
    [InlineData(TrancheStatus.Eligible)]
    [InlineData(TrancheStatus.Requested)]
    [InlineData(TrancheStatus.Approved)]
    public void An_award_not_yet_paid_stays_in_progress(TrancheStatus status)
    {
        var award = GrantBuilder.Award();
        TrancheSteps.To(award.Tranches[0], status);

        Assert.False(award.CompleteIfPaid(Now));

        Assert.Equal(GrantStatus.InProgress, award.Status);
        Assert.Null(award.CompletedAt);
    }

    [Fact]
    public void A_funded_project_with_every_tranche_paid_still_waits_for_its_final_evaluation()
    {
        var grant = new GrantBuilder().Decided(100_000m)
            .WithPlan(new PlannedTranche(Money.FromYuan(100_000m), TrancheTrigger.AgreementSigned)).Confirmed().Build();
        TrancheSteps.PayOut(grant.Tranches[0]);

        Assert.False(grant.CompleteIfPaid(Now));

        Assert.Equal(GrantStatus.InProgress, grant.Status);
    }
}
