using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Web.Features.Dashboards;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// Years are China-time years: an instant stored in UTC belongs to the China-time day it fell on, and the database
/// computes that per row with China's fixed offset.
/// </summary>
public sealed class ChinaCalendarTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task An_organization_created_at_17_00_UTC_on_31_December_counts_in_the_next_year()
    {
        var center = await app.CenterAsync();
        // 23:59:59 on 31 December in China, then 01:00 on 1 January.
        await app.OrganizationAsync(center, new DateTime(2025, 12, 31, 15, 59, 59, DateTimeKind.Utc));
        await app.OrganizationAsync(center, new DateTime(2025, 12, 31, 17, 0, 0, DateTimeKind.Utc));
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var all = await officer.GetPageAsync($"/bureau?center={center}");
        var in2026 = await officer.GetPageAsync($"/bureau?center={center}&year=2026");

        Assert.Equal("1", all.Cell("table-organizations", "data-year='2025'", "registered"));
        Assert.Equal("1", all.Cell("table-organizations", "data-year='2026'", "registered"));
        Assert.Equal(2, all.Kpi("kpi-organizations"));
        Assert.Equal(1, in2026.Kpi("kpi-organizations"));
    }

    [Fact]
    public void The_offset_the_queries_add_is_china_times_offset_on_every_day()
    {
        for (var day = new DateTime(1992, 1, 1, 12, 0, 0, DateTimeKind.Utc); day.Year < 2101; day = day.AddDays(1))
            Assert.Equal(TimeSpan.FromHours(DashboardQueries.ChinaUtcOffsetHours), ChinaTime.Zone.GetUtcOffset(day));
    }
}
