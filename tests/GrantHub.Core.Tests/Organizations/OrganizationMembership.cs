using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>Members join and leave; the owner stays until ownership is handed over.</summary>
public sealed class OrganizationMembership
{
    [Fact]
    public void A_new_member_joins_without_ownership()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();

        var member = Assert.Single(org.Members, m => m.UserId == "u2");
        Assert.False(member.IsOwner);
        Assert.Equal(OrganizationBuilder.OwnerId, org.OwnerUserId);
    }

    [Fact]
    public void A_member_cannot_join_twice()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();

        var ex = Assert.Throws<DomainException>(() => org.AddMember("u2", OrganizationBuilder.Now));
        Assert.Equal("This person is already a member.", ex.MessageKey);
    }

    [Fact]
    public void A_member_is_removed()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();

        org.RemoveMember("u2");

        Assert.DoesNotContain(org.Members, m => m.UserId == "u2");
    }

    [Fact]
    public void The_owner_cannot_be_removed()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();

        var ex = Assert.Throws<DomainException>(() => org.RemoveMember(OrganizationBuilder.OwnerId));
        Assert.Equal("The owner cannot be removed: hand over ownership first.", ex.MessageKey);
        Assert.Equal(2, org.Members.Count);
    }

    [Fact]
    public void Removing_someone_who_is_not_a_member_is_refused()
    {
        var org = new OrganizationBuilder().Build();

        Assert.Throws<DomainException>(() => org.RemoveMember("stranger"));
    }
}
