using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// The final order of an edition with a second round, on worked examples: shortlisted applications by their final
/// score, then shortlisted ones still waiting for the second round, then the rest by their written score.
/// </summary>
public sealed class FinalRankingOrder
{
    /// <summary>Written round, plain mean: 1 → 90, 2 → 88, 3 → 85, 4 → 80, 5 → 70, 6 unscored.</summary>
    private static RankingResult Written() => new RankingInputBuilder()
        .Totals(1, 90).Totals(2, 88).Totals(3, 85).Totals(4, 80).Totals(5, 70).Application(6)
        .Rank(AggregationMethod.Mean);

    private static int[] Order(IReadOnlyList<FinalRankedApplication> final) =>
        [.. final.Select(a => int.Parse(a.ApplicationId.ToString()[^12..]))];

    [Fact]
    public void Worked_example_the_defense_reorders_the_shortlist_and_the_rest_follow_by_their_written_score()
    {
        // Shortlist 1, 2, 3; in the defense 1 → 70 and 2 → 90; 3 has not presented yet. Equal weights:
        // 2 → (88 + 90) / 2 = 89.00, 1 → (90 + 70) / 2 = 80.00.
        var defense = new RankingInputBuilder().Totals(1, 70).Totals(2, 90).Application(3).Rank(AggregationMethod.Mean);

        var final = FinalRanking.Combine(Written(), defense, [App(1), App(2), App(3)], 50);

        Assert.Equal([2, 1, 3, 4, 5, 6], Order(final));
        Assert.Equal([1, 2, 3, 4, 5, 6], final.Select(a => a.Position));
        Assert.Equal([1, 2, null, 4, 5, null], final.Select(a => a.Rank));
        Assert.Equal([89.00m, 80.00m, null, null, null, null], final.Select(a => a.Final));
        Assert.Equal([90m, 70m, null, null, null, null], final.Select(a => a.SecondRound));
        Assert.Equal([88m, 90m, 85m, 80m, 70m, null], final.Select(a => a.Written));
        Assert.True(final[2].AwaitingSecondRound);
        Assert.False(final[3].Shortlisted);
    }

    [Fact]
    public void With_a_weight_of_0_the_second_round_alone_orders_the_shortlist()
    {
        // 3 scored lowest in writing among the three but best in the defense.
        var defense = new RankingInputBuilder().Totals(1, 70).Totals(2, 75).Totals(3, 95).Rank(AggregationMethod.Mean);

        var final = FinalRanking.Combine(Written(), defense, [App(1), App(2), App(3)], 0);

        Assert.Equal([3, 2, 1, 4, 5, 6], Order(final));
        Assert.Equal([95m, 75m, 70m], final.Take(3).Select(a => a.Final));
    }

    [Fact]
    public void Equal_final_scores_go_to_the_better_defense_then_to_the_better_written_place()
    {
        var written = new RankingInputBuilder().Totals(1, 90).Totals(2, 80).Totals(3, 90).Rank(AggregationMethod.Mean);
        // 1: (90 + 80) / 2 = 85; 2: (80 + 90) / 2 = 85, better defense; 3: (90 + 80) / 2 = 85, same defense as 1 but
        // placed after 1 in writing (same total, submitted later).
        var defense = new RankingInputBuilder().Totals(1, 80).Totals(2, 90).Totals(3, 80).Rank(AggregationMethod.Mean);

        var final = FinalRanking.Combine(written, defense, [App(1), App(2), App(3)], 50);

        Assert.Equal([2, 1, 3], Order(final));
        Assert.Equal([1, 1, 1], final.Select(a => a.Rank));
        Assert.Equal([FinalTieBreak.None, FinalTieBreak.SecondRoundAggregate, FinalTieBreak.FirstRoundPosition], final.Select(a => a.TieBreak));
    }

    [Fact]
    public void Applications_left_off_the_shortlist_rank_after_all_of_it_even_above_a_picked_one()
    {
        // The officer picked 4 (80) over 2 and 3 (85 each): 4 → (80 + 92) / 2 = 86 overtakes 1 → (90 + 80) / 2 = 85, and
        // 2 and 3 rank after the whole shortlist, tied with each other.
        var written = new RankingInputBuilder().Totals(1, 90).Totals(2, 85).Totals(3, 85).Totals(4, 80).Rank(AggregationMethod.Mean);
        var defense = new RankingInputBuilder().Totals(1, 80).Totals(4, 92).Rank(AggregationMethod.Mean);

        var final = FinalRanking.Combine(written, defense, [App(1), App(4)], 50);

        Assert.Equal([4, 1, 2, 3], Order(final));
        Assert.Equal([1, 2, 3, 3], final.Select(a => a.Rank));
    }

    [Fact]
    public void Without_a_shortlist_the_final_order_is_the_written_rounds_position_for_position_and_rank_for_rank()
    {
        var written = new RankingInputBuilder().Totals(1, 80).Totals(2, 80).Totals(3, 70).Application(4).Rank(AggregationMethod.Mean);

        var final = FinalRanking.Combine(written, null, [], 50);

        Assert.Equal(written.Applications.Select(a => a.ApplicationId), final.Select(a => a.ApplicationId));
        Assert.Equal(written.Applications.Select(a => a.Position), final.Select(a => a.Position));
        Assert.Equal(written.Applications.Select(a => a.Rank), final.Select(a => a.Rank));
        Assert.All(final, a => Assert.Null(a.Final));
    }

    [Fact]
    public void A_shortlisted_id_that_is_not_in_the_ranking_is_ignored()
    {
        var final = FinalRanking.Combine(Written(), null, [App(99)], 50);

        Assert.Equal([1, 2, 3, 4, 5, 6], Order(final));
        Assert.DoesNotContain(final, a => a.Shortlisted);
    }
}
