using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>
/// A member the owner removes, who belongs to no other organization, loses the organization-member role (audited), and
/// within a minute the session they still have open is refreshed without it: the organization's pages refuse them.
/// </summary>
public sealed class RemovedMemberTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    [Fact]
    public async Task A_removed_member_loses_the_role_and_their_open_session_loses_it_within_a_minute()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var memberClient = await app.SignedInClientAsync(member);
        using (var before = await memberClient.GetAsync("/residency"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var owners = await app.SignedInClientAsync(owner);

        using var removed = await owners.SubmitFormAsync("/organization/members", "/organization/members/remove",
            new Dictionary<string, string> { ["UserId"] = member.Id });
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await HasRoleAsync(member, Roles.OrganizationMember));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == owner.Id && a.EntityType != "OrganizationMember"
            && a.EntityKey.Contains(member.Id))));
        using var after = await memberClient.GetAsync("/residency");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/access-denied", after.RedirectPath());
        Assert.True(await HasRoleAsync(owner, Roles.OrganizationMember));
    }

    private Task<bool> HasRoleAsync(TestUser user, string role) => app.WithDbAsync(db =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id && r.Name == role select ur).AnyAsync());
}
