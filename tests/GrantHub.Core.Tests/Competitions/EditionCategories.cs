using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>Categories: at least one, no duplicates; once the published edition opens they can be added, never removed.</summary>
public sealed class EditionCategories
{
    private static readonly DateTime Before = EditionBuilder.BeforeOpening;

    [Fact]
    public void Names_are_trimmed_blank_lines_and_duplicates_dropped()
    {
        var edition = new EditionBuilder().Bare().Build();

        edition.SetCategories([" 为老服务 ", "", "青少年教育", "为老服务", "  "], Before);

        Assert.Equal(["为老服务", "青少年教育"], edition.Categories.Select(c => c.Name));
    }

    [Fact]
    public void No_category_at_all_is_refused()
    {
        var edition = new EditionBuilder().Bare().Build();

        Refusal.Expect("An edition needs at least one category.", () => edition.SetCategories(["", " "], Before));
    }

    [Fact]
    public void Categories_can_be_removed_and_renamed_before_opening_while_the_kept_ones_stay_the_same_objects()
    {
        var edition = new EditionBuilder().WithCategories("为老服务", "青少年教育").Build();
        var kept = edition.Categories[0];

        edition.SetCategories(["为老服务", "文化活动"], Before);

        Assert.Equal(["为老服务", "文化活动"], edition.Categories.Select(c => c.Name));
        Assert.Same(kept, edition.Categories[0]);
    }

    [Fact]
    public void Once_open_a_category_can_be_added()
    {
        var edition = new EditionBuilder().WithCategories("为老服务").Published().Build();

        edition.SetCategories(["为老服务", "困难家庭帮扶"], EditionBuilder.Opening.AddDays(1));

        Assert.Equal(["为老服务", "困难家庭帮扶"], edition.Categories.Select(c => c.Name));
    }

    [Fact]
    public void Once_open_removing_a_category_is_refused_and_none_is_added_either()
    {
        var edition = new EditionBuilder().WithCategories("为老服务", "青少年教育").Published().Build();

        Refusal.Expect("The edition is open: categories can be added but not removed.",
            () => edition.SetCategories(["为老服务", "文化活动"], EditionBuilder.Opening));

        Assert.Equal(["为老服务", "青少年教育"], edition.Categories.Select(c => c.Name));
    }

    [Fact]
    public void A_published_edition_may_remove_a_category_until_it_opens()
    {
        var edition = new EditionBuilder().WithCategories("为老服务", "青少年教育").Published().Build();

        edition.SetCategories(["为老服务"], EditionBuilder.Opening.AddTicks(-1));

        Assert.Single(edition.Categories);
    }
}
