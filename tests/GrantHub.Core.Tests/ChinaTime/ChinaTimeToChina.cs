namespace GrantHub.Core.Tests;

public class ChinaTimeToChina
{
    [Fact]
    public void Adds_eight_hours_to_a_utc_instant()
    {
        var utc = new DateTime(2026, 3, 1, 2, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 3, 1, 10, 30, 0), ChinaTime.ToChina(utc));
    }

    [Fact]
    public void Moves_to_the_next_calendar_day_from_16_00_utc()
    {
        var utc = new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0), ChinaTime.ToChina(utc));
    }

    [Fact]
    public void Keeps_plus_eight_in_summer_because_china_has_no_daylight_saving()
    {
        var utc = new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 7, 15, 20, 0, 0), ChinaTime.ToChina(utc));
    }

    [Fact]
    public void Reads_an_unspecified_kind_as_utc_as_ef_core_loads_it()
    {
        var loadedFromDatabase = new DateTime(2026, 3, 1, 2, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal(new DateTime(2026, 3, 1, 10, 30, 0), ChinaTime.ToChina(loadedFromDatabase));
    }
}
