using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

public sealed class EditionDraft
{
    [Fact]
    public void A_new_edition_is_a_draft_with_the_domains_default_rubric_of_100_points()
    {
        var edition = CompetitionEdition.Draft("仪征市第四届社区公益创投大赛", 2026, "仪征市民政局", EditionBuilder.OpensOn, EditionBuilder.ClosesOn);

        Assert.Equal(EditionStatus.Draft, edition.Status);
        Assert.False(edition.IsPublished);
        Assert.Equal(["需求分析", "项目设计与可行性", "创新性与示范性", "组织与团队", "预算合理性", "可持续性与成效"], edition.Rubric.Select(c => c.Name));
        Assert.Equal([20, 25, 15, 15, 15, 10], edition.Rubric.Select(c => c.MaxPoints));
        Assert.Equal(100, edition.Rubric.Sum(c => c.MaxPoints));
        Assert.All(edition.Rubric, c => Assert.False(c.IsBonus));
        Assert.Equal([1, 2, 3, 4, 5, 6], edition.Rubric.Select(c => c.Order));
    }

    [Fact]
    public void A_new_edition_takes_the_common_defaults_for_review_and_publicity()
    {
        var edition = new EditionBuilder().Bare().Build();

        Assert.Equal(5, edition.JudgesPerApplication);
        Assert.Equal(AggregationMethod.TrimmedMean, edition.Aggregation);
        Assert.Equal(7, edition.PublicityDays);
        Assert.Equal(EditionBuilder.ClosesOn.AddDays(30), edition.ReviewEndsOn);
        Assert.Equal(Money.Zero, edition.Pool);
        Assert.Empty(edition.Categories);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_edition_without_a_name_is_refused(string name)
    {
        var ex = Assert.Throws<DomainException>(() => CompetitionEdition.Draft(name, 2026, "仪征市民政局", EditionBuilder.OpensOn, EditionBuilder.ClosesOn));
        Assert.Equal("The edition needs a name.", ex.MessageKey);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void An_implausible_year_is_refused(int year)
    {
        var ex = Assert.Throws<DomainException>(() => CompetitionEdition.Draft("第四届", year, "仪征市民政局", EditionBuilder.OpensOn, EditionBuilder.ClosesOn));
        Assert.Equal("The year is not plausible.", ex.MessageKey);
    }
}
