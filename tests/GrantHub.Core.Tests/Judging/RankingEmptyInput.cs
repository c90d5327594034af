using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Nothing to rank, or nothing scored yet: an empty or unranked list, never an error.</summary>
public sealed class RankingEmptyInput
{
    [Theory]
    [InlineData(AggregationMethod.Mean)]
    [InlineData(AggregationMethod.TrimmedMean)]
    [InlineData(AggregationMethod.NormalizedMean)]
    public void No_applications_give_an_empty_ranking(AggregationMethod method)
    {
        var result = new RankingInputBuilder().Rank(method);

        Assert.Empty(result.Applications);
        Assert.Empty(result.Judges);
        Assert.Null(result.PanelMean);
        Assert.Null(result.PanelStandardDeviation);
        Assert.Null(result.JudgeSpread);
        Assert.Equal(method, result.Method);
    }

    [Theory]
    [InlineData(AggregationMethod.Mean)]
    [InlineData(AggregationMethod.TrimmedMean)]
    [InlineData(AggregationMethod.NormalizedMean)]
    public void Applications_without_scores_are_listed_by_submission_unranked(AggregationMethod method)
    {
        var result = new RankingInputBuilder().Application(2).Application(1).Rank(method);

        Assert.Equal([1, 2], result.Order());
        Assert.Equal([1, 2], result.Applications.Select(a => a.Position));
        Assert.All(result.Applications, a =>
        {
            Assert.Null(a.Rank);
            Assert.Null(a.Aggregate);
            Assert.Equal(0, a.ScoreCount);
            Assert.Empty(a.Judges);
            Assert.Equal([null, null], a.CriterionAverages);
        });
    }

    [Fact]
    public void Unscored_applications_come_after_every_scored_one()
    {
        var result = new RankingInputBuilder().Application(1).Totals(2, 10m).Rank(AggregationMethod.NormalizedMean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(1, result.Of(2).Rank);
        Assert.Equal(10.00m, result.Of(2).Aggregate);
        Assert.Null(result.Of(1).Rank);
    }
}
