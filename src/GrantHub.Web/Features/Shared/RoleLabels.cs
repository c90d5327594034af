using GrantHub.Core.Identity;

namespace GrantHub.Web.Features.Shared;

/// <summary>The English label of each role (the localizer key); zh-CN labels are in the resources.</summary>
public static class RoleLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        [Roles.OrganizationMember] = "Organization member",
        [Roles.CenterStaff] = "Incubation center staff",
        [Roles.ProgramOfficer] = "Program officer",
        [Roles.Judge] = "Judge",
        [Roles.FinanceOfficer] = "Finance officer",
        [Roles.Administrator] = "Administrator",
    };

    public static string Of(string role) => Labels.GetValueOrDefault(role, role);
}
