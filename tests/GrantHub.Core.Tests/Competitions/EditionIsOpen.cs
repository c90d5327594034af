namespace GrantHub.Core.Tests.Competitions;

/// <summary>
/// An edition takes applications from 0:00 China time on its opening day to 23:59:59.999… China time on its closing
/// day, whatever the server's own time zone: the instants below are UTC.
/// </summary>
public sealed class EditionIsOpen
{
    [Fact]
    public void The_deadline_is_midnight_China_time_after_the_closing_day()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.Equal(new DateTime(2026, 5, 15, 16, 0, 0, DateTimeKind.Utc), edition.Deadline);
        Assert.Equal(EditionBuilder.Deadline, edition.Deadline);
    }

    [Fact]
    public void At_23_59_59_China_time_on_the_closing_day_it_is_open()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.True(edition.IsOpen(new DateTime(2026, 5, 15, 15, 59, 59, DateTimeKind.Utc)));
        Assert.True(edition.IsOpen(EditionBuilder.Deadline.AddTicks(-1)));
    }

    [Fact]
    public void At_0_00_00_China_time_the_next_day_it_is_closed()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.False(edition.IsOpen(new DateTime(2026, 5, 15, 16, 0, 0, DateTimeKind.Utc)));
        Assert.False(edition.IsOpen(EditionBuilder.Deadline.AddDays(30)));
    }

    [Fact]
    public void It_opens_at_0_00_00_China_time_on_the_opening_day_not_a_second_earlier()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.False(edition.IsOpen(new DateTime(2026, 3, 31, 15, 59, 59, DateTimeKind.Utc)));
        Assert.True(edition.IsOpen(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_closing_day_in_UTC_is_not_the_closing_day_in_China()
    {
        var edition = new EditionBuilder().Published().Build();

        // 15 May 20:00 UTC is already 16 May 04:00 in China: closed, although still the closing day in UTC.
        Assert.False(edition.IsOpen(new DateTime(2026, 5, 15, 20, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_draft_is_never_open_even_between_its_dates()
    {
        var edition = new EditionBuilder().Build();

        Assert.False(edition.IsOpen(EditionBuilder.Opening.AddDays(5)));
    }

    [Fact]
    public void Rules_freeze_at_the_same_instant_applications_open()
    {
        var edition = new EditionBuilder().Published().Build();

        Assert.False(edition.RulesFrozen(EditionBuilder.Opening.AddTicks(-1)));
        Assert.True(edition.RulesFrozen(EditionBuilder.Opening));
        Assert.True(edition.RulesFrozen(EditionBuilder.Deadline.AddDays(100)));
    }
}
