using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

public sealed class EditionTimeline
{
    private static readonly DateOnly Opens = EditionBuilder.OpensOn;
    private static readonly DateOnly Closes = EditionBuilder.ClosesOn;

    [Fact]
    public void Dates_in_order_are_kept()
    {
        var edition = new EditionBuilder().Build();

        edition.SetTimeline(Opens.AddDays(1), Closes.AddDays(2), Closes.AddDays(40), 5);

        Assert.Equal(Opens.AddDays(1), edition.OpensOn);
        Assert.Equal(Closes.AddDays(2), edition.ClosesOn);
        Assert.Equal(Closes.AddDays(40), edition.ReviewEndsOn);
        Assert.Equal(5, edition.PublicityDays);
    }

    [Fact]
    public void Applications_may_open_and_close_on_the_same_day()
    {
        var edition = new EditionBuilder().Build();

        edition.SetTimeline(Opens, Opens, Opens, 7);

        Assert.Equal(Opens, edition.ClosesOn);
    }

    [Fact]
    public void A_closing_date_before_the_opening_date_is_refused_and_nothing_changes()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The closing date comes before the opening date.", () => edition.SetTimeline(Opens, Opens.AddDays(-1), Closes, 7));

        Assert.Equal(Closes, edition.ClosesOn);
    }

    [Fact]
    public void A_review_that_ends_before_applications_close_is_refused()
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect("The review must end after applications close.", () => edition.SetTimeline(Opens, Closes, Closes.AddDays(-1), 7));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Publicity_outside_one_to_thirty_days_is_refused(int days)
    {
        var edition = new EditionBuilder().Build();

        var ex = Refusal.Expect("Publicity lasts between {0} and {1} days.", () => edition.SetTimeline(Opens, Closes, Closes.AddDays(30), days));

        Assert.Equal(new object[] { 1, 30 }, ex.Args);
    }

    [Fact]
    public void A_published_edition_may_move_its_dates_until_it_opens()
    {
        var edition = new EditionBuilder().Published().Build();

        edition.SetTimeline(Opens.AddDays(7), Closes.AddDays(-7), Closes.AddDays(30), 7, EditionBuilder.Opening.AddSeconds(-1));

        Assert.Equal(Opens.AddDays(7), edition.OpensOn);
        Assert.Equal(Closes.AddDays(-7), edition.ClosesOn);
    }

    [Fact]
    public void Once_open_the_opening_date_is_fixed()
    {
        var edition = new EditionBuilder().Published().Build();

        Refusal.Expect("The edition is open: its opening date can no longer change.",
            () => edition.SetTimeline(Opens.AddDays(1), Closes, Closes.AddDays(30), 7, EditionBuilder.Opening));

        Assert.Equal(Opens, edition.OpensOn);
    }

    [Fact]
    public void Once_open_the_closing_date_can_be_extended_but_not_brought_forward()
    {
        var edition = new EditionBuilder().Published().Build();
        var during = EditionBuilder.Opening.AddDays(3);

        Refusal.Expect("The edition is open: the closing date can be extended but not brought forward.",
            () => edition.SetTimeline(Opens, Closes.AddDays(-1), Closes.AddDays(30), 7, during));
        edition.SetTimeline(Opens, Closes.AddDays(10), Closes.AddDays(40), 5, during);

        Assert.Equal(Closes.AddDays(10), edition.ClosesOn);
        Assert.Equal(5, edition.PublicityDays);
    }

    [Fact]
    public void A_published_editions_dates_do_not_change_without_the_clock()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.Throws<InvalidOperationException>(() => edition.SetTimeline(Opens, Closes.AddDays(-1), Closes, 7));
    }
}
