using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Competitions;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.RankingInputBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The shortlist for the second round: the top N of the written round, a tie at the cut kept whole; only scored applications.</summary>
public sealed class ShortlistTop
{
    private static readonly DateTime Now = EditionBuilder.Deadline.AddDays(20);

    [Fact]
    public void The_top_n_are_the_applications_ranked_n_or_better()
    {
        var written = new RankingInputBuilder().Totals(1, 90).Totals(2, 85).Totals(3, 80).Totals(4, 75).Rank(AggregationMethod.Mean);

        Assert.Equal([App(1), App(2)], Shortlist.Top(written, 2).Select(a => a.ApplicationId));
    }

    [Fact]
    public void A_tie_at_the_cut_keeps_every_tied_application()
    {
        // Ranks 1, 2, 3, 3, 5: the top 3 are four applications.
        var written = new RankingInputBuilder().Totals(1, 90).Totals(2, 85).Totals(3, 80).Totals(4, 80).Totals(5, 70).Rank(AggregationMethod.Mean);

        Assert.Equal([App(1), App(2), App(3), App(4)], Shortlist.Top(written, 3).Select(a => a.ApplicationId));
    }

    [Fact]
    public void Unscored_applications_never_make_the_top_n()
    {
        var written = new RankingInputBuilder().Totals(1, 90).Application(2).Rank(AggregationMethod.Mean);

        Assert.Equal([App(1)], Shortlist.Top(written, 5).Select(a => a.ApplicationId));
    }

    [Fact]
    public void A_shortlist_has_at_least_one_application()
    {
        var written = new RankingInputBuilder().Totals(1, 90).Rank(AggregationMethod.Mean);

        Refusal.Expect("Shortlist at least one application.", () => Shortlist.Top(written, 0));
    }

    [Fact]
    public void An_entry_keeps_where_the_application_stood_when_it_was_shortlisted()
    {
        var edition = new EditionBuilder().Published().Build();
        edition.SetSecondRound(true, 50, 5, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
        var written = new RankingInputBuilder().Totals(1, 90).Totals(2, 85.5m).Rank(AggregationMethod.Mean);

        var entry = ShortlistEntry.Add(edition, written.Of(2), "officer-1", Now);

        Assert.Equal(App(2), entry.ApplicationId);
        Assert.Equal(edition.Id, entry.EditionId);
        Assert.Equal(2, entry.FirstRoundPosition);
        Assert.Equal(85.5m, entry.FirstRoundAggregate);
        Assert.Equal("officer-1", entry.AddedByUserId);
        Assert.Equal(Now, entry.AddedAt);
    }

    [Fact]
    public void Only_a_scored_application_of_an_edition_with_a_second_round_is_shortlisted()
    {
        var edition = new EditionBuilder().Published().Build();
        var written = new RankingInputBuilder().Totals(1, 90).Application(2).Rank(AggregationMethod.Mean);

        Refusal.Expect("This edition has no second round.", () => ShortlistEntry.Add(edition, written.Of(1), "officer-1", Now));
        edition.SetSecondRound(true, 50, 5, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
        Refusal.Expect("Only an application with first-round scores can be shortlisted.", () => ShortlistEntry.Add(edition, written.Of(2), "officer-1", Now));
    }
}
