using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.EvaluationFixtures;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// A passed evaluation unlocks exactly the tranches waiting on it: the mid-term the mid-term tranche, the final the
/// final tranche (and the project is complete). Planned tranches cannot be requested before.
/// </summary>
public sealed class EvaluationGatesTranches
{
    [Fact]
    public void Before_the_mid_term_the_second_tranche_cannot_be_requested()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        var ex = Refused("Tranche {0} cannot be requested yet: what makes it payable has not happened.",
            () => grant.Tranches[1].Request(GrantBuilder.Officer, TrancheSteps.Now));

        Assert.Equal([2], ex.Args.Cast<int>());
        Assert.Equal(TrancheStatus.Planned, grant.Tranches[1].Status);
        Assert.Equal(1, grant.Tranches[1].Version);
    }

    [Fact]
    public void A_passed_mid_term_releases_the_mid_term_tranche_only()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var version = grant.Version;

        var evaluation = Midterm(grant, 82.5m);

        Assert.True(evaluation.Passed);
        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Planned], grant.Tranches.Skip(1).Select(t => t.Status));
        Assert.Equal(MidtermAt, grant.Tranches[1].EligibleAt);
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(version + 1, grant.Version);
        TrancheSteps.Request(grant.Tranches[1]);
        Refused("Tranche {0} cannot be requested yet: what makes it payable has not happened.",
            () => grant.Tranches[2].Request(GrantBuilder.Officer, TrancheSteps.Now));
    }

    [Fact]
    public void A_passed_mid_term_does_not_touch_the_first_tranche_already_on_its_way()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        TrancheSteps.To(grant.Tranches[0], TrancheStatus.Approved);
        var version = grant.Tranches[0].Version;

        Midterm(grant, 75m);

        Assert.Equal(TrancheStatus.Approved, grant.Tranches[0].Status);
        Assert.Equal(version, grant.Tranches[0].Version);
    }

    [Fact]
    public void A_passed_final_releases_the_final_tranche_and_completes_the_project()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        Midterm(grant, 80m);

        var evaluation = Final(grant, 90m, EvaluationKind.Midterm);

        Assert.True(evaluation.Passed);
        Assert.Equal(TrancheStatus.Eligible, grant.Tranches[2].Status);
        Assert.Equal(FinalAt, grant.Tranches[2].EligibleAt);
        Assert.Equal(GrantStatus.Completed, grant.Status);
        Assert.Equal(FinalAt, grant.CompletedAt);
        // Completing the project does not pay anything: the last tranche still goes through request, approval and payment.
        TrancheSteps.PayOut(grant.Tranches[2]);
        Assert.Equal(TrancheStatus.Paid, grant.Tranches[2].Status);
    }

    [Fact]
    public void The_final_before_the_mid_term_is_refused_when_a_tranche_waits_on_the_mid_term()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var version = grant.Version;

        Refused("Record the mid-term evaluation first.", () => Final(grant, 90m));

        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(TrancheStatus.Planned, grant.Tranches[2].Status);
        Assert.Equal(version, grant.Version);
    }

    [Fact]
    public void Without_a_mid_term_tranche_the_final_may_come_first()
    {
        var grant = new GrantBuilder().On(TrancheTemplate.SixtyForty).Confirmed().Build();

        Final(grant, 61m);

        Assert.Equal(GrantStatus.Completed, grant.Status);
        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Eligible], grant.Tranches.Select(t => t.Status));
    }

    [Fact]
    public void A_mid_term_is_recorded_once()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        Midterm(grant, 80m);

        Refused("This evaluation is already recorded.", () => Midterm(grant, 40m, recorded: EvaluationKind.Midterm));

        Assert.Equal(GrantStatus.InProgress, grant.Status);
    }

    [Fact]
    public void A_final_is_recorded_once()
    {
        var grant = new GrantBuilder().On(TrancheTemplate.SixtyForty).Confirmed().Build();

        Refused("This evaluation is already recorded.", () => Final(grant, 90m, EvaluationKind.Final));
    }

    [Fact]
    public void The_pass_mark_itself_passes_and_a_tenth_below_it_fails()
    {
        var passing = new GrantBuilder().Confirmed().Build();
        var failing = new GrantBuilder().Confirmed().Build();

        Assert.True(Midterm(passing, 60.0m).Passed);
        Assert.False(Midterm(failing, 59.9m).Passed);

        Assert.Equal(GrantStatus.InProgress, passing.Status);
        Assert.Equal(GrantStatus.Stopped, failing.Status);
    }

    [Fact]
    public void An_edition_may_set_a_higher_pass_mark()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        var evaluation = Midterm(grant, 65m, passMark: 70);

        Assert.False(evaluation.Passed);
        Assert.Equal(70, evaluation.PassMark);
        Assert.Equal(GrantStatus.Stopped, grant.Status);
    }

    [Fact]
    public void An_evaluation_keeps_its_score_evaluator_comment_and_days()
    {
        var grant = new GrantBuilder().Confirmed().Build();

        var e = Evaluation.Record(grant, EvaluationKind.Midterm, 78.5m, 60, "  扬州市社会组织评估中心 ", " 进度良好 ", MidtermDay.AddDays(-3), MidtermDay, [],
            Officer, MidtermAt);

        Assert.Equal(grant.Id, e.GrantId);
        Assert.Equal(EvaluationKind.Midterm, e.Kind);
        Assert.Equal(78.5m, e.Score);
        Assert.Equal("扬州市社会组织评估中心", e.Evaluator);
        Assert.Equal("进度良好", e.Comment);
        Assert.Equal(MidtermDay.AddDays(-3), e.EvaluatedOn);
        Assert.Equal(Officer, e.RecordedByUserId);
        Assert.Equal(MidtermAt, e.RecordedAt);
    }

    [Fact]
    public void An_award_has_no_evaluation()
    {
        var grant = GrantBuilder.Award();

        Refused("An award has no evaluations.", () => Midterm(grant, 80m));
    }

    [Fact]
    public void A_project_is_evaluated_only_once_its_agreement_is_confirmed()
    {
        var grant = new GrantBuilder().Drafted().Build();

        Refused("Evaluations are recorded once the agreement is confirmed and until the project ends.", () => Midterm(grant, 80m));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Planned, t.Status));
    }

    [Fact]
    public void A_completed_project_takes_no_more_evaluation()
    {
        var grant = new GrantBuilder().On(TrancheTemplate.SixtyForty).Confirmed().Build();
        Final(grant, 80m);

        Refused("Evaluations are recorded once the agreement is confirmed and until the project ends.", () => Midterm(grant, 80m, recorded: EvaluationKind.Final));
    }
}
