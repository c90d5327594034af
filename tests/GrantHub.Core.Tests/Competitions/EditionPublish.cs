using GrantHub.Core.Competitions;
using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

public sealed class EditionPublish
{
    [Fact]
    public void Publishing_makes_the_edition_public_and_records_when()
    {
        var edition = new EditionBuilder().Build();
        var version = edition.Version;

        edition.Publish(EditionBuilder.BeforeOpening);

        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Equal(EditionBuilder.BeforeOpening, edition.PublishedAt);
        Assert.True(edition.Version > version);
    }

    [Fact]
    public void Publishing_while_already_open_by_date_opens_it_at_once()
    {
        var edition = new EditionBuilder().Build();
        var during = EditionBuilder.Opening.AddDays(2);

        edition.Publish(during);

        Assert.True(edition.IsOpen(during));
    }

    [Fact]
    public void Without_pool_and_cap_publishing_is_refused()
    {
        var edition = new EditionBuilder().Bare().Build();
        edition.SetCategories(["为老服务"], EditionBuilder.BeforeOpening);

        Refusal.Expect("Set the pool and the cap per project before publishing.", () => edition.Publish(EditionBuilder.BeforeOpening));

        Assert.Equal(EditionStatus.Draft, edition.Status);
    }

    [Fact]
    public void Without_a_category_publishing_is_refused()
    {
        var edition = new EditionBuilder().WithCategories().Build();

        Refusal.Expect("An edition needs at least one category.", () => edition.Publish(EditionBuilder.BeforeOpening));
    }

    [Fact]
    public void After_the_closing_date_publishing_is_refused()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The closing date has passed: move it to a later day before publishing.", () => edition.Publish(EditionBuilder.Deadline));
        edition.Publish(EditionBuilder.Deadline.AddTicks(-1));
    }

    [Fact]
    public void Publishing_twice_is_refused()
    {
        var edition = new EditionBuilder().Published().Build();

        Refusal.Expect("The edition is already published.", () => edition.Publish(EditionBuilder.BeforeOpening));
    }
}
