using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Applications;

/// <summary>
/// The organization's side of a venture competition: start an application from the call's page, fill it in step by
/// step (each step saves the draft), attach PDFs, review it beside the profile, submit before the deadline or withdraw.
/// Every action loads the application first and asks <see cref="ApplicationAuthorizationHandler"/> before showing or
/// changing anything.
/// </summary>
[Authorize]
public sealed class ApplicationsController(
    GrantHubDbContext db,
    UserScope scope,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    private const string FormPrefix = "Form";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpPost("competitions/{editionId:guid}/apply")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Apply(Guid editionId)
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId)
        {
            TempData.FlashError(l["Register your organization first: its profile is filled in once and reused by every application."]);
            return Redirect("/organization");
        }
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId);
        if (edition is null || !edition.IsPublished) return NotFound();
        var earlier = await db.Applications.AsNoTracking().Where(a => a.OrganizationId == organizationId && a.EditionId == editionId)
            .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.Status }).ToListAsync();
        if (!edition.AllowsSeveralApplications && earlier.FirstOrDefault(a => a.Status != ApplicationStatus.Withdrawn) is { } existing)
        {
            TempData.FlashError(l["Your organization already has an application for this edition: one per organization."]);
            return existing.Status == ApplicationStatus.Draft ? RedirectToStep(existing.Id, ApplicationSteps.Project) : RedirectToDetails(existing.Id);
        }
        Application application;
        try
        {
            application = Application.Start(edition, organizationId, scope.UserId!, earlier.Select(a => a.Status), Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return Redirect($"/competitions/{editionId}");
        }
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        TempData.Flash(l["Your draft is started. Each step is saved as you go; submit it before the end of {0}.", edition.ClosesOn.ToString("yyyy-MM-dd")]);
        return RedirectToStep(application.Id, ApplicationSteps.Project);
    }

    [HttpGet("applications")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Index()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return View("NoOrganization");
        var page = await ApplicationQueries.MineAsync(db, organizationId, ChinaTime.Today(clock));
        return page is null ? View("NoOrganization") : View(page);
    }

    [HttpGet("applications/{id:guid}")]
    public async Task<IActionResult> Details(Guid id)
    {
        var application = await ApplicationQueries.LoadAsync(db, id, tracked: false);
        if (application is null) return NotFound();
        if (!await AllowedAsync(application, Operations.View)) return Forbid();
        var edition = await ApplicationQueries.EditionAsync(db, application.EditionId);
        var isMember = await AllowedAsync(application, Operations.Edit);
        var open = Now < edition.Deadline;
        return View(new DetailsPage
        {
            View = await ApplicationQueries.ViewAsync(db, application, edition),
            IsMember = isMember,
            CanEdit = isMember && application.IsEditable && open,
            CanWithdraw = isMember && open && application.Status is ApplicationStatus.Draft or ApplicationStatus.Submitted,
        });
    }

    /// <summary>Opens the form at the first step that still needs something.</summary>
    [HttpGet("applications/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        var missing = application!.MissingForSubmission();
        return RedirectToStep(id, missing.Count == 0 ? ApplicationSteps.Review : ApplicationSteps.Of(missing[0]));
    }

    // Step 1: the project.

    [HttpGet("applications/{id:guid}/edit/1")]
    public async Task<IActionResult> Project(Guid id)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        var a = application!;
        return await ProjectViewAsync(a, new ProjectForm { Version = a.Version, ProjectName = a.ProjectName, CategoryId = a.CategoryId, Summary = a.Summary });
    }

    [HttpPost("applications/{id:guid}/edit/1")]
    public async Task<IActionResult> Project(Guid id, [Bind(Prefix = FormPrefix)] ProjectForm form, [FromServices] IValidator<ProjectForm> validator)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return await ProjectViewAsync(a, form);
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        if (form.CategoryId is { } c && edition.Categories.All(x => x.Id != c))
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(ProjectForm.CategoryId)}", l["Choose a category."]);
            return await ProjectViewAsync(a, form);
        }
        return await SaveStepAsync(a, form.Version, form.Then, ApplicationSteps.Project,
            () => a.DescribeProject(form.ProjectName ?? "", form.CategoryId, form.Summary ?? "", Now),
            () => ProjectViewAsync(a, form));
    }

    /// <summary>Copies the organization's latest earlier application (texts, budget, attachments) into this draft.</summary>
    [HttpPost("applications/{id:guid}/reuse")]
    public async Task<IActionResult> Reuse(Guid id, [FromServices] IFileStore files)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        var reusable = await ApplicationQueries.ReusableAsync(db, a.OrganizationId, a.Id);
        if (reusable is null)
        {
            TempData.FlashError(l["Your organization has no earlier application to reuse."]);
            return RedirectToStep(id, ApplicationSteps.Project);
        }
        var earlier = (await ApplicationQueries.LoadAsync(db, reusable.Id, tracked: false))!;
        var earlierCategory = earlier.CategoryId is { } ec
            ? await db.Set<EditionCategory>().AsNoTracking().Where(c => c.Id == ec).Select(c => c.Name).SingleOrDefaultAsync()
            : null;
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        var sameCategory = edition.Categories.FirstOrDefault(c => c.Name == earlierCategory)?.Id;
        a.CopyFrom(earlier, sameCategory, Now);

        var copied = new List<string>();
        foreach (var file in earlier.Attachments.OrderBy(f => f.UploadedAt))
        {
            if (a.Attachments.Count >= Application.MaxAttachments || a.Attachments.Any(f => f.FileName == file.FileName)) continue;
            var storedName = StoredNames.New("pdf");
            if (!await files.CopyAsync(file.StoredName, storedName)) continue;
            copied.Add(storedName);
            a.Attach(file.FileName, storedName, file.SizeBytes, Now);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            foreach (var name in copied) await files.DeleteAsync(name);
            throw;
        }
        TempData.Flash(l["Copied from \"{0}\" ({1}): read each step and change what is different this time.", reusable.ProjectName, reusable.EditionName]);
        return RedirectToStep(id, ApplicationSteps.Project);
    }

    // Step 2: the plan.

    [HttpGet("applications/{id:guid}/edit/2")]
    public async Task<IActionResult> Plan(Guid id)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        var a = application!;
        return await PlanViewAsync(a, new PlanForm
        {
            Version = a.Version, NeedAnalysis = a.NeedAnalysis, Goals = a.Goals, Activities = a.Activities, Beneficiaries = a.Beneficiaries,
            BeneficiaryCount = a.BeneficiaryCount?.ToString(System.Globalization.CultureInfo.InvariantCulture), Team = a.Team, Risks = a.Risks,
        });
    }

    [HttpPost("applications/{id:guid}/edit/2")]
    public async Task<IActionResult> Plan(Guid id, [Bind(Prefix = FormPrefix)] PlanForm form, [FromServices] IValidator<PlanForm> validator)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return await PlanViewAsync(a, form);
        return await SaveStepAsync(a, form.Version, form.Then, ApplicationSteps.Plan,
            () => a.DescribePlan(form.NeedAnalysis ?? "", form.Goals ?? "", form.Activities ?? "", form.Beneficiaries ?? "",
                PlanFormValidator.PlanCount(form.BeneficiaryCount), form.Team ?? "", form.Risks ?? "", Now),
            () => PlanViewAsync(a, form));
    }

    // Step 3: the budget.

    [HttpGet("applications/{id:guid}/edit/3")]
    public async Task<IActionResult> Budget(Guid id, int rows = BudgetPage.BlankRows)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        var a = application!;
        var form = new BudgetForm
        {
            Version = a.Version,
            Lines = a.Budget.OrderBy(b => b.Order).Select(b => new BudgetRow
            {
                Subject = b.Subject, Description = b.Description, UnitPrice = BudgetInput.Text(b.UnitPrice),
                Quantity = b.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), Source = b.Source,
            }).ToList(),
        };
        for (var i = 0; i < Math.Clamp(rows, 1, 20); i++) form.Lines.Add(new BudgetRow());
        return await BudgetViewAsync(a, form);
    }

    [HttpPost("applications/{id:guid}/edit/3")]
    public async Task<IActionResult> Budget(Guid id, [Bind(Prefix = FormPrefix)] BudgetForm form, [FromServices] IValidator<BudgetForm> validator)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return await BudgetViewAsync(a, form);
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        var lines = form.Lines.Where(r => r.Counts).Select(r => (r.Subject!, r.Description ?? "", BudgetInput.Yuan(r.UnitPrice)!.Value,
            BudgetInput.Quantity(r.Quantity)!.Value, r.Source!.Value)).ToList();
        return await SaveStepAsync(a, form.Version, form.Then == StepActions.MoreRows ? StepActions.Stay : form.Then, ApplicationSteps.Budget,
            () =>
            {
                a.SetBudget(lines, Now);
                // "Save and continue" needs the edition's money rules kept; a saved draft may still be over the cap.
                if (form.Then is not (StepActions.Stay or StepActions.MoreRows)) BudgetTotals.Of(a.Budget).Check(edition);
            },
            () => BudgetViewAsync(a, form),
            stayQuery: form.Then == StepActions.MoreRows ? $"?rows={BudgetPage.BlankRows * 2}" : "");
    }

    // Step 4: attachments.

    [HttpGet("applications/{id:guid}/edit/4")]
    public async Task<IActionResult> Attachments(Guid id)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        return await AttachmentsViewAsync(application!);
    }

    /// <summary>
    /// A PDF of at most 10 MB, checked by its content (a renamed file is refused), stored under a generated name outside
    /// the web root. The limit on the request is a little above the file limit so that a too-large file gets a message.
    /// </summary>
    [HttpPost("applications/{id:guid}/attachments")]
    [RequestSizeLimit(ApplicationAttachment.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ApplicationAttachment.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(Guid id, IFormFile? file, [FromServices] IFileStore files)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Choose a PDF file to upload."]);
            return await AttachmentsViewAsync(a);
        }
        if (file.Length > ApplicationAttachment.MaxBytes)
        {
            ModelState.AddModelError("file", l["The file is larger than 10 MB: attach a smaller PDF (scan at a lower resolution or split it)."]);
            return await AttachmentsViewAsync(a);
        }
        await using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content);
        if (!ApplicationAttachment.LooksLikePdf(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, 8))))
        {
            ModelState.AddModelError("file", l["This file is not a PDF, whatever its name says. Save or export the document as PDF and attach that."]);
            return await AttachmentsViewAsync(a);
        }

        var storedName = StoredNames.New("pdf");
        content.Position = 0;
        await files.SaveAsync(storedName, content);
        try
        {
            a.Attach(file.FileName, storedName, content.Length, Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            await files.DeleteAsync(storedName);
            ModelState.AddDomainError(ex, l);
            return await AttachmentsViewAsync(a);
        }
        catch
        {
            await files.DeleteAsync(storedName);
            throw;
        }
        TempData.Flash(l["{0} is attached.", Path.GetFileName(file.FileName)]);
        return RedirectToStep(id, ApplicationSteps.Attachments);
    }

    [HttpPost("applications/{id:guid}/attachments/{attachmentId:guid}/delete")]
    public async Task<IActionResult> DeleteAttachment(Guid id, Guid attachmentId, [FromServices] IFileStore files)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var removed = application!.Detach(attachmentId, Now);
        await db.SaveChangesAsync();
        await files.DeleteAsync(removed.StoredName);
        TempData.Flash(l["{0} is removed.", removed.FileName]);
        return RedirectToStep(id, ApplicationSteps.Attachments);
    }

    /// <summary>Only for those who may see the application; anyone else gets a 404, not even the file's existence.</summary>
    [HttpGet("applications/{id:guid}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid attachmentId, [FromServices] IFileStore files)
    {
        var owner = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.OrganizationId }).SingleOrDefaultAsync();
        if (owner is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, new ApplicationResource(id, owner.OrganizationId), Operations.View)).Succeeded)
            return NotFound();
        var attachment = await db.Applications.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Attachments)
            .Where(f => f.Id == attachmentId).Select(f => new { f.FileName, f.StoredName }).SingleOrDefaultAsync();
        if (attachment is null) return NotFound();
        var stream = await files.OpenReadAsync(attachment.StoredName);
        if (stream is null) return NotFound();
        return File(stream, "application/pdf", attachment.FileName);
    }

    // Step 5: review and submit.

    [HttpGet("applications/{id:guid}/edit/5")]
    public async Task<IActionResult> Review(Guid id)
    {
        var (application, refusal) = await EditableAsync(id, tracked: false);
        if (refusal is not null) return refusal;
        return View(await ReviewPageAsync(application!));
    }

    /// <summary>Before the deadline by the server's clock; the receipt e-mail is saved with the submission.</summary>
    [HttpPost("applications/{id:guid}/submit")]
    public async Task<IActionResult> Submit(Guid id, long version, [FromServices] MailComposer mail)
    {
        var (application, refusal) = await EditableAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        var a = application!;
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        db.Entry(a).Property(x => x.Version).OriginalValue = version;
        try
        {
            a.Submit(edition, Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return RedirectToStep(id, ApplicationSteps.Review);
        }
        var person = await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => new { u.Email, u.DisplayName }).SingleAsync();
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == a.OrganizationId).Select(o => o.Name).SingleAsync();
        var link = Url.Action(nameof(Details), "Applications", new { id }, Request.Scheme)!;
        var totals = BudgetTotals.Of(a.Budget);
        db.OutboxMessages.Add(mail.Compose(person.Email!, person.DisplayName, l["Application received: {0}", a.ProjectName],
        [
            l["{0} submitted the application \"{1}\" to {2} on {3} (China time).", organization, a.ProjectName, edition.Name, Now.ToChinaString()],
            l["Fiscal funds requested: {0}; matching funds: {1}.", totals.Fiscal, totals.Matching],
            l["Next, the bureau checks eligibility. You will read the result on the application's page; until the end of {0} you can still withdraw it.", edition.ClosesOn.ToString("yyyy-MM-dd")],
        ], (l["View the application"], link), deduplicationKey: $"application-received:{id}"));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.FlashError(l["Someone else changed this application meanwhile. Read it again below, then submit."]);
            return RedirectToStep(id, ApplicationSteps.Review);
        }
        TempData.Flash(l["Your application is submitted. A receipt has been sent to {0}.", person.Email!]);
        return RedirectToDetails(id);
    }

    [HttpPost("applications/{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id)
    {
        var application = await ApplicationQueries.LoadAsync(db, id, tracked: true);
        if (application is null) return NotFound();
        if (!await AllowedAsync(application, Operations.Edit)) return Forbid();
        var edition = await ApplicationQueries.EditionAsync(db, application.EditionId);
        application.Withdraw(edition, Now);
        await db.SaveChangesAsync();
        TempData.Flash(l["The application is withdrawn. While the edition is open, your organization can start a new one."]);
        return RedirectToAction(nameof(Index));
    }

    // Helpers.

    private async Task<bool> AllowedAsync(Application application, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, new ApplicationResource(application.Id, application.OrganizationId), operation)).Succeeded;

    /// <summary>The draft, if this person may edit it; a submitted application goes to its read-only page.</summary>
    private async Task<(Application? Application, IActionResult? Refusal)> EditableAsync(Guid id, bool tracked)
    {
        var application = await ApplicationQueries.LoadAsync(db, id, tracked);
        if (application is null) return (null, NotFound());
        if (!await AllowedAsync(application, Operations.Edit)) return (null, Forbid());
        if (!application.IsEditable)
        {
            TempData.FlashError(l["This application has been submitted and can no longer be changed."]);
            return (null, RedirectToDetails(id));
        }
        return (application, null);
    }

    /// <summary>
    /// Saves a step against the version the person saw: a rule's refusal or someone else's save meanwhile shows the form
    /// again with everything typed; otherwise on to the next step, or back to this one with "saved".
    /// </summary>
    private async Task<IActionResult> SaveStepAsync(Application application, long version, string? then, int step, Action change,
        Func<Task<IActionResult>> again, string stayQuery = "")
    {
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        try
        {
            change();
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await again();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Someone else saved this application while you were editing it. Your input is still below: copy what you need, reload the page to see their changes, and save again."]);
            return await again();
        }
        if (then == StepActions.Stay)
        {
            TempData.Flash(l["The draft is saved."]);
            return Redirect($"/applications/{application.Id}/edit/{step}{stayQuery}");
        }
        return RedirectToStep(application.Id, step + 1);
    }

    /// <summary>Field errors can be far down a long form: a line at the top says where to look.</summary>
    private void PointToFieldErrors()
    {
        if (ModelState.ErrorCount > 0 && !(ModelState.TryGetValue("", out var general) && general.Errors.Count > 0))
            ModelState.AddModelError("", l["Some fields need correcting: see the messages beside them. Nothing you typed is lost."]);
    }

    private RedirectResult RedirectToStep(Guid id, int step) => Redirect($"/applications/{id}/edit/{step}");

    private RedirectResult RedirectToDetails(Guid id) => Redirect($"/applications/{id}");

    private async Task<IActionResult> ProjectViewAsync(Application a, ProjectForm form)
    {
        PointToFieldErrors();
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        return View(nameof(Project), new ProjectPage
        {
            Header = ApplicationQueries.Header(a, edition, ApplicationSteps.Project),
            Form = form,
            Categories = edition.Categories.OrderBy(c => c.Id).Select(c => new CategoryChoice(c.Id, c.Name)).ToList(),
            Reusable = await ApplicationQueries.ReusableAsync(db, a.OrganizationId, a.Id),
        });
    }

    private async Task<IActionResult> PlanViewAsync(Application a, PlanForm form)
    {
        PointToFieldErrors();
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        return View(nameof(Plan), new PlanPage { Header = ApplicationQueries.Header(a, edition, ApplicationSteps.Plan), Form = form });
    }

    private async Task<IActionResult> BudgetViewAsync(Application a, BudgetForm form)
    {
        PointToFieldErrors();
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        if (form.Lines.Count(r => r.IsBlank) == 0) form.Lines.Add(new BudgetRow());
        return View(nameof(Budget), new BudgetPage
        {
            Header = ApplicationQueries.Header(a, edition, ApplicationSteps.Budget),
            Form = form,
            PerProjectCap = edition.PerProjectCap,
            MinMatchingPercent = edition.MinMatchingPercent,
        });
    }

    private async Task<IActionResult> AttachmentsViewAsync(Application a)
    {
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        return View(nameof(Attachments), new AttachmentsPage
        {
            Header = ApplicationQueries.Header(a, edition, ApplicationSteps.Attachments),
            Attachments = a.Attachments.OrderBy(f => f.UploadedAt).Select(f => new AttachmentRow(f.Id, f.FileName, f.SizeBytes, f.UploadedAt)).ToList(),
        });
    }

    private async Task<ReviewPage> ReviewPageAsync(Application a)
    {
        var edition = await ApplicationQueries.EditionAsync(db, a.EditionId);
        var view = await ApplicationQueries.ViewAsync(db, a, edition);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == a.OrganizationId);
        var residencies = await db.Residencies.AsNoTracking().Where(r => r.OrganizationId == a.OrganizationId).Select(r => r.Status).ToListAsync();
        string? budgetProblem = null;
        if (a.Budget.Count > 0)
        {
            try
            {
                view.Totals.Check(edition);
            }
            catch (DomainException ex)
            {
                budgetProblem = ex.Localize(l);
            }
        }
        return new ReviewPage
        {
            Header = ApplicationQueries.Header(a, edition, ApplicationSteps.Review),
            Application = view,
            Missing = a.MissingForSubmission().Select(m => new MissingPart(m, ApplicationSteps.Of(m))).ToList(),
            Eligibility = Eligibility.Check(edition, organization, residencies, ChinaTime.Today(clock)),
            BudgetProblem = budgetProblem,
        };
    }
}
