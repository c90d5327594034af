using System.Net;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Organizations.OrganizationSetup;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>The owner removes members and hands over ownership; other members can only look.</summary>
public sealed class MemberManagementTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private Task<bool> IsOwnerAsync(TestUser user) =>
        app.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == user.Id && m.IsOwner));

    [Fact]
    public async Task The_owner_removes_a_member_and_the_removal_is_audited()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.SubmitFormAsync("/organization/members", "/organization/members/remove",
            new Dictionary<string, string> { ["UserId"] = member.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == member.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "OrganizationMember"
            && a.Action == "Deleted" && a.UserId == owner.Id && a.EntityKey.Contains(member.Id))));
    }

    [Fact]
    public async Task The_owner_hands_over_ownership_and_stays_a_member()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.SubmitFormAsync("/organization/members", "/organization/members/hand-over",
            new Dictionary<string, string> { ["UserId"] = member.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await IsOwnerAsync(member));
        Assert.False(await IsOwnerAsync(owner));
        Assert.True(await app.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == owner.Id && m.OrganizationId == id)));
        var page = await client.GetPageAsync("/organization/members");
        Assert.Null(page.QuerySelector("form[action='/organization/members/invite']"));
        Assert.NotNull(page.QuerySelector("#owner-only"));
    }

    [Fact]
    public async Task The_owner_cannot_remove_themselves_and_reads_why()
    {
        var (owner, _) = await app.CreateOrganizationAsync();
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.PostWithTokenAsync("/organization/members", "/organization/members/remove",
            new Dictionary<string, string> { ["UserId"] = owner.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await IsOwnerAsync(owner));
        var flash = (await client.GetPageAsync("/organization/members")).QuerySelector("#flash-error")?.TextContent;
        Assert.Equal(Zh("The owner cannot be removed: hand over ownership first."), flash);
    }

    [Fact]
    public async Task A_member_who_is_not_the_owner_sees_the_members_but_cannot_remove_invite_or_take_over()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var other = await app.AddMemberAsync(id);
        var client = await app.SignedInClientAsync(member);

        var page = await client.GetPageAsync("/organization/members");
        Assert.Equal(3, page.QuerySelectorAll("#members tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("form[action='/organization/members/remove']"));

        using (var remove = await client.PostWithTokenAsync("/organization/members", "/organization/members/remove",
                   new Dictionary<string, string> { ["UserId"] = other.Id })) AssertRefused(remove);
        using (var takeOver = await client.PostWithTokenAsync("/organization/members", "/organization/members/hand-over",
                   new Dictionary<string, string> { ["UserId"] = member.Id })) AssertRefused(takeOver);
        using (var invite = await client.PostWithTokenAsync("/organization/members", "/organization/members/invite",
                   new Dictionary<string, string> { ["Email"] = "friend@test.granthub.cn" })) AssertRefused(invite);

        Assert.True(await IsOwnerAsync(owner));
        Assert.Equal(3, await app.WithDbAsync(db => db.OrganizationMembers.CountAsync(m => m.OrganizationId == id)));
        Assert.False(await app.WithDbAsync(db => db.OrganizationInvitations.AnyAsync(i => i.OrganizationId == id)));
    }
}
