using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>The scoring rubric: 100 points without bonus items, distinct names, frozen once the published edition opens.</summary>
public sealed class EditionRubric
{
    private static readonly DateTime Before = EditionBuilder.BeforeOpening;

    [Fact]
    public void A_rubric_of_100_points_replaces_the_default_in_the_given_order()
    {
        var edition = new EditionBuilder().Build();

        edition.SetRubric([("需求与设计", 50, false), ("团队", 30, false), ("预算", 20, false)], Before);

        Assert.Equal(["需求与设计", "团队", "预算"], edition.Rubric.Select(c => c.Name));
        Assert.Equal([1, 2, 3], edition.Rubric.Select(c => c.Order));
    }

    [Fact]
    public void Bonus_items_come_on_top_of_the_100_points()
    {
        var edition = new EditionBuilder().Build();

        edition.SetRubric([("需求", 60, false), ("设计", 40, false), ("获媒体报道", 5, true)], Before);

        Assert.Equal(105, edition.Rubric.Sum(c => c.MaxPoints));
        Assert.True(edition.Rubric.Single(c => c.Name == "获媒体报道").IsBonus);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(101)]
    public void Criteria_that_do_not_add_up_to_100_are_refused_and_the_rubric_stays(int last)
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The criteria (without bonus items) must add up to 100 points.",
            () => edition.SetRubric([("需求", 60, false), ("设计", last - 60, false)], Before));

        Assert.Equal(6, edition.Rubric.Count);
    }

    [Fact]
    public void Bonus_points_do_not_make_up_a_shortfall()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The criteria (without bonus items) must add up to 100 points.",
            () => edition.SetRubric([("需求", 90, false), ("加分", 10, true)], Before));
    }

    [Fact]
    public void An_empty_rubric_is_refused()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The rubric needs at least one criterion.", () => edition.SetRubric([], Before));
    }

    [Fact]
    public void Two_criteria_with_the_same_name_are_refused()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("Each criterion needs its own name.", () => edition.SetRubric([("需求", 50, false), ("需求 ", 50, false)], Before));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_criterion_outside_1_to_100_points_is_refused(int points)
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("A criterion is worth between 1 and 100 points.", () => edition.SetRubric([("需求", 100, false), ("加分", points, true)], Before));
    }

    [Fact]
    public void A_criterion_without_a_name_is_refused()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("Each criterion needs a name.", () => edition.SetRubric([(" ", 100, false)], Before));
    }

    [Fact]
    public void Once_the_published_edition_opens_the_rubric_is_frozen()
    {
        var edition = new EditionBuilder().Published().Build();

        Refusal.Expect("The edition is open: its rubric can no longer change.",
            () => edition.SetRubric([("需求", 50, false), ("设计", 50, false)], EditionBuilder.Opening));

        Assert.Equal(6, edition.Rubric.Count);
    }

    [Fact]
    public void A_published_edition_changes_its_rubric_before_it_opens()
    {
        var edition = new EditionBuilder().Published().Build();

        edition.SetRubric([("需求", 50, false), ("设计", 50, false)], EditionBuilder.Opening.AddSeconds(-1));

        Assert.Equal(2, edition.Rubric.Count);
    }
}
