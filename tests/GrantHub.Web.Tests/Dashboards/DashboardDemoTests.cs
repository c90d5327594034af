using System.Net;
using AngleSharp.Html.Dom;
using GrantHub.Core.Judging;
using GrantHub.Web.Seeding;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// On the demo data the bureau dashboard reproduces the seed report from the records: 113 organizations registered
/// with the two community centers, three editions with published results, 33 funded and 82 awarded projects and their
/// amounts; the center and organization dashboards show their own share of it.
/// </summary>
public sealed class DashboardDemoTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private async Task<HttpClient> DemoAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsync(email, DemoData.Password);
        return client;
    }

    private static int Value(IHtmlDocument page, string kpi) =>
        int.Parse(page.QuerySelector($"#{kpi} .kpi-value")!.GetAttribute("data-value")!);

    [Fact]
    public async Task The_bureau_dashboard_shows_the_seed_reports_figures()
    {
        var officer = await DemoAsync("officer@demo.granthub.cn");

        var page = await officer.GetPageAsync("/bureau");

        Assert.Equal(113, Value(page, "kpi-organizations"));
        Assert.Equal(3, Value(page, "kpi-editions"));
        Assert.Equal(DemoJudging.FundedInAll, Value(page, "kpi-funded"));
        Assert.Equal(DemoJudging.AwardedInAll, Value(page, "kpi-awarded"));
        Assert.Equal("113", page.QuerySelector("#organizations-total")!.TextContent.Trim());
        Assert.Equal("33", page.QuerySelector("#editions-total-funded")!.TextContent.Trim());
        Assert.Equal("82", page.QuerySelector("#editions-total-awarded")!.TextContent.Trim());
        // The amounts are the decisions' own, summed.
        var (funded, awarded) = await app.WithDbAsync(async db =>
        {
            var decisions = await db.Decisions.Where(d => d.Outcome != DecisionOutcome.NotSelected).ToListAsync();
            return (decisions.Where(d => d.Outcome == DecisionOutcome.Funded).Sum(d => d.Amount.Fen),
                decisions.Where(d => d.Outcome == DecisionOutcome.Awarded).Sum(d => d.Amount.Fen));
        });
        Assert.Equal(funded, long.Parse(page.QuerySelector("#editions-total-funded-amount")!.GetAttribute("data-fen")!));
        Assert.Equal(awarded, long.Parse(page.QuerySelector("#editions-total-awarded-amount")!.GetAttribute("data-fen")!));
        Assert.Equal(96_200_000L, funded + awarded);
        Assert.Equal("¥962,000.00", page.QuerySelector("#money-total-decided")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_chart_has_its_data_and_its_table()
    {
        var officer = await DemoAsync("officer@demo.granthub.cn");

        var page = await officer.GetPageAsync("/bureau");

        var canvases = page.QuerySelectorAll("canvas[data-chart-source]").ToList();
        // Five blocks, each a chart, or a note when there is nothing to draw (the demo's projects may owe no report yet).
        Assert.Equal(5, canvases.Count + page.QuerySelectorAll(".chart-empty").Length);
        Assert.True(canvases.Count >= 4);
        Assert.All(canvases, c =>
        {
            Assert.NotNull(page.GetElementById(c.GetAttribute("data-chart-source")!));
            Assert.NotNull(page.GetElementById(c.GetAttribute("aria-describedby")!));
        });
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/lib/chartjs/chart.umd.min.js", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("http", StringComparison.Ordinal));
        // No inline script logic: only JSON data blocks.
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/json", s.GetAttribute("type")));
    }

    [Fact]
    public async Task The_center_and_organization_dashboards_show_their_own_share()
    {
        var staff = await DemoAsync("staff@demo.granthub.cn");
        var member = await DemoAsync("org@demo.granthub.cn");

        var center = await staff.GetAsync("/center/dashboard");
        var organization = await member.GetAsync("/organization/dashboard");

        Assert.Equal(HttpStatusCode.OK, center.StatusCode);
        Assert.Equal(HttpStatusCode.OK, organization.StatusCode);
        var centerPage = await center.ReadHtmlAsync();
        var total = int.Parse(centerPage.QuerySelector("#residencies-total")!.TextContent.Trim());
        Assert.InRange(total, 1, 112);
        var organizationPage = await organization.ReadHtmlAsync();
        Assert.Equal(DemoIncubation.DemoOrganizationName, organizationPage.QuerySelector("#organization-name")!.TextContent.Trim());
    }
}
