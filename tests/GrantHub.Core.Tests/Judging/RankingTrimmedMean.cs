using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Trimmed mean: with at least 5 scores the one highest and the one lowest total are left out.</summary>
public sealed class RankingTrimmedMean
{
    [Fact]
    public void With_exactly_five_scores_the_highest_and_the_lowest_are_left_out()
    {
        // J1 85, J2 70, J3 95, J4 80, J5 75: leave out J3's 95 and J2's 70 → (85 + 80 + 75) / 3 = 240 / 3 = 80.00
        // (the plain mean would be 405 / 5 = 81.00).
        var result = new RankingInputBuilder().Totals(1, 85m, 70m, 95m, 80m, 75m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(80.00m, result.Of(1).Aggregate);
        Assert.Equal(["J2", "J3"], result.Of(1).Judges.Where(j => j.Trimmed).Select(j => j.JudgeId));
        Assert.Equal(5, result.Of(1).ScoreCount);
    }

    [Fact]
    public void With_four_scores_nothing_is_left_out()
    {
        // 70, 75, 80, 95: plain mean 320 / 4 = 80.00 (trimming would have given (75 + 80) / 2 = 77.50).
        var result = new RankingInputBuilder().Totals(1, 70m, 75m, 80m, 95m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(80.00m, result.Of(1).Aggregate);
        Assert.DoesNotContain(result.Of(1).Judges, j => j.Trimmed);
    }

    [Fact]
    public void With_six_scores_still_only_one_highest_and_one_lowest_are_left_out()
    {
        // 60, 70, 80, 80, 90, 95: leave out 95 and 60 → (70 + 80 + 80 + 90) / 4 = 320 / 4 = 80.00 (plain: 475 / 6 = 79.17).
        var result = new RankingInputBuilder().Totals(1, 60m, 70m, 80m, 80m, 90m, 95m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(80.00m, result.Of(1).Aggregate);
        Assert.Equal(["J1", "J6"], result.Of(1).Judges.Where(j => j.Trimmed).Select(j => j.JudgeId));
    }

    [Fact]
    public void Of_two_equal_highest_totals_only_one_is_left_out()
    {
        // 90, 90, 80, 70, 70: leave out one 90 (J1, the first) and one 70 (J4) → (90 + 80 + 70) / 3 = 80.00.
        var result = new RankingInputBuilder().Totals(1, 90m, 90m, 80m, 70m, 70m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(80.00m, result.Of(1).Aggregate);
        Assert.Equal(["J1", "J4"], result.Of(1).Judges.Where(j => j.Trimmed).Select(j => j.JudgeId));
    }

    [Fact]
    public void The_criterion_averages_still_count_every_sheet()
    {
        // Need is 40 % of each total: 34, 28, 38, 32, 30 → 162 / 5 = 32.40, trimmed ones included.
        var result = new RankingInputBuilder().Totals(1, 85m, 70m, 95m, 80m, 75m).Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(32.40m, result.Of(1).CriterionAverages[0]);
    }
}
