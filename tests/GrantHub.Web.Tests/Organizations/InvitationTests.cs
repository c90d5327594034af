using System.Net;
using System.Text.RegularExpressions;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>
/// The owner invites by e-mail; the link, opened by the person with that address, makes them a member (with the
/// organization member role); used, expired or someone else's invitations are explained, never accepted.
/// </summary>
public sealed partial class InvitationTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    [GeneratedRegex(@"https?://[^\s""<]+/invitations/[0-9a-f]{48}")]
    private static partial Regex InvitationLink();

    private async Task<string> InviteAsync(TestUser owner, string email)
    {
        var client = await app.SignedInClientAsync(owner);
        using var response = await client.SubmitFormAsync("/organization/members", "/organization/members/invite",
            new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization/members", response.RedirectPath());
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == email.ToLowerInvariant()));
        var link = InvitationLink().Match(mail.TextBody);
        Assert.True(link.Success, "the e-mail holds the invitation link:\n" + mail.TextBody);
        Assert.Contains(link.Value, mail.HtmlBody, StringComparison.Ordinal);
        return new Uri(link.Value).AbsolutePath;
    }

    private Task<bool> IsMemberAsync(TestUser user, Guid organizationId) =>
        app.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == organizationId));

    [Fact]
    public async Task An_existing_user_follows_the_e_mailed_link_accepts_and_becomes_a_member_with_the_role()
    {
        var (owner, id) = await app.CreateOrganizationAsync(name: "邀请测试组织");
        var invitee = await app.CreateUserAsync("invitee"); // no role yet: e.g. a volunteer's fresh account
        var path = await InviteAsync(owner, invitee.Email.ToUpperInvariant());

        var client = app.CreateBrowserClient();
        var anonymous = await client.GetPageAsync(path);
        Assert.Equal("SignInOrRegister", anonymous.QuerySelector("#invitation")?.GetAttribute("data-state"));
        Assert.Equal($"/account/login?returnUrl={Uri.EscapeDataString(path)}", anonymous.QuerySelector("#sign-in-to-accept")?.GetAttribute("href"));
        using (var signIn = await client.SubmitFormAsync($"/account/login?returnUrl={Uri.EscapeDataString(path)}", "/account/login",
                   new Dictionary<string, string> { ["Email"] = invitee.Email, ["Password"] = invitee.Password }))
        {
            Assert.Equal(path, signIn.Headers.Location?.OriginalString);
        }
        Assert.NotNull((await client.GetPageAsync("/organization")).QuerySelector($"#my-invitations a[href='{path}']"));
        using var accepted = await client.SubmitFormAsync(path, path, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/organization", accepted.RedirectPath());
        Assert.True(await IsMemberAsync(invitee, id));
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == invitee.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganizationMember))));
        Assert.Equal("邀请测试组织", (await client.GetPageAsync("/organization")).QuerySelector("#organization-name")?.TextContent.Trim());
        Assert.NotNull((await client.GetPageAsync("/")).QuerySelector("a[href='/organization']"));

        var again = await client.GetPageAsync(path);
        Assert.Equal("AlreadyMember", again.QuerySelector("#invitation")?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task The_owner_withdraws_an_invitation_and_its_link_no_longer_works()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var invitee = await app.CreateUserAsync("invitee");
        var path = await InviteAsync(owner, invitee.Email);
        var owners = await app.SignedInClientAsync(owner);
        var invitationId = await app.WithDbAsync(db => db.OrganizationInvitations.Where(i => i.OrganizationId == id).Select(i => i.Id).SingleAsync());

        using var withdrawn = await owners.SubmitFormAsync("/organization/members", $"/organization/invitations/{invitationId}/withdraw",
            new Dictionary<string, string>());

        Assert.Equal("/organization/members", withdrawn.RedirectPath());
        var members = await owners.GetPageAsync("/organization/members");
        Assert.Equal($"已撤回发给 {invitee.Email} 的邀请，邀请链接已失效。", members.QuerySelector(".alert-success")?.TextContent.Trim());
        Assert.Null(members.QuerySelector("#open-invitations"));
        var client = await app.SignedInClientAsync(invitee);
        Assert.Null((await client.GetPageAsync("/organization")).QuerySelector($"#my-invitations a[href='{path}']"));
        var page = await client.GetPageAsync(path);
        Assert.Equal("Withdrawn", page.QuerySelector("#invitation")?.GetAttribute("data-state"));
        Assert.Contains("该邀请已被组织撤回。", page.QuerySelector("#invitation")!.TextContent);
        using var accepted = await client.PostWithTokenAsync(path, path, new Dictionary<string, string>());
        Assert.False(await IsMemberAsync(invitee, id));
    }

    [Fact]
    public async Task Only_the_owner_of_the_inviting_organization_can_withdraw_its_invitation()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var (otherOwner, _) = await app.CreateOrganizationAsync();
        await InviteAsync(owner, $"someone-{Guid.NewGuid():N}@test.granthub.cn");
        var invitationId = await app.WithDbAsync(db => db.OrganizationInvitations.Where(i => i.OrganizationId == id).Select(i => i.Id).SingleAsync());

        using var byMember = await (await app.SignedInClientAsync(member)).PostWithTokenAsync("/organization/members",
            $"/organization/invitations/{invitationId}/withdraw", new Dictionary<string, string>());
        using var byOther = await (await app.SignedInClientAsync(otherOwner)).PostWithTokenAsync("/organization/members",
            $"/organization/invitations/{invitationId}/withdraw", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.NotEqual("/organization/members", byMember.RedirectPath());
        Assert.Null(await app.WithDbAsync(db => db.OrganizationInvitations.Where(i => i.Id == invitationId).Select(i => i.WithdrawnAt).SingleAsync()));
    }

    [Fact]
    public async Task A_newcomer_creates_an_account_with_the_invited_address_and_joins_in_one_step()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var email = $"newcomer-{Guid.NewGuid():N}@test.granthub.cn";
        var path = await InviteAsync(owner, email);
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync(path, $"{path}/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "陈丽",
            ["Mobile"] = "13700001111",
            ["Password"] = "A short sentence 2026",
            ["ConfirmPassword"] = "A short sentence 2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization", response.RedirectPath());
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.True(await app.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == id && !m.IsOwner)));
        Assert.Equal("陈丽", (await client.GetPageAsync("/organization")).SignedInAs());
    }

    [Fact]
    public async Task A_newcomer_s_mistake_is_shown_and_nothing_is_created()
    {
        var (owner, _) = await app.CreateOrganizationAsync();
        var email = $"newcomer-{Guid.NewGuid():N}@test.granthub.cn";
        var path = await InviteAsync(owner, email);

        using var response = await app.CreateBrowserClient().SubmitFormAsync(path, $"{path}/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "陈丽",
            ["Mobile"] = "12345",
            ["Password"] = "A short sentence 2026",
            ["ConfirmPassword"] = "A short sentence 2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.False(string.IsNullOrEmpty(page.FieldError("Mobile")));
        Assert.Equal("陈丽", page.InputValue("DisplayName"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Someone_signed_in_with_another_address_cannot_accept()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var path = await InviteAsync(owner, $"intended-{Guid.NewGuid():N}@test.granthub.cn");
        var other = await app.CreateUserAsync("other");
        var client = await app.SignedInClientAsync(other);

        var page = await client.GetPageAsync(path);
        Assert.Equal("WrongAccount", page.QuerySelector("#invitation")?.GetAttribute("data-state"));
        Assert.Null(page.QuerySelector("#accept"));
        using var forced = await client.PostWithTokenAsync(path, path);

        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.False(await IsMemberAsync(other, id));
    }

    [Fact]
    public async Task A_member_of_another_organization_is_told_a_person_belongs_to_one()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var (elsewhere, _) = await app.CreateOrganizationAsync();
        var path = await InviteAsync(owner, elsewhere.Email);
        var client = await app.SignedInClientAsync(elsewhere);

        Assert.Equal("InAnotherOrganization", (await client.GetPageAsync(path)).QuerySelector("#invitation")?.GetAttribute("data-state"));
        using var forced = await client.PostWithTokenAsync(path, path);

        Assert.False(await IsMemberAsync(elsewhere, id));
    }

    [Fact]
    public async Task An_expired_or_unknown_invitation_is_explained()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var invitee = await app.CreateUserAsync("late");
        var token = await app.WithDbAsync(async db =>
        {
            var invitation = OrganizationInvitation.Create(id, invitee.Email, owner.Id, DateTime.UtcNow - OrganizationInvitation.ValidFor - TimeSpan.FromMinutes(1));
            db.OrganizationInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Token;
        });
        var client = await app.SignedInClientAsync(invitee);

        Assert.Equal("Expired", (await client.GetPageAsync($"/invitations/{token}")).QuerySelector("#invitation")?.GetAttribute("data-state"));
        using (var forced = await client.PostWithTokenAsync($"/invitations/{token}", $"/invitations/{token}")) { }
        Assert.False(await IsMemberAsync(invitee, id));
        using var unknown = await client.GetAsync($"/invitations/{new string('0', 48)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Inviting_someone_who_is_already_a_member_is_refused_beside_the_field()
    {
        var (owner, id) = await app.CreateOrganizationAsync();
        var member = await app.AddMemberAsync(id);
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.SubmitFormAsync("/organization/members", "/organization/members/invite",
            new Dictionary<string, string> { ["Email"] = member.Email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.False(string.IsNullOrEmpty(page.FieldError("Email")));
        Assert.Equal(member.Email, page.InputValue("Email"));
        Assert.False(await app.WithDbAsync(db => db.OrganizationInvitations.AnyAsync(i => i.Email == member.Email)));
    }
}
