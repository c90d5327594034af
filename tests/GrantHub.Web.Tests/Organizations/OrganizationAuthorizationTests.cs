using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Organizations.OrganizationSetup;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>
/// Per object, not per role: a member sees only their organization; center staff see and verify only organizations
/// that applied to their center; every refusal shows nothing of the organization.
/// </summary>
public sealed class OrganizationAuthorizationTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private Task<bool> IsVerifiedAsync(Guid id) => app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Id == id && o.VerifiedAt != null));

    [Fact]
    public async Task A_member_of_one_organization_cannot_see_list_or_verify_another()
    {
        var (ownerA, _) = await app.CreateOrganizationAsync(name: "甲社会组织");
        var (_, b) = await app.CreateOrganizationAsync(name: "乙社会组织");
        var client = await app.SignedInClientAsync(ownerA);

        using (var profile = await client.GetAsync($"/organizations/{b}"))
        {
            AssertRefused(profile);
            Assert.DoesNotContain("乙社会组织", await profile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var list = await client.GetAsync("/organizations")) AssertRefused(list);
        using (var verify = await client.PostWithTokenAsync("/organization", $"/organizations/{b}/verify")) AssertRefused(verify);
        Assert.False(await IsVerifiedAsync(b));
    }

    [Fact]
    public async Task A_member_sees_their_own_organization_s_profile_page_but_cannot_verify_it()
    {
        var (owner, a) = await app.CreateOrganizationAsync(name: "自己的组织");
        var client = await app.SignedInClientAsync(owner);

        var page = await client.GetPageAsync($"/organizations/{a}");
        Assert.Equal("自己的组织", page.QuerySelector("#organization-name")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#verify"));
        using (var verify = await client.PostWithTokenAsync("/organization", $"/organizations/{a}/verify")) AssertRefused(verify);
        Assert.False(await IsVerifiedAsync(a));
    }

    [Fact]
    public async Task Staff_of_another_center_cannot_see_find_or_verify_an_organization_that_applied_elsewhere()
    {
        var here = await app.CreateUserAsync("staff-here", Roles.CenterStaff);
        var elsewhere = await app.CreateUserAsync("staff-elsewhere", Roles.CenterStaff);
        var centerHere = await app.CreateCenterAsync(here);
        await app.CreateCenterAsync(elsewhere);
        var (_, org) = await app.CreateOrganizationAsync(name: "只申请了本中心的组织");
        await app.ApplyAsync(org, centerHere);
        var client = await app.SignedInClientAsync(elsewhere);

        using (var profile = await client.GetAsync($"/organizations/{org}"))
        {
            AssertRefused(profile);
            Assert.DoesNotContain("只申请了本中心的组织", await profile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var list = await client.GetPageAsync("/organizations?q=只申请了本中心");
        Assert.Empty(list.QuerySelectorAll("#organizations tbody tr"));
        Assert.NotNull(list.QuerySelector("#no-organizations"));
        Assert.DoesNotContain(list.QuerySelectorAll("#center option"), o => o.GetAttribute("value") == centerHere.ToString());
        using (var verify = await client.PostWithTokenAsync("/organizations", $"/organizations/{org}/verify")) AssertRefused(verify);
        Assert.False(await IsVerifiedAsync(org));
    }

    [Fact]
    public async Task Staff_of_the_center_applied_to_find_verify_and_unverify_it_with_an_audit_entry()
    {
        var staff = await app.CreateUserAsync("staff", Roles.CenterStaff);
        var center = await app.CreateCenterAsync(staff);
        var (_, org) = await app.CreateOrganizationAsync(name: "申请了本中心的组织");
        await app.ApplyAsync(org, center);
        var client = await app.SignedInClientAsync(staff);

        var list = await client.GetPageAsync("/organizations?q=申请了本中心的组织");
        Assert.NotNull(list.QuerySelector($"#organizations tr[data-id='{org}']"));
        var profile = await client.GetPageAsync($"/organizations/{org}");
        Assert.NotNull(profile.QuerySelector("#not-verified-badge"));
        using (var verified = await client.SubmitFormAsync(profile, $"/organizations/{org}/verify", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
            Assert.Equal($"/organizations/{org}", verified.RedirectPath());
        }
        Assert.True(await IsVerifiedAsync(org));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Organization" && a.EntityKey == org.ToString() && a.Action == "Modified").ToListAsync());
        Assert.Contains(audit, a => a.UserId == staff.Id && a.After!.Contains("VerifiedAt", StringComparison.Ordinal));

        var after = await client.GetPageAsync($"/organizations/{org}");
        Assert.NotNull(after.QuerySelector("#verified-badge"));
        using (var withdrawn = await client.SubmitFormAsync(after, $"/organizations/{org}/unverify", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }
        Assert.False(await IsVerifiedAsync(org));
    }

    [Fact]
    public async Task Officers_see_every_organization_but_only_center_staff_verify()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var (_, org) = await app.CreateOrganizationAsync(name: "官员可见的组织");
        var client = await app.SignedInClientAsync(officer);

        var page = await client.GetPageAsync($"/organizations/{org}");
        Assert.Equal("官员可见的组织", page.QuerySelector("#organization-name")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#verify"));
        Assert.NotNull((await client.GetPageAsync("/organizations?q=官员可见")).QuerySelector($"tr[data-id='{org}']"));
        using (var verify = await client.PostWithTokenAsync("/organizations", $"/organizations/{org}/verify")) AssertRefused(verify);
        Assert.False(await IsVerifiedAsync(org));
    }

    [Fact]
    public async Task An_unknown_organization_is_not_found_for_an_officer()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var client = await app.SignedInClientAsync(admin);

        using var response = await client.GetAsync($"/organizations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var (_, org) = await app.CreateOrganizationAsync();
        var client = app.CreateBrowserClient();

        foreach (var path in new[] { "/organization", "/organization/edit", "/organization/members", "/organizations", $"/organizations/{org}" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/login", response.RedirectPath());
        }
    }
}
