using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace GrantHub.Web.Authorization;

/// <summary>
/// A grant, its agreement, tranches and evaluations are seen by the members of the organization it pays, program and
/// finance officers and administrators. Members confirm its agreement; program officers manage it (draft, request,
/// evaluate, claim back); the money steps of finance are role checks on their actions (approve, pay), plus the
/// four-eyes rule in Core. Everyone else is refused, whatever the id they type.
/// </summary>
public sealed class GrantAuthorizationHandler(UserScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, GrantResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, GrantResource resource)
    {
        var user = context.User;
        var isMember = user.IsInRole(Roles.OrganizationMember) && await scope.OrganizationIdAsync() == resource.OrganizationId;
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isMember || user.IsInRole(Roles.ProgramOfficer) || user.IsInRole(Roles.FinanceOfficer)
                                       || user.IsInRole(Roles.Administrator),
            nameof(Operations.Confirm) => isMember,
            nameof(Operations.Manage) => user.IsInRole(Roles.ProgramOfficer),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }
}
