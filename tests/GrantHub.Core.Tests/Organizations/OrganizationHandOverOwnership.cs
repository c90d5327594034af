using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>There is always exactly one owner: handing over moves the role, never copies or drops it.</summary>
public sealed class OrganizationHandOverOwnership
{
    [Fact]
    public void The_owner_hands_over_to_a_member_and_stays_a_member()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();
        var version = org.Version;

        org.HandOverOwnership(OrganizationBuilder.OwnerId, "u2");

        Assert.Equal("u2", org.OwnerUserId);
        Assert.Single(org.Members, m => m.IsOwner);
        Assert.Contains(org.Members, m => m.UserId == OrganizationBuilder.OwnerId && !m.IsOwner);
        Assert.True(org.Version > version);
    }

    [Fact]
    public void A_member_who_is_not_the_owner_cannot_hand_over()
    {
        var org = new OrganizationBuilder().WithMember("u2").WithMember("u3").Build();

        var ex = Assert.Throws<DomainException>(() => org.HandOverOwnership("u2", "u3"));
        Assert.Equal("Only the owner can hand over ownership.", ex.MessageKey);
        Assert.Equal(OrganizationBuilder.OwnerId, org.OwnerUserId);
    }

    [Fact]
    public void Ownership_cannot_go_to_someone_outside_the_organization()
    {
        var org = new OrganizationBuilder().Build();

        Assert.Throws<DomainException>(() => org.HandOverOwnership(OrganizationBuilder.OwnerId, "stranger"));
        Assert.Equal(OrganizationBuilder.OwnerId, org.OwnerUserId);
    }

    [Fact]
    public void The_former_owner_can_be_removed_by_the_new_one()
    {
        var org = new OrganizationBuilder().WithMember("u2").Build();
        org.HandOverOwnership(OrganizationBuilder.OwnerId, "u2");

        org.RemoveMember(OrganizationBuilder.OwnerId);

        Assert.Equal("u2", Assert.Single(org.Members).UserId);
    }
}
