using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Organizations;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.OrganizationDirectory;

/// <summary>
/// The organizations as staff, officers and administrators see them: a searchable list and each profile. Center staff
/// see only the organizations that applied to their centers, and verify those.
/// </summary>
[Authorize]
[Route("organizations")]
public sealed class OrganizationDirectoryController(
    GrantHubDbContext db,
    UserScope scope,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    public const string DirectoryRoles = Roles.CenterStaff + "," + Roles.ProgramOfficer + "," + Roles.FinanceOfficer + "," + Roles.Administrator;

    [Authorize(Roles = DirectoryRoles)]
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, OrganizationType? type, ServiceField? field, EvaluationGrade? grade,
        int? center, ResidencyStatus? status, int? page)
    {
        var filter = new DirectoryFilter(q, type, field, grade, center, status);
        return View(await OrganizationDirectoryQueries.PageAsync(db, filter, Page<DirectoryRow>.Clamp(page), await CenterScopeAsync()));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Profile(Guid id)
    {
        if (!(await authorization.AuthorizeAsync(User, new OrganizationResource(id), Operations.View)).Succeeded) return Forbid();
        var profile = await OrganizationProfiles.LoadAsync(db, id);
        if (profile is null) return NotFound();
        var canVerify = (await authorization.AuthorizeAsync(User, new OrganizationResource(id), Operations.Verify)).Succeeded;
        return View(new OrganizationProfilePage(profile, canVerify));
    }

    /// <summary>Staff checked the documents; the audit interceptor records who and when.</summary>
    [HttpPost("{id:guid}/verify")]
    public async Task<IActionResult> Verify(Guid id)
    {
        if (!(await authorization.AuthorizeAsync(User, new OrganizationResource(id), Operations.Verify)).Succeeded) return Forbid();
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id);
        if (org is null) return NotFound();
        org.Verify(scope.UserId!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData.Flash(l["{0} is verified.", org.Name]);
        return RedirectToAction(nameof(Profile), new { id });
    }

    [HttpPost("{id:guid}/unverify")]
    public async Task<IActionResult> Unverify(Guid id)
    {
        if (!(await authorization.AuthorizeAsync(User, new OrganizationResource(id), Operations.Verify)).Succeeded) return Forbid();
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id);
        if (org is null) return NotFound();
        org.Unverify();
        await db.SaveChangesAsync();
        TempData.Flash(l["The verification of {0} is withdrawn.", org.Name]);
        return RedirectToAction(nameof(Profile), new { id });
    }

    /// <summary>Officers and administrators see every organization; center staff only their centers' applicants.</summary>
    private async Task<IReadOnlyList<int>?> CenterScopeAsync() =>
        User.IsInRole(Roles.ProgramOfficer) || User.IsInRole(Roles.FinanceOfficer) || User.IsInRole(Roles.Administrator)
            ? null
            : await scope.CenterIdsAsync();
}

public sealed record OrganizationProfilePage(OrganizationProfile Profile, bool CanVerify);
