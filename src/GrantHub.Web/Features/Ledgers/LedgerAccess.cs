using System.Security.Claims;
using GrantHub.Core.Exports;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>
/// Who may make which ledger, following who may see the records behind it (the handlers in Authorization/):
/// <list type="bullet">
/// <item>Program officers and administrators: all four ledgers, every record.</item>
/// <item>Finance officers: organizations, funding, reports and evaluations, every record; not the applications with
/// their scores, which finance does not see anywhere else either (<c>ApplicationAuthorizationHandler</c>).</item>
/// <item>Center staff (without one of those roles): the organizations and residency ledger, limited to the
/// residencies of the centers they staff. Staff see an organization because it applied to their center, never its
/// applications, grants or reports, so the other three ledgers would show them nothing they may read.</item>
/// </list>
/// </summary>
public static class LedgerAccess
{
    public const string AllowedRoles = Core.Identity.Roles.ProgramOfficer + "," + Core.Identity.Roles.FinanceOfficer + ","
                                + Core.Identity.Roles.Administrator + "," + Core.Identity.Roles.CenterStaff;

    public static readonly IReadOnlyList<LedgerKind> All = [LedgerKind.Organizations, LedgerKind.Applications, LedgerKind.Funding, LedgerKind.Reports];

    /// <summary>A bureau role: every record of the ledgers the role may make.</summary>
    public static bool SeesEverything(ClaimsPrincipal user) =>
        user.IsInRole(Core.Identity.Roles.ProgramOfficer) || user.IsInRole(Core.Identity.Roles.FinanceOfficer)
        || user.IsInRole(Core.Identity.Roles.Administrator);

    /// <summary>Center staff without a bureau role: their centers' organizations only.</summary>
    public static bool OwnCentersOnly(ClaimsPrincipal user) => !SeesEverything(user) && user.IsInRole(Core.Identity.Roles.CenterStaff);

    public static IReadOnlyList<LedgerKind> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Core.Identity.Roles.ProgramOfficer) || user.IsInRole(Core.Identity.Roles.Administrator)) return All;
        if (user.IsInRole(Core.Identity.Roles.FinanceOfficer)) return [LedgerKind.Organizations, LedgerKind.Funding, LedgerKind.Reports];
        if (user.IsInRole(Core.Identity.Roles.CenterStaff)) return [LedgerKind.Organizations];
        return [];
    }

    public static bool May(ClaimsPrincipal user, LedgerKind kind) => For(user).Contains(kind);
}
