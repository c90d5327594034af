using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>The app as shipped: dashboards keep their figures for 30 seconds (<c>Dashboards:CacheSeconds</c>).</summary>
public sealed class CachedDashboardFactory : DashboardFactory
{
    public CachedDashboardFactory()
    {
        Settings["Dashboards:CacheSeconds"] = "30";
    }
}

/// <summary>
/// Kept figures are cheap and honest: the second reader runs no aggregate query, the page says when the figures were
/// computed, and a person only ever sees figures computed for their own scope.
/// </summary>
public sealed class CachedFiguresTests(CachedDashboardFactory app) : IClassFixture<CachedDashboardFactory>
{
    [Fact]
    public async Task The_second_reader_of_the_bureau_dashboard_gets_the_kept_figures_and_when_they_were_computed()
    {
        var edition = await app.EditionAsync(2026);
        var (_, organization) = await app.OrganizationAsync();
        var application = await app.ApplicationAsync(edition, organization);
        await app.DecideAsync(edition, (application, DecisionOutcome.Funded, 12_000m));
        await app.PublishAsync(edition, final: false);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var url = $"/bureau?edition={edition}";

        app.Commands.Reset();
        var first = await officer.GetPageAsync(url);
        var computing = app.Commands.Count;
        app.Commands.Reset();
        var second = await officer.GetPageAsync(url);
        var kept = app.Commands.Count;

        Assert.Equal(1, first.Kpi("kpi-funded"));
        Assert.Equal(1, second.Kpi("kpi-funded"));
        Assert.True(computing >= 5, $"The first reader computed with {computing} commands.");
        Assert.True(kept <= 2, $"The second reader ran {kept} commands (only the layout's own are expected).");
        Assert.Equal("根据记录计算于 2026-09-01 10:00（北京时间）。", second.Text("#computed-on"));
    }

    [Fact]
    public async Task Staff_of_two_centers_each_see_their_own_center_s_figures()
    {
        var a = await app.CenterAsync("甲中心");
        var b = await app.CenterAsync("乙中心");
        await app.OrganizationAsync(a);
        await app.OrganizationAsync(b);
        await app.OrganizationAsync(b);
        var staffA = await app.SignedInClientAsync(await app.StaffAsync(a));
        var staffB = await app.SignedInClientAsync(await app.StaffAsync(b));

        var pageA = await staffA.GetPageAsync("/center/dashboard");
        var pageB = await staffB.GetPageAsync("/center/dashboard");

        Assert.Equal(1, pageA.Kpi("kpi-residencies"));
        Assert.Equal(2, pageB.Kpi("kpi-residencies"));
        Assert.Contains("甲中心", pageA.Text("#center-scope"));
        Assert.Contains("乙中心", pageB.Text("#center-scope"));
    }
}
