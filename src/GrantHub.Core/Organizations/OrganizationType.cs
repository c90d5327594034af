namespace GrantHub.Core.Organizations;

/// <summary>The civil-affairs types. The first three are registered and carry a credit code; community organizations are often only filed.</summary>
public enum OrganizationType
{
    /// <summary>社会团体 (credit codes usually start 51).</summary>
    SocialGroup = 1,

    /// <summary>社会服务机构 / 民办非企业单位 (52).</summary>
    SocialServiceOrganization = 2,

    /// <summary>基金会 (53).</summary>
    Foundation = 3,

    /// <summary>社区社会组织: filed (备案) with the street office, a filing number instead of a code.</summary>
    CommunityOrganization = 4,
}

public static class OrganizationTypes
{
    public static bool RequiresCreditCode(this OrganizationType type) => type != OrganizationType.CommunityOrganization;

    public static readonly IReadOnlyList<OrganizationType> All =
        [OrganizationType.SocialGroup, OrganizationType.SocialServiceOrganization, OrganizationType.Foundation, OrganizationType.CommunityOrganization];
}
