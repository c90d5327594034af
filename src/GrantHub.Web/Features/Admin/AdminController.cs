using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Admin;

[Authorize(Roles = Roles.Administrator)]
[Route("admin")]
public sealed class AdminController(GrantHubDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const int PageSize = 20;

    [HttpGet("users")]
    public async Task<IActionResult> Users(string? q, string? role, int? page) =>
        View(new UsersPage(q, role, await UserQueries.PageAsync(db, q, role, Page<UserRow>.Clamp(page), PageSize, clock)));

    [HttpGet("users/{id}")]
    public async Task<IActionResult> UserRoles(string id)
    {
        var view = await UserQueries.RolesAsync(db, id);
        return view is null ? NotFound() : View(view);
    }

    /// <summary>Grants or removes one role; the audit interceptor records who did it and when.</summary>
    [HttpPost("users/{id}/roles")]
    public async Task<IActionResult> ChangeRole(string id, RoleChangeModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (!Roles.IsKnown(model.Role))
        {
            TempData.Flash(l["The role {0} does not exist.", model.Role]);
            return RedirectToAction(nameof(UserRoles), new { id });
        }
        if (!model.Grant && model.Role == Roles.Administrator && user.Id == users.GetUserId(User))
        {
            TempData.Flash(l["You cannot remove your own administrator role: ask another administrator."]);
            return RedirectToAction(nameof(UserRoles), new { id });
        }
        var result = model.Grant ? await users.AddToRoleAsync(user, model.Role) : await users.RemoveFromRoleAsync(user, model.Role);
        TempData.Flash(result.Succeeded
            ? (model.Grant ? l["Granted the role {0} to {1}.", l[model.Role], user.DisplayName] : l["Removed the role {0} from {1}.", l[model.Role], user.DisplayName])
            : string.Join(" ", result.Errors.Select(e => e.Description)));
        return RedirectToAction(nameof(UserRoles), new { id });
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(string? entityType, string? userName, int? page) =>
        View(await AuditQueries.PageAsync(db, entityType, userName, Page<AuditRow>.Clamp(page), PageSize));
}
