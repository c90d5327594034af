using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace GrantHub.Web.Authorization;

/// <summary>
/// An application (and its attachments) is seen by the members of its organization, program officers and
/// administrators; only its organization's members edit it. Everyone else is refused, whatever the id they type.
/// </summary>
public sealed class ApplicationAuthorizationHandler(UserScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, ApplicationResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ApplicationResource resource)
    {
        var user = context.User;
        var isMember = user.IsInRole(Roles.OrganizationMember) && await scope.OrganizationIdAsync() == resource.OrganizationId;
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isMember || user.IsInRole(Roles.ProgramOfficer) || user.IsInRole(Roles.Administrator),
            nameof(Operations.Edit) => isMember,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }
}
