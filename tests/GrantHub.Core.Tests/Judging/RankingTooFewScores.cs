using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>An application with fewer scores than the minimum (the edition's judges per application) is flagged.</summary>
public sealed class RankingTooFewScores
{
    [Fact]
    public void Fewer_scores_than_the_minimum_are_flagged_and_the_minimum_itself_is_not()
    {
        var result = new RankingInputBuilder()
            .MinimumScores(5)
            .Totals(1, 80m, 80m, 80m, 80m)
            .Totals(2, 80m, 80m, 80m, 80m, 80m)
            .Application(3)
            .Rank(AggregationMethod.TrimmedMean);

        Assert.Equal(RankingFlags.TooFewScores, result.Of(1).Flags);
        Assert.Equal(RankingFlags.None, result.Of(2).Flags);
        Assert.Equal(RankingFlags.TooFewScores, result.Of(3).Flags);
    }

    [Fact]
    public void The_application_is_still_ranked_on_what_it_has()
    {
        // Two scores, 90 and 88 → 89.00, ahead of five scores at 80.
        var result = new RankingInputBuilder()
            .MinimumScores(5)
            .Totals(1, 80m, 80m, 80m, 80m, 80m)
            .Totals(2, 90m, 88m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([2, 1], result.Order());
        Assert.Equal(89.00m, result.Of(2).Aggregate);
        Assert.Equal(RankingFlags.TooFewScores, result.Of(2).Flags);
    }

    [Fact]
    public void With_no_minimum_nothing_is_flagged()
    {
        var result = new RankingInputBuilder().Totals(1, 80m).Rank(AggregationMethod.Mean);

        Assert.Equal(RankingFlags.None, result.Of(1).Flags);
    }
}
