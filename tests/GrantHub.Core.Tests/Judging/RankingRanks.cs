using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// Rank is the competition rank on the aggregate ("1, 2, 2, 4"); Position is the place after the tie-break.
/// </summary>
public sealed class RankingRanks
{
    [Fact]
    public void Equal_aggregates_share_a_rank_and_the_next_rank_skips()
    {
        // Aggregates 90, 85, 85, 80 → ranks 1, 2, 2, 4; positions 1, 2, 3, 4 (app 2 submitted before app 3).
        var result = new RankingInputBuilder()
            .Sheet(4, "J1", 80m).Sheet(3, "J1", 85m).Sheet(2, "J1", 85m).Sheet(1, "J1", 90m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([1, 2, 3, 4], result.Order());
        Assert.Equal([1, 2, 2, 4], result.Applications.Select(a => a.Rank));
        Assert.Equal([1, 2, 3, 4], result.Applications.Select(a => a.Position));
        Assert.Equal([TieBreak.None, TieBreak.None, TieBreak.SubmittedAt, TieBreak.None], result.Applications.Select(a => a.TieBreak));
    }

    [Fact]
    public void Aggregates_equal_once_rounded_share_a_rank()
    {
        // App 1: 85, 85, 85.01 → 255.01 / 3 = 85.00333… → 85.00; app 2: 85 → 85.00. Same rank. The design averages
        // 51, 51, 51.006 → 51.002 → 51.00 and 51.00 are equal once rounded too, so more scores decides: app 1 first.
        var result = new RankingInputBuilder()
            .Totals(2, 85m)
            .Totals(1, 85m, 85m, 85.01m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([1, 2], result.Order());
        Assert.Equal([1, 1], result.Applications.Select(a => a.Rank));
        Assert.Equal(TieBreak.ScoreCount, result.Of(2).TieBreak);
    }

    [Fact]
    public void A_tie_lower_in_the_list_also_shares_its_rank()
    {
        // 90, 80, 70, 70, 70, 60 → ranks 1, 2, 3, 3, 3, 6.
        var result = new RankingInputBuilder()
            .Sheet(1, "J1", 90m).Sheet(2, "J1", 80m).Sheet(3, "J1", 70m).Sheet(4, "J1", 70m).Sheet(5, "J1", 70m).Sheet(6, "J1", 60m)
            .Rank(AggregationMethod.Mean);

        Assert.Equal([1, 2, 3, 3, 3, 6], result.Applications.Select(a => a.Rank));
    }
}
