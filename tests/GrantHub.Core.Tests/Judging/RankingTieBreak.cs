using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// The stated tie-break rule, one step per test. In each test every later step would favour the other application,
/// so the test proves that the step under test decided.
/// </summary>
public sealed class RankingTieBreak
{
    private static readonly DateTime Early = FirstSubmission;
    private static readonly DateTime Late = FirstSubmission.AddDays(1);

    [Fact]
    public void A_higher_aggregate_comes_first_whatever_the_other_steps_say()
    {
        // App 2: 81.00 from one judge (design 48.6), submitted late. App 1: 30 + 50 twice = 80.00, with a higher design
        // average (50), more scores, an earlier submission and a smaller id. The aggregate alone decides: app 2 first.
        var result = new RankingInputBuilder()
            .Application(1, Early).Application(2, Late)
            .Scores(1, "J1", (Need, 30m), (Design, 50m))
            .Scores(1, "J2", (Need, 30m), (Design, 50m))
            .Totals(2, 81m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal([1, 2], result.Applications.Select(a => a.Rank));
        Assert.All(result.Applications, a => Assert.Equal(TieBreak.None, a.TieBreak));
    }

    [Fact]
    public void Then_the_higher_average_on_the_largest_criterion()
    {
        // Both 80.00. App 2: need 30 + design 50 (submitted late, one score). App 1: need 35 + design 45 (early, two
        // scores). Design is the largest criterion (60 points): 50 > 45 → app 2 first.
        var result = new RankingInputBuilder()
            .Application(1, Early).Application(2, Late)
            .Scores(1, "J1", (Need, 35m), (Design, 45m))
            .Scores(1, "J2", (Need, 35m), (Design, 45m))
            .Scores(2, "J1", (Need, 30m), (Design, 50m))
            .Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal([1, 1], result.Applications.Select(a => a.Rank));
        Assert.Equal(TieBreak.CriterionAverage, result.Of(1).TieBreak);
        Assert.Equal(TieBreak.None, result.Of(2).TieBreak);
        Assert.Equal(Design, result.DecidingCriterionId);
    }

    [Fact]
    public void The_deciding_criterion_is_the_largest_regular_one_and_the_first_of_equals()
    {
        // The default rubric: need 20, design/feasibility 25, …; a 30-point bonus item does not count.
        RankingCriterion[] domain =
            [new(1, 20), new(2, 25), new(3, 15), new(4, 15), new(5, 15), new(6, 10), new(7, 30, IsBonus: true)];
        var withDefault = new RankingInputBuilder().Rubric(domain).Rank(AggregationMethod.Mean);
        var withEquals = new RankingInputBuilder().Rubric(new(1, 50), new(2, 50)).Rank(AggregationMethod.Mean);

        Assert.Equal(2, withDefault.DecidingCriterionId);
        Assert.Equal(1, withEquals.DecidingCriterionId);
    }

    [Fact]
    public void Then_more_scores()
    {
        // Both 80.00 with design 48.00. App 2 has three scores (submitted late), app 1 two (early) → app 2 first.
        var result = new RankingInputBuilder()
            .Application(1, Early).Application(2, Late)
            .Totals(1, 80m, 80m)
            .Totals(2, 80m, 80m, 80m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(TieBreak.ScoreCount, result.Of(1).TieBreak);
    }

    [Fact]
    public void Then_the_earlier_submission()
    {
        // Same figures and counts; app 2 submitted earlier than app 1 → app 2 first although its id is larger.
        var result = new RankingInputBuilder()
            .Application(1, Late).Application(2, Early)
            .Totals(1, 80m, 80m)
            .Totals(2, 80m, 80m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(TieBreak.SubmittedAt, result.Of(1).TieBreak);
    }

    [Fact]
    public void Last_the_application_id_so_the_order_never_depends_on_the_input()
    {
        // Everything equal, submitted at the same instant: the smaller id first, whichever order they come in.
        var forwards = new RankingInputBuilder()
            .Application(1, Early).Application(2, Early)
            .Totals(1, 80m).Totals(2, 80m)
            .Rank(AggregationMethod.Mean);
        var backwards = new RankingInputBuilder()
            .Application(2, Early).Application(1, Early)
            .Totals(2, 80m).Totals(1, 80m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([1, 2], forwards.Order());
        Assert.Equal([1, 2], backwards.Order());
        Assert.Equal(TieBreak.ApplicationId, backwards.Of(2).TieBreak);
    }
}
