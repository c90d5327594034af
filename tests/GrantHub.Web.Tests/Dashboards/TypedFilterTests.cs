using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>A year typed into the center dashboard's address that the calendar cannot hold filters nothing; never a 500.</summary>
public sealed class TypedFilterTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("0")]
    [InlineData("9999")]
    [InlineData("99999")]
    public async Task A_year_outside_the_calendar_shows_every_year(string year)
    {
        var center = await app.CenterAsync();
        await app.OrganizationAsync(center);
        var staff = await app.SignedInClientAsync(await app.StaffAsync(center));

        var page = await staff.GetPageAsync($"/center/dashboard?year={year}");

        Assert.Equal(1, page.Kpi("kpi-residencies"));
    }
}
