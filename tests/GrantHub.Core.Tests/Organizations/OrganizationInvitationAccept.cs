using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>An invitation is used once, before it expires, by the person it was sent to.</summary>
public sealed class OrganizationInvitationAccept
{
    private static readonly DateTime Now = OrganizationBuilder.Now;

    private static (Organization Org, OrganizationInvitation Invitation) Invited(string email = "Chen.Li@Example.cn")
    {
        var org = new OrganizationBuilder().Build();
        return (org, OrganizationInvitation.Create(org.Id, email, OrganizationBuilder.OwnerId, Now));
    }

    [Fact]
    public void The_invited_person_becomes_a_member()
    {
        var (org, invitation) = Invited();

        invitation.Accept(org, "u2", "chen.li@example.cn", Now.AddDays(1));

        Assert.Contains(org.Members, m => m.UserId == "u2" && !m.IsOwner);
        Assert.Equal(Now.AddDays(1), invitation.AcceptedAt);
        Assert.False(invitation.IsOpen(Now.AddDays(1)));
    }

    [Fact]
    public void The_address_is_kept_in_lower_case_and_compared_without_case()
    {
        var (org, invitation) = Invited();

        Assert.Equal("chen.li@example.cn", invitation.Email);
        invitation.Accept(org, "u2", "CHEN.LI@EXAMPLE.CN", Now);
        Assert.Equal(2, org.Members.Count);
    }

    [Fact]
    public void An_invitation_is_used_only_once()
    {
        var (org, invitation) = Invited();
        invitation.Accept(org, "u2", "chen.li@example.cn", Now);

        var ex = Assert.Throws<DomainException>(() => invitation.Accept(org, "u3", "chen.li@example.cn", Now));
        Assert.Equal("This invitation has already been used.", ex.MessageKey);
    }

    [Fact]
    public void An_expired_invitation_is_refused()
    {
        var (org, invitation) = Invited();
        var later = Now + OrganizationInvitation.ValidFor;

        Assert.False(invitation.IsOpen(later));
        var ex = Assert.Throws<DomainException>(() => invitation.Accept(org, "u2", "chen.li@example.cn", later));
        Assert.Equal("This invitation has expired: ask the organization's owner for a new one.", ex.MessageKey);
        Assert.Single(org.Members);
    }

    [Fact]
    public void Someone_signed_in_with_another_address_cannot_accept_it()
    {
        var (org, invitation) = Invited();

        var ex = Assert.Throws<DomainException>(() => invitation.Accept(org, "u9", "someone.else@example.cn", Now));
        Assert.Equal(["chen.li@example.cn"], ex.Args);
        Assert.Null(invitation.AcceptedAt);
        Assert.Single(org.Members);
    }

    [Fact]
    public void The_token_is_long_random_and_different_every_time()
    {
        var (_, a) = Invited();
        var (_, b) = Invited();

        Assert.Equal(48, a.Token.Length);
        Assert.NotEqual(a.Token, b.Token);
    }
}
