using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>
/// The optional second round (路演/答辩): its own 100-point rubric beside the written one, the written round's weight in
/// the final score, its judges per application; fixed once the first shortlist is chosen, except the number of judges.
/// </summary>
public sealed class EditionSecondRound
{
    private static readonly DateTime Before = EditionBuilder.BeforeOpening;
    private static readonly DateTime Later = EditionBuilder.Deadline.AddDays(20);

    private static IEnumerable<(string, int, bool)> Defense() =>
        RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false));

    [Fact]
    public void A_new_edition_has_no_second_round_and_equal_weights_ready()
    {
        var edition = new EditionBuilder().Build();

        Assert.False(edition.HasSecondRound);
        Assert.Empty(edition.RubricOf(RubricCriterion.SecondRound));
        Assert.Equal(50, edition.WrittenRoundPercent);
        Assert.Equal([("路演表现", 30), ("答辩回应", 30), ("项目可行性", 25), ("团队能力", 15)], RubricCriterion.DefaultSecondRound);
    }

    [Fact]
    public void Adding_a_second_round_keeps_the_written_rubric_and_numbers_its_own_criteria_from_1()
    {
        var edition = new EditionBuilder().Published().Build();

        edition.SetSecondRound(true, 40, 7, Defense());

        Assert.True(edition.HasSecondRound);
        Assert.Equal(40, edition.WrittenRoundPercent);
        Assert.Equal(7, edition.SecondRoundJudgesPerApplication);
        Assert.Equal(6, edition.RubricOf(RubricCriterion.FirstRound).Count);
        Assert.Equal(["路演表现", "答辩回应", "项目可行性", "团队能力"], edition.RubricOf(RubricCriterion.SecondRound).Select(c => c.Name));
        Assert.Equal([1, 2, 3, 4], edition.RubricOf(RubricCriterion.SecondRound).Select(c => c.Order));
        Assert.All(edition.RubricOf(RubricCriterion.SecondRound), c => Assert.Equal(2, c.Round));
    }

    [Fact]
    public void Each_round_scores_against_its_own_rubric()
    {
        var edition = new EditionBuilder().Build();
        edition.SetSecondRound(true, 50, 5, Defense());

        Assert.Equal(["需求分析", "项目设计与可行性", "创新性与示范性", "组织与团队", "预算合理性", "可持续性与成效"],
            ScoringRules.Of(edition).Criteria.Select(c => c.Name));
        Assert.Equal(["路演表现", "答辩回应", "项目可行性", "团队能力"], ScoringRules.Of(edition, Assignment.SecondRound).Criteria.Select(c => c.Name));
    }

    [Fact]
    public void Changing_the_written_rubric_leaves_the_second_rounds_criteria()
    {
        var edition = new EditionBuilder().Build();
        edition.SetSecondRound(true, 50, 5, Defense());

        edition.SetRubric([("需求", 50, false), ("设计", 50, false)], Before);

        Assert.Equal(["需求", "设计"], edition.RubricOf(RubricCriterion.FirstRound).Select(c => c.Name));
        Assert.Equal(4, edition.RubricOf(RubricCriterion.SecondRound).Count);
    }

    [Fact]
    public void The_second_rounds_rubric_adds_up_to_100_points_too()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The criteria (without bonus items) must add up to 100 points.",
            () => edition.SetSecondRound(true, 50, 5, [("路演表现", 60, false), ("答辩回应", 30, false)]));
        Assert.False(edition.HasSecondRound);
        Assert.Empty(edition.RubricOf(RubricCriterion.SecondRound));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void The_written_rounds_weight_is_a_percentage(int percent)
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The written round's weight is a percentage from 0 to 100.", () => edition.SetSecondRound(true, percent, 5, Defense()));
    }

    [Fact]
    public void Dropping_the_second_round_removes_its_criteria()
    {
        var edition = new EditionBuilder().Build();
        edition.SetSecondRound(true, 50, 5, Defense());

        edition.SetSecondRound(false, 50, 5, []);

        Assert.False(edition.HasSecondRound);
        Assert.Empty(edition.RubricOf(RubricCriterion.SecondRound));
        Assert.Equal(6, edition.Rubric.Count);
    }

    [Fact]
    public void Once_the_shortlist_is_chosen_the_rubric_and_weights_are_fixed_but_the_judges_may_change()
    {
        var edition = new EditionBuilder().Published().Build();
        edition.SetSecondRound(true, 50, 5, Defense());

        edition.OpenSecondRound(Later);

        Assert.Equal(Later, edition.SecondRoundOpenedAt);
        Refusal.Expect("The second round has started: its rubric and weights can no longer change.",
            () => edition.SetSecondRound(true, 30, 5, Defense()));
        Refusal.Expect("The second round has started: its rubric and weights can no longer change.",
            () => edition.SetSecondRound(false, 50, 5, []));
        edition.SetSecondRoundJudges(3);
        Assert.Equal(3, edition.SecondRoundJudgesPerApplication);
        Assert.Equal(50, edition.WrittenRoundPercent);
    }

    [Fact]
    public void Only_an_edition_with_a_second_round_opens_it_and_only_once()
    {
        var edition = new EditionBuilder().Published().Build();

        Refusal.Expect("This edition has no second round.", () => edition.OpenSecondRound(Later));
        Refusal.Expect("This edition has no second round.", () => edition.SetSecondRoundJudges(3));

        edition.SetSecondRound(true, 50, 5, Defense());
        edition.OpenSecondRound(Later);
        Refusal.Expect("The second round is already open.", () => edition.OpenSecondRound(Later.AddHours(1)));
        Assert.Equal(Later, edition.SecondRoundOpenedAt);
    }
}
