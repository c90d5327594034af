using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Residencies;

/// <summary>The organization's side of incubation: where it stands, applying, and its graduation certificate.</summary>
[Authorize]
public sealed class ResidencyController(GrantHubDbContext db, UserScope scope, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string FormPrefix = nameof(ApplyPage.Form);

    [HttpGet("residency")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Index()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return View("NoOrganization");
        var page = await ResidencyQueries.ForOrganizationAsync(db, organizationId);
        return page is null ? View("NoOrganization") : View(page);
    }

    [HttpGet("residency/apply")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Apply()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return View("NoOrganization");
        if (await HasActiveResidencyAsync(organizationId))
        {
            TempData.FlashError(l["Your organization already has an active residency application or residency: one at a time."]);
            return RedirectToAction(nameof(Index));
        }
        var page = await ApplyPageAsync(organizationId, new ApplyForm());
        return page is null ? View("NoOrganization") : View(page);
    }

    [HttpPost("residency/apply")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Apply([Bind(Prefix = FormPrefix)] ApplyForm form, [FromServices] IValidator<ApplyForm> validator)
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return View("NoOrganization");
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return await ApplyViewAsync(organizationId, form);
        if (!await db.IncubationCenters.AnyAsync(c => c.Id == form.CenterId!.Value))
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(ApplyForm.CenterId)}", l["Choose a center."]);
            return await ApplyViewAsync(organizationId, form);
        }

        var statuses = await db.Residencies.Where(r => r.OrganizationId == organizationId).Select(r => r.Status).ToListAsync();
        Residency residency;
        try
        {
            residency = Residency.Apply(organizationId, form.CenterId!.Value, form.Needs!, statuses, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await ApplyViewAsync(organizationId, form);
        }
        db.Residencies.Add(residency);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two members applied at the same moment: the unique index IX_Residencies_OneActivePerOrganization kept one.
            db.Entry(residency).State = EntityState.Detached;
            ModelState.AddModelError("", l["Your organization already has an active residency application or residency: one at a time."]);
            return await ApplyViewAsync(organizationId, form);
        }
        TempData.Flash(l["Your application has been sent. The center answers within {0} working days.", WorkingDays.ReviewTarget]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The printable graduation certificate: for the organization, the center's staff and the bureau.</summary>
    [HttpGet("residencies/{id:guid}/certificate")]
    public async Task<IActionResult> Certificate(Guid id)
    {
        var owner = await db.Residencies.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.OrganizationId, r.CenterId }).SingleOrDefaultAsync();
        if (owner is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, new ResidencyResource(id, owner.OrganizationId, owner.CenterId), Operations.View)).Succeeded)
            return Forbid();
        var certificate = await ResidencyQueries.CertificateAsync(db, id);
        return certificate is null ? NotFound() : View(certificate);
    }

    private Task<bool> HasActiveResidencyAsync(Guid organizationId) =>
        db.Residencies.AnyAsync(r => r.OrganizationId == organizationId && ResidencyStatuses.Active.Contains(r.Status));

    private async Task<ApplyPage?> ApplyPageAsync(Guid organizationId, ApplyForm form)
    {
        var profile = await ResidencyQueries.ProfileAsync(db, organizationId);
        if (profile is null) return null;
        return new ApplyPage { Form = form, Profile = profile, Centers = await ResidencyQueries.CenterChoicesAsync(db) };
    }

    private async Task<IActionResult> ApplyViewAsync(Guid organizationId, ApplyForm form)
    {
        var page = await ApplyPageAsync(organizationId, form);
        return page is null ? View("NoOrganization") : View(nameof(Apply), page);
    }
}
