using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.CenterDesk;

/// <summary>
/// The center staff's desk: the review queue, the residents, and one page per residency where every step of the life
/// cycle is a named POST. Staff see and act on their own centers' residencies only; a step the rules refuse comes back
/// as the rule's message, and a form based on an outdated page is refused with a request to reload.
/// </summary>
[Authorize(Roles = Roles.CenterStaff)]
[Route("center")]
public sealed class CenterDeskController(GrantHubDbContext db, UserScope scope, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const int PageSize = 20;

    private DateOnly Today => ChinaTime.Today(clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserId => scope.UserId!;

    /// <summary>The organization hears each decision, in the same save as the decision.</summary>
    private ResidencyMessages Messages(MailComposer mail, Notifier notifier) =>
        new(db, mail, notifier, l, $"{Request.Scheme}://{Request.Host}");

    [HttpGet("")]
    public async Task<IActionResult> Dashboard()
    {
        var centers = await scope.CenterIdsAsync();
        if (centers.Count == 0) return View("NoCenter");
        return View(await CenterDeskQueries.DashboardAsync(db, centers, Today));
    }

    [HttpGet("applications")]
    public async Task<IActionResult> Applications(int? page)
    {
        var centers = await scope.CenterIdsAsync();
        if (centers.Count == 0) return View("NoCenter");
        return View(await CenterDeskQueries.ApplicationsAsync(db, centers, Today, Page<WaitingRow>.Clamp(page), PageSize));
    }

    [HttpGet("residents")]
    public async Task<IActionResult> Residents(ResidencyStatus? status, int? page)
    {
        var centers = await scope.CenterIdsAsync();
        if (centers.Count == 0) return View("NoCenter");
        if (status is { } s && !Enum.IsDefined(s)) status = null;
        return View(await CenterDeskQueries.ResidentsAsync(db, centers, status, Page<ResidentRow>.Clamp(page), PageSize));
    }

    [HttpGet("residencies/{id:guid}")]
    public async Task<IActionResult> Detail(Guid id)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        return await DetailViewAsync(id);
    }

    [HttpPost("residencies/{id:guid}/review")]
    public async Task<IActionResult> StartReview(Guid id, long version)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (Stale(residency, version)) return RedirectToDetail(id);
        try
        {
            residency.StartReview(Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return RedirectToDetail(id);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.FlashError(l["Someone else changed this residency in the meantime. Reload the page and try again."]);
            return RedirectToDetail(id);
        }
        TempData.Flash(l["The review has started."]);
        return RedirectToDetail(id);
    }

    /// <summary>Admits with a residency agreement; a desk placement gets the lowest free desk, never a typed one.</summary>
    [HttpPost("residencies/{id:guid}/admit")]
    public async Task<IActionResult> Admit(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Admit))] AdmitForm form, [FromServices] IValidator<AdmitForm> validator,
        [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Admit), residency, form.Version))
            return await DetailViewAsync(id, p => p.Admit = form);

        int? desk = null;
        if (form.Placement == Placement.Desk)
        {
            var desks = await db.IncubationCenters.Where(c => c.Id == residency.CenterId).Select(c => c.Desks).SingleAsync();
            var taken = await db.Residencies.Where(r => r.CenterId == residency.CenterId && r.DeskNumber != null).Select(r => r.DeskNumber!.Value).ToListAsync();
            desk = DeskAllocation.FirstFree(desks, taken);
        }
        try
        {
            residency.Admit(form.StartsOn!.Value, form.TermMonths!.Value, form.Placement, desk, UserId, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Admit = form);
        }
        await Messages(mail, notifier).AdmittedAsync(residency);
        try
        {
            if (!await SavedAsync(residency)) return await DetailViewAsync(id, p => p.Admit = form);
        }
        catch (DbUpdateException)
        {
            // Two admissions took the same desk at the same moment: the unique index (CenterId, DeskNumber) kept one.
            ModelState.AddModelError("", l["That desk was taken by another admission a moment ago. Submit again to get the next free desk, or admit as a virtual resident."]);
            return await DetailViewAsync(id, p => p.Admit = form);
        }
        TempData.Flash(desk is { } d ? l["Admitted, at desk {0}.", d] : l["Admitted as a virtual resident."]);
        return RedirectToDetail(id);
    }

    [HttpPost("residencies/{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Reject))] RejectForm form, [FromServices] IValidator<RejectForm> validator,
        [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Reject), residency, form.Version))
            return await DetailViewAsync(id, p => p.Reject = form);
        try
        {
            residency.Reject(form.Reason!, UserId, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Reject = form);
        }
        await Messages(mail, notifier).RejectedAsync(residency);
        if (!await SavedAsync(residency)) return await DetailViewAsync(id, p => p.Reject = form);
        TempData.Flash(l["The application was not admitted; the organization can read the reason."]);
        return RedirectToDetail(id);
    }

    [HttpPost("residencies/{id:guid}/services")]
    public async Task<IActionResult> RecordService(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Service))] ServiceForm form, [FromServices] IValidator<ServiceForm> validator)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Service), residency, version: null))
            return await DetailViewAsync(id, p => p.Service = form);
        try
        {
            var amount = form.Type == ServiceType.ActivitySubsidy && form.Amount is { } yuan ? Money.FromYuan(yuan) : Money.Zero;
            db.ServiceRecords.Add(ServiceRecord.Record(residency, form.Type, form.On!.Value, (int)(form.Hours!.Value * 60), form.Topic!, form.Attendees!.Value,
                amount, UserId, Now));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Service = form);
        }
        await db.SaveChangesAsync();
        TempData.Flash(l["The service has been recorded."]);
        return RedirectToDetail(id);
    }

    [HttpPost("residencies/{id:guid}/assessments")]
    public async Task<IActionResult> RecordAssessment(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Assessment))] AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Assessment), residency, version: null))
            return await DetailViewAsync(id, p => p.Assessment = form);
        Assessment assessment;
        try
        {
            assessment = Assessment.Record(residency, form.Kind, form.On!.Value, form.Governance!.Value, form.Team!.Value, form.Finance!.Value, form.ProjectOperation!.Value,
                form.Comment ?? "", UserId, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Assessment = form);
        }
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        TempData.Flash(l["The assessment has been recorded: {0} points.", assessment.Total]);
        return RedirectToDetail(id);
    }

    /// <summary>出壳: the latest graduation assessment must reach the center's pass mark; the certificate number is the next of the center's year.</summary>
    [HttpPost("residencies/{id:guid}/graduate")]
    public async Task<IActionResult> Graduate(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Graduate))] GraduateForm form, [FromServices] IValidator<GraduateForm> validator,
        [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Graduate), residency, form.Version))
            return await DetailViewAsync(id, p => p.Graduate = form);

        var passMark = await db.IncubationCenters.Where(c => c.Id == residency.CenterId).Select(c => c.GraduationPassMark).SingleAsync();
        var latest = Assessment.Latest(await db.Assessments.Where(a => a.ResidencyId == id && a.Kind == AssessmentKind.Graduation).ToListAsync(),
            AssessmentKind.Graduation);
        var on = form.On!.Value;
        var prefix = Certificates.Prefix(on.Year, residency.CenterId);
        var sequence = await db.Residencies.CountAsync(r => r.CenterId == residency.CenterId && r.CertificateNumber != null && r.CertificateNumber.StartsWith(prefix)) + 1;
        try
        {
            residency.Graduate(latest, passMark, on, Certificates.Number(on.Year, residency.CenterId, sequence));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Graduate = form);
        }
        await Messages(mail, notifier).GraduatedAsync(residency);
        try
        {
            if (!await SavedAsync(residency)) return await DetailViewAsync(id, p => p.Graduate = form);
        }
        catch (DbUpdateException)
        {
            // Another graduation of this center took the same certificate number at the same moment (unique index).
            ModelState.AddModelError("", l["Another graduation took this certificate number a moment ago. Submit again for the next number."]);
            return await DetailViewAsync(id, p => p.Graduate = form);
        }
        TempData.Flash(l["Graduated, with certificate {0}.", residency.CertificateNumber!]);
        return RedirectToDetail(id);
    }

    [HttpPost("residencies/{id:guid}/exit")]
    public async Task<IActionResult> Exit(Guid id, [Bind(Prefix = nameof(ResidencyDetailPage.Exit))] ExitForm form, [FromServices] IValidator<ExitForm> validator)
    {
        var (residency, refusal) = await LoadForManageAsync(id);
        if (residency is null) return refusal!;
        if (await RefusedAsync(validator, form, nameof(ResidencyDetailPage.Exit), residency, form.Version))
            return await DetailViewAsync(id, p => p.Exit = form);
        try
        {
            residency.Exit(form.Reason!, form.On!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await DetailViewAsync(id, p => p.Exit = form);
        }
        if (!await SavedAsync(residency)) return await DetailViewAsync(id, p => p.Exit = form);
        TempData.Flash(l["The residency has ended early; the desk is free again."]);
        return RedirectToDetail(id);
    }

    /// <summary>The residency, tracked, if this person works at its center: otherwise 404 (none) or 403 (another center's).</summary>
    private async Task<(Residency? Residency, IActionResult? Refusal)> LoadForManageAsync(Guid id)
    {
        var residency = await db.Residencies.SingleOrDefaultAsync(r => r.Id == id);
        if (residency is null) return (null, NotFound());
        var allowed = await authorization.AuthorizeAsync(User, new ResidencyResource(residency.Id, residency.OrganizationId, residency.CenterId), Operations.Manage);
        return allowed.Succeeded ? (residency, null) : (null, Forbid());
    }

    /// <summary>A step posted from a page older than the residency's last change is refused: the person decides again on what is true now.</summary>
    private bool Stale(Residency residency, long version)
    {
        if (residency.Version == version) return false;
        TempData.FlashError(l["Someone else changed this residency in the meantime. Reload the page and try again."]);
        return true;
    }

    /// <summary>
    /// Validates a posted form (binding errors included) and, for a step that changes the residency, checks that the
    /// form was made from its current version. Errors go to ModelState for the page to show beside the form.
    /// </summary>
    private async Task<bool> RefusedAsync<T>(IValidator<T> validator, T form, string prefix, Residency residency, long? version)
    {
        var valid = (await validator.ValidateAsync(form)).CopyTo(ModelState, prefix) && ModelState.IsValid;
        if (!valid) return true;
        if (version is null || version == residency.Version) return false;
        ModelState.AddModelError("", l["Someone else changed this residency in the meantime. Reload the page and try again."]);
        return true;
    }

    /// <summary>Saves a step; a change saved by someone else since this request loaded the residency is refused.</summary>
    /// <summary>
    /// Saves the step. Someone else's step on the same residency meanwhile shows as a concurrency conflict, or, since a
    /// decision also writes the organization's messages under unique keys, as the other save having taken those keys
    /// first: either way a message to reload, never a 500. Any other refusal of the database is the caller's to explain.
    /// </summary>
    private async Task<bool> SavedAsync(Residency residency)
    {
        var read = db.Entry(residency).Property(r => r.Version).OriginalValue;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            if (ex is not DbUpdateConcurrencyException
                && await db.Residencies.AsNoTracking().Where(r => r.Id == residency.Id).Select(r => r.Version).SingleAsync() == read) throw;
            ModelState.AddModelError("", l["Someone else changed this residency in the meantime. Reload the page and try again."]);
            return false;
        }
    }

    private async Task<IActionResult> DetailViewAsync(Guid id, Action<ResidencyDetailPage>? withForm = null)
    {
        var page = await CenterDeskQueries.DetailAsync(db, id, Today);
        if (page is null) return NotFound();
        withForm?.Invoke(page);
        return View("Detail", page);
    }

    private RedirectToActionResult RedirectToDetail(Guid id) => RedirectToAction(nameof(Detail), new { id });
}
