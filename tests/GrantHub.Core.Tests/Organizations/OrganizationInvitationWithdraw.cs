using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>The owner takes back an invitation not yet used: its link stops working.</summary>
public sealed class OrganizationInvitationWithdraw
{
    private static readonly DateTime Now = OrganizationBuilder.Now;

    private static (Organization Org, OrganizationInvitation Invitation) Invited()
    {
        var org = new OrganizationBuilder().Build();
        return (org, OrganizationInvitation.Create(org.Id, "chen.li@example.cn", OrganizationBuilder.OwnerId, Now));
    }

    [Fact]
    public void A_withdrawn_invitation_is_closed_and_cannot_be_accepted()
    {
        var (org, invitation) = Invited();

        invitation.Withdraw(Now.AddHours(1));

        Assert.Equal(Now.AddHours(1), invitation.WithdrawnAt);
        Assert.False(invitation.IsOpen(Now.AddHours(2)));
        var refused = Assert.Throws<DomainException>(() => invitation.Accept(org, "u2", "chen.li@example.cn", Now.AddHours(2)));
        Assert.Equal("This invitation was withdrawn by the organization.", refused.MessageKey);
        Assert.Single(org.Members);
    }

    [Fact]
    public void A_used_invitation_cannot_be_withdrawn_and_one_withdrawn_cannot_be_withdrawn_again()
    {
        var (org, used) = Invited();
        used.Accept(org, "u2", "chen.li@example.cn", Now);
        var (_, withdrawn) = Invited();
        withdrawn.Withdraw(Now);

        Assert.Equal("This invitation has already been used.", Assert.Throws<DomainException>(() => used.Withdraw(Now)).MessageKey);
        Assert.Equal("This invitation was withdrawn by the organization.", Assert.Throws<DomainException>(() => withdrawn.Withdraw(Now.AddMinutes(1))).MessageKey);
        Assert.Equal(Now, withdrawn.WithdrawnAt);
    }
}
