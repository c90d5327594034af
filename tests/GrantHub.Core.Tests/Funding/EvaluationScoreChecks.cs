using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.EvaluationFixtures;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>A score is 0 to 100 with at most one decimal; the pass mark 1 to 100; who and when are required. A refusal changes nothing.</summary>
public sealed class EvaluationScoreChecks
{
    private static Evaluation Record(Grant grant, decimal score = 80m, int passMark = 60, string evaluator = Evaluator, string comment = "",
        DateOnly? on = null) =>
        Evaluation.Record(grant, EvaluationKind.Midterm, score, passMark, evaluator, comment, on ?? MidtermDay, MidtermDay, [], Officer, MidtermAt);

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(99.9)]
    public void Scores_from_0_to_100_are_accepted(decimal score)
    {
        Assert.Equal(score, Record(new GrantBuilder().Confirmed().Build(), score).Score);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(120)]
    public void A_score_outside_0_to_100_is_refused(decimal score)
    {
        var grant = new GrantBuilder().Confirmed().Build();

        var ex = Refused("A score is between {0} and {1}.", () => Record(grant, score));

        Assert.Equal([0, 100], ex.Args.Cast<int>());
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(TrancheStatus.Planned, grant.Tranches[1].Status);
    }

    [Theory]
    [InlineData(75.25)]
    [InlineData(59.99)]
    public void A_score_with_two_decimals_is_refused(decimal score)
    {
        var grant = new GrantBuilder().Confirmed().Build();

        Refused("A score has at most one decimal place.", () => Record(grant, score));
        Assert.Equal(GrantStatus.InProgress, grant.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_pass_mark_outside_1_to_100_is_refused(int passMark)
    {
        Refused("The pass mark is between {0} and {1}.", () => Record(new GrantBuilder().Confirmed().Build(), passMark: passMark));
    }

    [Fact]
    public void An_evaluation_dated_tomorrow_is_refused()
    {
        Refused("The day evaluated cannot be in the future.", () => Record(new GrantBuilder().Confirmed().Build(), on: MidtermDay.AddDays(1)));
    }

    [Fact]
    public void The_evaluator_is_required_and_at_most_200_characters()
    {
        Refused("Say who evaluated the project.", () => Record(new GrantBuilder().Confirmed().Build(), evaluator: "  "));
        Refused("A name has at most {0} characters.", () => Record(new GrantBuilder().Confirmed().Build(), evaluator: new string('评', 201)));
        Assert.Equal(200, Record(new GrantBuilder().Confirmed().Build(), evaluator: new string('评', 200)).Evaluator.Length);
    }

    [Fact]
    public void A_passed_evaluation_without_the_recording_user_is_refused_like_a_failed_one()
    {
        var passed = new GrantBuilder().Confirmed().Build();
        var failed = new GrantBuilder().Confirmed().Build();

        Assert.Throws<ArgumentException>(() =>
            Evaluation.Record(passed, EvaluationKind.Midterm, 80m, 60, Evaluator, "", MidtermDay, MidtermDay, [], " ", MidtermAt));
        Assert.Throws<ArgumentException>(() =>
            Evaluation.Record(failed, EvaluationKind.Midterm, 40m, 60, Evaluator, "", MidtermDay, MidtermDay, [], " ", MidtermAt));

        Assert.Equal(TrancheStatus.Planned, passed.Tranches[1].Status);
        Assert.Equal(GrantStatus.InProgress, failed.Status);
    }

    [Fact]
    public void A_comment_has_at_most_2000_characters()
    {
        var ex = Refused("A comment has at most {0} characters.", () => Record(new GrantBuilder().Confirmed().Build(), comment: new string('好', 2001)));

        Assert.Equal([2000], ex.Args.Cast<int>());
    }
}
