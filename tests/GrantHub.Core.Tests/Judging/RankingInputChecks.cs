using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// Sheets come from submitted, validated score sheets; input that could not come from them is a programming error
/// and is refused rather than ranked wrongly.
/// </summary>
public sealed class RankingInputChecks
{
    private static void Refused(RankingInputBuilder builder) =>
        Assert.Throws<ArgumentException>(() => builder.Rank(AggregationMethod.Mean));

    [Fact]
    public void A_sheet_for_an_application_not_in_the_list_is_refused()
    {
        var input = new RankingInputBuilder().Totals(1, 80m).Build(AggregationMethod.Mean);

        Assert.Throws<ArgumentException>(() => Ranking.Compute(input with { Applications = [] }));
    }

    [Fact]
    public void Two_sheets_of_one_judge_for_one_application_are_refused() =>
        Refused(new RankingInputBuilder().Sheet(1, "J1", 80m).Sheet(1, "J1", 70m));

    [Fact]
    public void A_score_on_a_criterion_not_in_the_rubric_is_refused() =>
        Refused(new RankingInputBuilder().Scores(1, "J1", (Need, 30m), (Design, 50m), (9, 1m)));

    [Fact]
    public void A_sheet_missing_a_regular_criterion_is_refused() =>
        Refused(new RankingInputBuilder().Scores(1, "J1", (Need, 30m)));

    [Fact]
    public void A_criterion_scored_twice_on_one_sheet_is_refused() =>
        Refused(new RankingInputBuilder().Scores(1, "J1", (Need, 30m), (Design, 50m), (Design, 1m)));

    [Theory]
    [InlineData(-1)]
    [InlineData(60.5)]
    public void A_score_outside_the_criterions_range_is_refused(double points) =>
        Refused(new RankingInputBuilder().Scores(1, "J1", (Need, 30m), (Design, (decimal)points)));

    [Fact]
    public void An_application_listed_twice_is_refused() =>
        Refused(new RankingInputBuilder().Application(1).Application(1));

    [Fact]
    public void A_score_at_the_maximum_is_accepted() =>
        Assert.Equal(100.00m, new RankingInputBuilder().Scores(1, "J1", (Need, 40m), (Design, 60m)).Rank(AggregationMethod.Mean).Of(1).Aggregate);
}
