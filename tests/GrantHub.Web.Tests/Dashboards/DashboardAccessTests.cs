using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// Who sees which dashboard: the bureau's for program officers, finance and administrators; a center's for its staff
/// (their own centers only) and administrators; an organization's for its members, their own only. Everyone else is
/// refused, and nobody signed out sees any.
/// </summary>
public sealed class DashboardAccessTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData(Roles.ProgramOfficer, true)]
    [InlineData(Roles.FinanceOfficer, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.CenterStaff, false)]
    [InlineData(Roles.OrganizationMember, false)]
    [InlineData(Roles.Judge, false)]
    public async Task The_bureau_dashboard_is_for_officers_finance_and_administrators(string role, bool allowed)
    {
        var client = await app.ClientAsync(role);

        var response = await client.GetAsync("/bureau");

        if (allowed) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else Assert.True(response.IsAccessDenied(), $"{role}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("/bureau")]
    [InlineData("/center/dashboard")]
    [InlineData("/organization/dashboard")]
    public async Task Nobody_signed_out_sees_a_dashboard(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectPath());
    }

    [Fact]
    public async Task Center_staff_see_their_own_center_only()
    {
        var mine = await app.CenterAsync("我的孵化中心");
        var other = await app.CenterAsync("别人的孵化中心");
        await app.OrganizationAsync(mine);
        await app.OrganizationAsync(other);
        await app.OrganizationAsync(other);
        var staff = await app.SignedInClientAsync(await app.StaffAsync(mine));

        var page = await staff.GetPageAsync("/center/dashboard");
        var refused = await staff.GetAsync($"/center/dashboard?center={other}");

        Assert.Equal("我的孵化中心", page.Text("#center-scope"));
        Assert.Equal("1", page.Text("#residencies-total"));
        Assert.Null(page.QuerySelector("#filter-center"));
        Assert.True(refused.IsAccessDenied());
    }

    [Fact]
    public async Task Staff_of_two_centers_choose_one_or_see_both()
    {
        var first = await app.CenterAsync();
        var second = await app.CenterAsync();
        await app.OrganizationAsync(first);
        await app.OrganizationAsync(second);
        await app.OrganizationAsync(second);
        var staff = await app.SignedInClientAsync(await app.StaffAsync(first, second));

        var both = await staff.GetPageAsync("/center/dashboard");
        var one = await staff.GetPageAsync($"/center/dashboard?center={second}");

        Assert.Equal("3", both.Text("#residencies-total"));
        Assert.Equal("2", one.Text("#residencies-total"));
        Assert.Equal(2, both.QuerySelectorAll("#filter-center option[value]:not([value=''])").Length);
    }

    [Fact]
    public async Task An_administrator_sees_any_center_and_staff_without_a_center_are_told_so()
    {
        var center = await app.CenterAsync();
        await app.OrganizationAsync(center);
        var admin = await app.ClientAsync(Roles.Administrator);
        var nowhere = await app.ClientAsync(Roles.CenterStaff);

        var page = await admin.GetPageAsync($"/center/dashboard?center={center}");
        var none = await nowhere.GetPageAsync("/center/dashboard");

        Assert.Equal("1", page.Text("#residencies-total"));
        Assert.StartsWith($"/organizations?center={center}", page.QuerySelector("#table-statuses tbody a")!.GetAttribute("href"));
        Assert.NotNull(none.QuerySelector("#no-center"));
    }

    [Theory]
    [InlineData(Roles.ProgramOfficer)]
    [InlineData(Roles.FinanceOfficer)]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.OrganizationMember + "-without-organization")]
    public async Task Only_members_see_an_organization_dashboard(string who)
    {
        var member = who.EndsWith("-without-organization", StringComparison.Ordinal);
        var client = await app.ClientAsync(member ? Roles.OrganizationMember : who);

        var response = await client.GetAsync("/organization/dashboard");

        if (member) Assert.Equal("/organization", response.RedirectPath());
        else Assert.True(response.IsAccessDenied());
    }

    [Fact]
    public async Task A_member_sees_their_own_organization_only()
    {
        var edition = await app.EditionAsync(2026);
        var (mine, organization) = await app.OrganizationAsync(name: "我们的组织");
        var (_, other) = await app.OrganizationAsync(name: "别人的组织");
        var own = await app.ApplicationAsync(edition, organization, project: "我们的项目");
        var theirs = await app.ApplicationAsync(edition, other, project: "别人的项目");
        await app.DecideAsync(edition, (own, DecisionOutcome.Awarded, 0), (theirs, DecisionOutcome.Funded, 15_000m));
        await app.PublishAsync(edition);
        var client = await app.SignedInClientAsync(mine);

        var page = await client.GetPageAsync("/organization/dashboard");

        Assert.StartsWith("我们的组织", page.Text("#organization-name"));
        Assert.Equal([own.ToString()], page.QuerySelectorAll("#table-applications tr[data-application-id]").Select(r => r.GetAttribute("data-application-id")));
        Assert.Equal(1, page.Kpi("kpi-awarded"));
        Assert.Equal(0, page.Kpi("kpi-funded"));
        Assert.Equal(1, page.QuerySelectorAll("#table-grants tr[data-grant-id]").Length);
        Assert.DoesNotContain("别人的", page.QuerySelector("main")!.TextContent);
    }
}
