using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Core.Tests;

public class ChinaTimeToday
{
    [Fact]
    public void Is_still_the_utc_date_one_second_before_16_00_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 15, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 1), ChinaTime.Today(clock));
    }

    [Fact]
    public void Turns_to_the_next_day_at_16_00_utc_which_is_midnight_in_china()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 15, 59, 59, TimeSpan.Zero));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2026, 3, 2), ChinaTime.Today(clock));
    }

    [Fact]
    public void Is_already_tomorrow_in_china_when_it_is_late_evening_utc()
    {
        // 23:30 UTC on 31 December is 07:30 on 1 January in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.Today(clock));
    }

    [Fact]
    public void Stays_the_same_china_day_across_the_utc_midnight()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 3, 2), ChinaTime.Today(clock));

        clock.Advance(TimeSpan.FromSeconds(1)); // 00:00 UTC on 2 March, 08:00 in China

        Assert.Equal(new DateOnly(2026, 3, 2), ChinaTime.Today(clock));
    }

    [Fact]
    public void Does_not_depend_on_the_offset_the_clock_reports_in()
    {
        var sameInstantInNewYork = new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.FromHours(-5)); // 16:00 UTC

        Assert.Equal(new DateOnly(2026, 3, 2), ChinaTime.Today(new FakeTimeProvider(sameInstantInNewYork)));
    }
}
