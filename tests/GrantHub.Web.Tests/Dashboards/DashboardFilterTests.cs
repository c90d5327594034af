using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// The bureau dashboard's filters narrow every figure they concern: the year (the edition's year, the calendar year of
/// registrations), the edition, the center (its organizations' applications) and the category; values that match
/// nothing are ignored; and each figure links to the list of the records behind it.
/// </summary>
public sealed class DashboardFilterTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    /// <summary>
    /// Two centers; 2025: a funded 为老服务 project of a first-center organization and an awarded 社区治理 one of a
    /// second-center organization, final; 2026: a funded 为老服务 project of another first-center organization and a
    /// not-selected one, published but not final yet.
    /// </summary>
    private sealed record Scenario(int First, int Second, Guid Edition2025, Guid Edition2026, Dictionary<Guid, Guid> Grants2025);

    private Task<Scenario> ScenarioAsync() => app.OnceAsync("filters", async () =>
    {
        var first = await app.CenterAsync("第一孵化中心");
        var second = await app.CenterAsync("第二孵化中心");
        var (_, o1) = await app.OrganizationAsync(first);
        var (_, o2) = await app.OrganizationAsync(second);
        var (_, o3) = await app.OrganizationAsync(first);
        var e2025 = await app.EditionAsync(2025, "为老服务", "社区治理");
        var e2026 = await app.EditionAsync(2026, "为老服务");
        var a1 = await app.ApplicationAsync(e2025, o1, "为老服务");
        var a2 = await app.ApplicationAsync(e2025, o2, "社区治理");
        var a3 = await app.ApplicationAsync(e2026, o3, "为老服务");
        var a4 = await app.ApplicationAsync(e2026, o2, "为老服务");
        await app.DecideAsync(e2025, (a1, DecisionOutcome.Funded, 20_000m), (a2, DecisionOutcome.Awarded, 0));
        await app.DecideAsync(e2026, (a3, DecisionOutcome.Funded, 10_000m), (a4, DecisionOutcome.NotSelected, 0));
        var grants = await app.PublishAsync(e2025);
        await app.PublishAsync(e2026, final: false);
        return new Scenario(first, second, e2025, e2026, grants);
    });

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> BureauAsync(string query = "", string role = Roles.ProgramOfficer) =>
        await (await app.ClientAsync(role)).GetPageAsync("/bureau" + query);

    [Fact]
    public async Task Without_filters_every_edition_counts()
    {
        await ScenarioAsync();

        var page = await BureauAsync();

        Assert.Equal(4, int.Parse(page.Text("#editions-total-applications")));
        Assert.Equal(2, page.Kpi("kpi-funded"));
        Assert.Equal(1, page.Kpi("kpi-awarded"));
        Assert.Equal(3, page.Kpi("kpi-organizations"));
        Assert.Equal("¥33,000.00", page.Text("#money-total-decided"));
    }

    [Fact]
    public async Task The_edition_filter_keeps_that_editions_figures()
    {
        var s = await ScenarioAsync();

        var page = await BureauAsync($"?edition={s.Edition2025}");

        Assert.Equal(2, int.Parse(page.Text("#editions-total-applications")));
        Assert.Equal(1, page.Kpi("kpi-funded"));
        Assert.Equal(1, page.Kpi("kpi-awarded"));
        Assert.Null(page.QuerySelector($"#table-editions tr[data-edition-id='{s.Edition2026}']"));
    }

    [Fact]
    public async Task The_year_filter_keeps_the_editions_of_that_year()
    {
        var s = await ScenarioAsync();

        var page = await BureauAsync("?year=2026");

        Assert.NotNull(page.QuerySelector($"#table-editions tr[data-edition-id='{s.Edition2026}']"));
        Assert.Null(page.QuerySelector($"#table-editions tr[data-edition-id='{s.Edition2025}']"));
        Assert.Equal(1, page.Kpi("kpi-funded"));
        Assert.Equal(0, page.Kpi("kpi-awarded"));
        Assert.Equal(2, int.Parse(page.Text("#editions-total-applications")));
    }

    [Fact]
    public async Task The_center_filter_keeps_its_organizations()
    {
        var s = await ScenarioAsync();

        var page = await BureauAsync($"?center={s.First}");

        Assert.Equal(2, page.Kpi("kpi-organizations"));
        Assert.Equal(2, int.Parse(page.Text("#editions-total-applications")));
        Assert.Equal(2, page.Kpi("kpi-funded"));
        Assert.Equal(0, page.Kpi("kpi-awarded"));
        Assert.Equal($"/organizations?center={s.First}", page.QuerySelector("#kpi-organizations a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_category_filter_keeps_that_categorys_applications()
    {
        await ScenarioAsync();

        var page = await BureauAsync("?category=" + Uri.EscapeDataString("社区治理"));

        Assert.Equal(1, int.Parse(page.Text("#editions-total-applications")));
        Assert.Equal(0, page.Kpi("kpi-funded"));
        Assert.Equal(1, page.Kpi("kpi-awarded"));
        Assert.Equal("¥3,000.00", page.Text("#money-total-decided"));
    }

    [Fact]
    public async Task Values_that_match_nothing_are_ignored()
    {
        await ScenarioAsync();

        var page = await BureauAsync("?center=999999&edition=0190f5a4-0000-7000-8000-000000000000&category=nope&year=abc");

        Assert.Equal(2, page.Kpi("kpi-funded"));
        Assert.Equal(1, page.Kpi("kpi-awarded"));
        Assert.Null(page.QuerySelector("#clear-filters"));
    }

    [Fact]
    public async Task Figures_link_to_the_records_behind_them()
    {
        var s = await ScenarioAsync();

        var officer = await BureauAsync();
        var finance = await BureauAsync(role: Roles.FinanceOfficer);

        var final = $"data-edition-id='{s.Edition2025}'";
        var publicity = $"data-edition-id='{s.Edition2026}'";
        // Final results: the funding ledger, by kind. During publicity: the ranking, or for finance the public results.
        Assert.Equal($"/editions/{s.Edition2025}/grants?kind=Funding", officer.CellLink("table-editions", final, "funded"));
        Assert.Equal($"/editions/{s.Edition2025}/grants?kind=Award", officer.CellLink("table-editions", final, "awarded"));
        Assert.Equal($"/editions/{s.Edition2026}/ranking", officer.CellLink("table-editions", publicity, "funded"));
        Assert.Equal($"/competitions/{s.Edition2026}/results", finance.CellLink("table-editions", publicity, "funded"));
        Assert.Equal($"/editions/{s.Edition2025}/applications", officer.CellLink("table-editions", final, "applications"));
        Assert.Null(finance.CellLink("table-editions", final, "applications"));
        Assert.Equal($"/editions/{s.Edition2025}/grants", officer.CellLink("table-money", final, "paid"));
        // Every link of the page opens for the person who sees it.
        foreach (var (client, page) in new[] { (await app.ClientAsync(Roles.ProgramOfficer), officer), (await app.ClientAsync(Roles.FinanceOfficer), finance) })
        {
            foreach (var href in page.QuerySelectorAll("main table a[href^='/'], #kpis a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct())
            {
                var response = await client.GetAsync(href);
                Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{href}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task A_category_filter_on_one_edition_links_to_its_applications_in_that_category()
    {
        var s = await ScenarioAsync();

        var page = await BureauAsync($"?edition={s.Edition2025}&category=" + Uri.EscapeDataString("社区治理"));

        var link = page.CellLink("table-editions", $"data-edition-id='{s.Edition2025}'", "applications");
        Assert.Matches($"^/editions/{s.Edition2025}/applications\\?category=\\d+$", link);
    }
}
