using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>The daily run makes a date-triggered tranche payable on its day (China time), once, and only in a running project.</summary>
public sealed class GrantReleaseDueDates
{
    private static readonly DateOnly September1 = new(2026, 9, 1);
    private static readonly DateTime Morning = new(2026, 9, 1, 1, 0, 0, DateTimeKind.Utc);

    private static GrantBuilder OnDates() => new GrantBuilder().Decided(60_000m).WithPlan(
        new PlannedTranche(Yuan(30_000m), TrancheTrigger.AgreementSigned),
        new PlannedTranche(Yuan(20_000m), TrancheTrigger.OnDate, September1),
        new PlannedTranche(Yuan(10_000m), TrancheTrigger.OnDate, new DateOnly(2026, 12, 1)));

    [Fact]
    public void The_day_before_nothing_is_released()
    {
        var grant = OnDates().Confirmed().Build();

        Assert.Equal(0, grant.ReleaseDueDates(September1.AddDays(-1), Morning.AddDays(-1)));
        Assert.Equal(TrancheStatus.Planned, grant.Tranches[1].Status);
    }

    [Fact]
    public void On_the_day_the_tranche_of_that_day_becomes_payable_and_the_later_one_waits()
    {
        var grant = OnDates().Confirmed().Build();

        Assert.Equal(1, grant.ReleaseDueDates(September1, Morning));

        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Eligible, TrancheStatus.Planned], grant.Tranches.Select(t => t.Status));
        Assert.Equal(Morning, grant.Tranches[1].EligibleAt);
    }

    [Fact]
    public void Running_again_releases_nothing_more_and_changes_nothing()
    {
        var grant = OnDates().Confirmed().Build();
        grant.ReleaseDueDates(September1, Morning);
        var version = grant.Tranches[1].Version;

        Assert.Equal(0, grant.ReleaseDueDates(September1, Morning.AddHours(1)));

        Assert.Equal(version, grant.Tranches[1].Version);
        Assert.Equal(Morning, grant.Tranches[1].EligibleAt);
    }

    [Fact]
    public void A_missed_run_catches_up_with_every_date_passed()
    {
        var grant = OnDates().Confirmed().Build();

        Assert.Equal(2, grant.ReleaseDueDates(new DateOnly(2027, 1, 5), Morning.AddMonths(4)));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Eligible, t.Status));
    }

    [Fact]
    public void A_tranche_already_requested_is_left_as_it_is()
    {
        var grant = OnDates().Confirmed().Build();
        grant.ReleaseDueDates(September1, Morning);
        TrancheSteps.Request(grant.Tranches[1]);

        Assert.Equal(0, grant.ReleaseDueDates(September1.AddDays(1), Morning.AddDays(1)));
        Assert.Equal(TrancheStatus.Requested, grant.Tranches[1].Status);
    }

    [Fact]
    public void Before_the_agreement_is_confirmed_no_date_releases_anything()
    {
        var grant = OnDates().Drafted().Build();

        Assert.Equal(0, grant.ReleaseDueDates(new DateOnly(2027, 1, 5), Morning.AddMonths(4)));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Planned, t.Status));
    }

    [Fact]
    public void In_a_stopped_project_the_cancelled_tranches_stay_cancelled()
    {
        var grant = OnDates().Confirmed().Build();
        grant.Stop(GrantBuilder.Officer, "组织注销", Morning.AddDays(-10));

        Assert.Equal(0, grant.ReleaseDueDates(September1, Morning));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Cancelled, t.Status));
    }
}
