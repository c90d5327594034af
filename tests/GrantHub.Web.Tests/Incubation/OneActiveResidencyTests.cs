using System.Globalization;
using System.Net;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>An organization holds one active residency (applied, under review or admitted) at a time.</summary>
public sealed class OneActiveResidencyTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private static Dictionary<string, string> Application(int centerId) => new()
    {
        ["Form.CenterId"] = centerId.ToString(CultureInfo.InvariantCulture),
        ["Form.Needs"] = "需要活动场地",
    };

    [Fact]
    public async Task A_second_application_while_one_is_active_is_refused_with_a_message()
    {
        var first = await app.CreateCenterAsync();
        var second = await app.CreateCenterAsync();
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var org = await app.SignedInClientAsync(member);
        var applyPage = await org.GetPageAsync("/residency/apply");
        using (var applied = await org.SubmitFormAsync(applyPage, "/residency/apply", Application(first)))
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        // The page is not offered again…
        using (var again = await org.GetAsync("/residency/apply"))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal("/residency", again.RedirectPath());
        }
        // …and a form kept open in another tab is refused with the rule's message, nothing typed lost.
        using var refused = await org.SubmitFormAsync(applyPage, "/residency/apply", Application(second));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("同一时间只能有一个", page.ErrorSummary()?.TextContent);
        Assert.Equal("需要活动场地", page.QuerySelector("textarea[name='Form.Needs']")?.TextContent.Trim());
        Assert.Equal(1, await app.WithDbAsync(db => db.Residencies.CountAsync(r => r.OrganizationId == organizationId)));
    }

    [Fact]
    public async Task Two_members_applying_at_the_same_moment_get_one_application_and_a_message()
    {
        var centerId = await app.CreateCenterAsync();
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var org = await app.SignedInClientAsync(member);
        var applyPage = await org.GetPageAsync("/residency/apply");

        // Another member's application is saved after this request checked that none was active.
        app.Race.Before(() => app.WithDbAsync(async db =>
        {
            db.Residencies.Add(Residency.Apply(organizationId, centerId, "另一位成员的申请", app.Now));
            return await db.SaveChangesAsync();
        }));
        using var response = await org.SubmitFormAsync(applyPage, "/residency/apply", Application(centerId));

        Assert.True(app.Race.Ran);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("同一时间只能有一个", (await response.ReadHtmlAsync()).ErrorSummary()?.TextContent);
        var needs = await app.WithDbAsync(db => db.Residencies.Where(r => r.OrganizationId == organizationId).Select(r => r.Needs).ToListAsync());
        Assert.Equal(["另一位成员的申请"], needs);
    }

    [Fact]
    public async Task The_database_refuses_a_second_active_residency_of_one_organization()
    {
        var centerId = await app.CreateCenterAsync();
        var (_, organizationId) = await app.CreateOrganizationAsync();

        await app.WithDbAsync(async db =>
        {
            db.Residencies.Add(Residency.Apply(organizationId, centerId, "一", app.Now));
            db.Residencies.Add(Residency.Apply(organizationId, centerId, "二", app.Now));
            var ex = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return ex;
        });
        Assert.Equal(0, await app.WithDbAsync(db => db.Residencies.CountAsync(r => r.OrganizationId == organizationId)));
    }

    [Fact]
    public async Task A_member_without_an_organization_is_sent_to_register_one()
    {
        var member = await app.CreateUserAsync("new", GrantHub.Core.Identity.Roles.OrganizationMember);
        var client = await app.SignedInClientAsync(member);

        foreach (var url in new[] { "/residency", "/residency/apply" })
        {
            var page = await client.GetPageAsync(url);
            Assert.Equal("/organizations/register", page.QuerySelector("#no-organization a")?.GetAttribute("href"));
        }
    }
}
