using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>The short first step: name, type, code or filing number, a contact; the registering person owns it.</summary>
public sealed class OrganizationRegister
{
    private static readonly DateTime Now = OrganizationBuilder.Now;

    [Fact]
    public void A_registered_type_keeps_its_credit_code_upper_case_and_no_filing_number()
    {
        var org = Organization.Register(" 嘉禾社区为老服务中心 ", OrganizationType.SocialServiceOrganization,
            KnownCreditCodes.SocialService.ToLowerInvariant(), "李红", "+86 139 1234 5678", "u1", Now);

        Assert.Equal("嘉禾社区为老服务中心", org.Name);
        Assert.Equal(KnownCreditCodes.SocialService, org.CreditCode);
        Assert.Null(org.FilingNumber);
        Assert.Equal("13912345678", org.ContactMobile);
        Assert.False(org.IsVerified);
    }

    [Fact]
    public void The_registering_person_is_the_owner_and_only_member()
    {
        var org = Organization.Register("嘉禾社区为老服务中心", OrganizationType.SocialGroup, KnownCreditCodes.SocialGroup,
            "李红", "13912345678", "u1", Now);

        var member = Assert.Single(org.Members);
        Assert.Equal("u1", member.UserId);
        Assert.True(member.IsOwner);
        Assert.Equal(org.Id, member.OrganizationId);
        Assert.Equal("u1", org.OwnerUserId);
    }

    [Theory]
    [InlineData(OrganizationType.SocialGroup)]
    [InlineData(OrganizationType.SocialServiceOrganization)]
    [InlineData(OrganizationType.Foundation)]
    public void A_registered_type_without_a_valid_code_is_refused(OrganizationType type)
    {
        var ex = Assert.Throws<DomainException>(() =>
            Organization.Register("某基金会", type, KnownCreditCodes.Foundation[..17] + "1", "李红", "13912345678", "u1", Now));
        Assert.Equal("The unified social credit code is not valid.", ex.MessageKey);
        Assert.Throws<DomainException>(() => Organization.Register("某基金会", type, null, "李红", "13912345678", "u1", Now));
    }

    [Fact]
    public void A_filed_community_organization_keeps_its_filing_number_and_has_no_code()
    {
        var org = Organization.Register("华兴新村睦邻互助会", OrganizationType.CommunityOrganization, " 真州备字2016第018号 ",
            "周敏", "13812345678", "u1", Now);

        Assert.Null(org.CreditCode);
        Assert.Equal("真州备字2016第018号", org.FilingNumber);
    }

    [Fact]
    public void A_filed_community_organization_without_a_filing_number_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Organization.Register("华兴新村睦邻互助会", OrganizationType.CommunityOrganization, "  ", "周敏", "13812345678", "u1", Now));
        Assert.Equal("A filed community organization needs its filing number.", ex.MessageKey);
    }

    [Fact]
    public void A_filing_number_longer_than_the_column_is_refused()
    {
        Assert.Throws<DomainException>(() => Organization.Register("华兴新村睦邻互助会", OrganizationType.CommunityOrganization,
            new string('备', OrganizationIdentifier.FilingNumberMaxLength + 1), "周敏", "13812345678", "u1", Now));
    }

    [Fact]
    public void A_community_organization_that_has_registered_since_keeps_its_code_as_a_code()
    {
        var org = Organization.Register("华兴新村睦邻互助会", OrganizationType.CommunityOrganization,
            KnownCreditCodes.SocialGroup.ToLowerInvariant(), "周敏", "13812345678", "u1", Now);

        Assert.Equal(KnownCreditCodes.SocialGroup, org.CreditCode);
        Assert.Null(org.FilingNumber);
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        Assert.Throws<DomainException>(() => Organization.Register("  ", OrganizationType.SocialGroup, KnownCreditCodes.SocialGroup,
            "周敏", "13812345678", "u1", Now));
    }

    [Fact]
    public void A_contact_mobile_that_is_not_a_mainland_number_is_refused()
    {
        Assert.Throws<DomainException>(() => Organization.Register("华兴新村睦邻互助会", OrganizationType.CommunityOrganization,
            "真州备字2016第018号", "周敏", "12345", "u1", Now));
    }
}
