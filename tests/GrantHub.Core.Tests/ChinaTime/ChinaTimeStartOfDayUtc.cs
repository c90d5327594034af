namespace GrantHub.Core.Tests;

public class ChinaTimeStartOfDayUtc
{
    [Fact]
    public void Is_16_00_utc_on_the_day_before()
    {
        var start = ChinaTime.StartOfDayUtc(new DateOnly(2026, 3, 2));

        Assert.Equal(new DateTime(2026, 3, 1, 16, 0, 0), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Fact]
    public void Crosses_the_year_boundary_backwards()
    {
        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOfDayUtc(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Is_the_same_time_of_day_in_summer_and_winter()
    {
        Assert.Equal(new DateTime(2026, 7, 14, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOfDayUtc(new DateOnly(2026, 7, 15)));
        Assert.Equal(new DateTime(2026, 1, 14, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOfDayUtc(new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void Converted_back_to_china_time_is_midnight_of_that_day()
    {
        var day = new DateOnly(2026, 2, 28);

        var china = ChinaTime.ToChina(ChinaTime.StartOfDayUtc(day));

        Assert.Equal(day.ToDateTime(TimeOnly.MinValue), china);
    }

    [Fact]
    public void The_instant_before_it_still_belongs_to_the_previous_china_day()
    {
        var day = new DateOnly(2026, 3, 2);
        var lastTickOfPreviousDay = ChinaTime.StartOfDayUtc(day).AddTicks(-1);

        Assert.Equal(day.AddDays(-1), DateOnly.FromDateTime(ChinaTime.ToChina(lastTickOfPreviousDay)));
    }
}
