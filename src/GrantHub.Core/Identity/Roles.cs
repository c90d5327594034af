namespace GrantHub.Core.Identity;

/// <summary>The six roles of the domain. The names are stored in the database: never rename one.</summary>
public static class Roles
{
    public const string OrganizationMember = "OrganizationMember";
    public const string CenterStaff = "CenterStaff";
    public const string ProgramOfficer = "ProgramOfficer";
    public const string Judge = "Judge";
    public const string FinanceOfficer = "FinanceOfficer";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [OrganizationMember, CenterStaff, ProgramOfficer, Judge, FinanceOfficer, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
