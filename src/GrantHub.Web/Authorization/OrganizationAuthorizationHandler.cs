using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Authorization;

/// <summary>
/// Members see their organization and its owner edits it; program and finance officers and administrators see every
/// organization; center staff see (and verify) the organizations that applied to their center.
/// </summary>
public sealed class OrganizationAuthorizationHandler(UserScope scope, GrantHubDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, OrganizationResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, OrganizationResource resource)
    {
        var user = context.User;
        var isMember = await scope.OrganizationIdAsync() == resource.Id;
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isMember
                || user.IsInRole(Roles.ProgramOfficer) || user.IsInRole(Roles.FinanceOfficer) || user.IsInRole(Roles.Administrator)
                || await AppliedToMyCenterAsync(resource.Id),
            nameof(Operations.Edit) => isMember && await scope.IsOwnerAsync(),
            nameof(Operations.Verify) => user.IsInRole(Roles.CenterStaff) && await AppliedToMyCenterAsync(resource.Id),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }

    private async Task<bool> AppliedToMyCenterAsync(Guid organizationId)
    {
        var centers = await scope.CenterIdsAsync();
        return centers.Count > 0
            && await db.Residencies.AnyAsync(r => r.OrganizationId == organizationId && centers.Contains(r.CenterId));
    }
}
