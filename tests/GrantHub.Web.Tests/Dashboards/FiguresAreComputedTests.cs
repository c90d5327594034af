using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>The figures are computed from the records on every request, never stored: a record added shows at once.</summary>
public sealed class FiguresAreComputedTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task A_decision_counts_once_its_results_are_published()
    {
        var edition = await app.EditionAsync(2026);
        var (_, organization) = await app.OrganizationAsync();
        var application = await app.ApplicationAsync(edition, organization);
        await app.DecideAsync(edition, (application, DecisionOutcome.Funded, 12_000m));
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var row = $"data-edition-id='{edition}'";

        var before = await officer.GetPageAsync($"/bureau?edition={edition}");
        await app.PublishAsync(edition, final: false);
        var after = await officer.GetPageAsync($"/bureau?edition={edition}");

        Assert.Equal(0, before.Kpi("kpi-funded"));
        Assert.Equal("—", before.Cell("table-editions", row, "funded"));
        Assert.Equal(1, after.Kpi("kpi-funded"));
        Assert.Equal("¥12,000.00", after.Cell("table-editions", row, "funded-amount"));
    }

    [Fact]
    public async Task A_new_organization_at_a_center_and_a_payment_show_at_once()
    {
        var center = await app.CenterAsync();
        var (_, organization) = await app.OrganizationAsync(center);
        var edition = await app.EditionAsync(2026);
        var application = await app.ApplicationAsync(edition, organization);
        await app.DecideAsync(edition, (application, DecisionOutcome.Funded, 10_000m));
        var grants = await app.PublishAsync(edition);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var before = await officer.GetPageAsync($"/bureau?center={center}");
        await app.OrganizationAsync(center);
        await app.PayAsync(grants[application], 1, app.Today);
        var after = await officer.GetPageAsync($"/bureau?center={center}");

        Assert.Equal(1, before.Kpi("kpi-organizations"));
        Assert.Equal(2, after.Kpi("kpi-organizations"));
        Assert.Equal("¥0.00", before.Text("#money-total-paid"));
        Assert.Equal("¥5,000.00", after.Text("#money-total-paid"));
        Assert.Equal("¥5,000.00", after.Text("#table-paid-years tr[data-year='2026'] td"));
    }
}
