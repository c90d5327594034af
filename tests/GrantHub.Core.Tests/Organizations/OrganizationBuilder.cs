using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>Credit codes worked out by hand (an independent implementation of GB 32100-2015), not by the code under test.</summary>
public static class KnownCreditCodes
{
    /// <summary>The sample code quoted in public explanations of the standard.</summary>
    public const string PublishedSample = "91350100M000100Y43";

    /// <summary>社会团体 in Jiangsu (prefix 51, region 320000).</summary>
    public const string SocialGroup = "51320000MJ48123450";

    /// <summary>民办非企业单位 in Kunshan (prefix 52, region 320583).</summary>
    public const string SocialService = "52320583MJ55667783";

    /// <summary>基金会 registered with the ministry (prefix 53, region 100000).</summary>
    public const string Foundation = "53100000500021676K";
}

/// <summary>An organization as a registration leaves it: identity, contact and an owner; the rest of the profile empty.</summary>
public sealed class OrganizationBuilder
{
    public static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    public const string OwnerId = "owner-1";

    private string _name = "嘉禾社区为老服务中心";
    private OrganizationType _type = OrganizationType.SocialServiceOrganization;
    private string _identifier = KnownCreditCodes.SocialService;
    private bool _complete;
    private readonly List<string> _members = [];

    public OrganizationBuilder Filed(string filingNumber = "真州备字2016第018号")
    {
        _type = OrganizationType.CommunityOrganization;
        _identifier = filingNumber;
        return this;
    }

    public OrganizationBuilder WithMember(string userId)
    {
        _members.Add(userId);
        return this;
    }

    /// <summary>Every part of the profile filled in.</summary>
    public OrganizationBuilder Complete()
    {
        _complete = true;
        return this;
    }

    public Organization Build()
    {
        var org = Organization.Register(_name, _type, _identifier, "李红", "13912345678", OwnerId, Now);
        foreach (var member in _members) org.AddMember(member, Now);
        if (_complete) FillProfile(org);
        return org;
    }

    public static void FillProfile(Organization org)
    {
        org.RegistrationAuthority = "真州市民政局";
        org.RegisteredOn = new DateOnly(2018, 5, 20);
        org.LegalRepresentative = "王建国";
        org.Address = "真州市嘉禾路 88 号";
        org.ServiceFields = ServiceField.ElderlyCare | ServiceField.CommunityGovernance;
        org.StaffCount = 6;
        org.VolunteerCount = 40;
        org.Introduction = "为社区老人提供助餐、陪伴和健康讲座。";
        org.BankAccountName = "真州市嘉禾社区为老服务中心";
        org.BankName = "中国工商银行真州支行";
        org.BankAccountNumber = "6222 0000 1111 2222";
    }
}
