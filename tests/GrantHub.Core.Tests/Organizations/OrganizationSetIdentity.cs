using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>Staff verified what they saw: a new name or code must be checked again; other changes keep the badge.</summary>
public sealed class OrganizationSetIdentity
{
    private static Organization Verified()
    {
        var org = new OrganizationBuilder().Build();
        org.Verify("staff-1", OrganizationBuilder.Now);
        Assert.True(org.IsVerified);
        return org;
    }

    [Fact]
    public void A_new_name_undoes_the_verification()
    {
        var org = Verified();

        org.SetIdentity("嘉禾社区为老服务中心（更名）", org.Type, org.CreditCode);

        Assert.False(org.IsVerified);
        Assert.Null(org.VerifiedByUserId);
    }

    [Fact]
    public void A_new_code_undoes_the_verification()
    {
        var org = Verified();

        org.SetIdentity(org.Name, OrganizationType.SocialGroup, KnownCreditCodes.SocialGroup);

        Assert.False(org.IsVerified);
        Assert.Equal(KnownCreditCodes.SocialGroup, org.CreditCode);
    }

    [Fact]
    public void The_same_name_and_code_typed_again_in_lower_case_keep_the_verification()
    {
        var org = Verified();

        org.SetIdentity(" " + org.Name + " ", org.Type, org.CreditCode!.ToLowerInvariant());

        Assert.True(org.IsVerified);
    }

    [Fact]
    public void A_new_contact_keeps_the_verification()
    {
        var org = Verified();

        org.SetContact("王芳", "13700001111");

        Assert.True(org.IsVerified);
    }

    [Fact]
    public void A_registered_organization_can_become_a_filed_one_with_a_filing_number_and_no_code()
    {
        var org = Verified();

        org.SetIdentity(org.Name, OrganizationType.CommunityOrganization, "真州备字2020第007号");

        Assert.Null(org.CreditCode);
        Assert.Equal("真州备字2020第007号", org.FilingNumber);
        Assert.False(org.IsVerified);
    }

    [Fact]
    public void A_refused_change_leaves_the_identity_as_it_was()
    {
        var org = Verified();

        Assert.Throws<DomainException>(() => org.SetIdentity("新名称", OrganizationType.Foundation, "not a code"));

        Assert.Equal(KnownCreditCodes.SocialService, org.CreditCode);
        Assert.Equal(OrganizationType.SocialServiceOrganization, org.Type);
        Assert.True(org.IsVerified);
    }

    [Fact]
    public void Every_change_moves_the_version_on_for_the_concurrency_check()
    {
        var org = new OrganizationBuilder().Build();
        var before = org.Version;

        org.SetIdentity(org.Name, org.Type, org.CreditCode);

        Assert.True(org.Version > before);
    }
}
