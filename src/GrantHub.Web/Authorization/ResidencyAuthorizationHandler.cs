using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace GrantHub.Web.Authorization;

/// <summary>
/// The organization's members and the bureau's officers see a residency; only the staff of its center act on it.
/// </summary>
public sealed class ResidencyAuthorizationHandler(UserScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, ResidencyResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ResidencyResource resource)
    {
        var user = context.User;
        var isStaff = user.IsInRole(Roles.CenterStaff) && (await scope.CenterIdsAsync()).Contains(resource.CenterId);
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isStaff
                || await scope.OrganizationIdAsync() == resource.OrganizationId
                || user.IsInRole(Roles.ProgramOfficer) || user.IsInRole(Roles.Administrator),
            nameof(Operations.Manage) => isStaff,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }
}
