using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Plain mean: the average of the application's sheet totals, each total the sum of its criterion scores.</summary>
public sealed class RankingMean
{
    [Fact]
    public void The_aggregate_is_the_mean_of_the_totals_and_the_higher_mean_ranks_first()
    {
        // App 1: 80 + 85 + 90 = 255, / 3 = 85.00
        // App 2: 70 + 72.5 + 76 = 218.5, / 3 = 72.8333… → 72.83
        var result = new RankingInputBuilder()
            .Totals(2, 70m, 72.5m, 76m)
            .Totals(1, 80m, 85m, 90m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([1, 2], result.Order());
        Assert.Equal(85.00m, result.Of(1).Aggregate);
        Assert.Equal(72.83m, result.Of(2).Aggregate);
        Assert.Equal([1, 2], result.Applications.Select(a => a.Rank));
        Assert.Equal(3, result.Of(2).ScoreCount);
    }

    [Fact]
    public void Each_judges_total_and_each_criterion_average_are_reported()
    {
        // Need (40) / design (60) split of 70, 72.5, 76: need 28, 29, 30.4 → 87.4 / 3 = 29.1333… → 29.13;
        // design 42, 43.5, 45.6 → 131.1 / 3 = 43.70.
        var result = new RankingInputBuilder().Totals(2, 70m, 72.5m, 76m).Rank(AggregationMethod.Mean);

        var app = result.Of(2);
        Assert.Equal(["J1", "J2", "J3"], app.Judges.Select(j => j.JudgeId));
        Assert.Equal([70m, 72.5m, 76m], app.Judges.Select(j => j.Total));
        Assert.Equal([29.13m, 43.70m], app.CriterionAverages);
        Assert.All(app.Judges, j => Assert.Null(j.Z));
        Assert.All(app.Judges, j => Assert.False(j.Trimmed));
    }

    [Fact]
    public void A_bonus_item_adds_on_top_and_a_bonus_left_out_counts_zero()
    {
        // J1: 30 + 50 + bonus 5 = 85; J2: 30 + 50, no bonus = 80. Mean 82.50; bonus average (5 + 0) / 2 = 2.50.
        var result = new RankingInputBuilder()
            .Rubric(new RankingCriterion(Need, 40), new RankingCriterion(Design, 60), new RankingCriterion(3, 5, IsBonus: true))
            .Scores(1, "J1", (Need, 30m), (Design, 50m), (3, 5m))
            .Scores(1, "J2", (Need, 30m), (Design, 50m))
            .Rank(AggregationMethod.Mean);

        Assert.Equal([85m, 80m], result.Of(1).Judges.Select(j => j.Total));
        Assert.Equal(82.50m, result.Of(1).Aggregate);
        Assert.Equal([30.00m, 50.00m, 2.50m], result.Of(1).CriterionAverages);
    }
}
