using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Reports;

/// <summary>
/// Progress reports of funded projects (项目报告). The organization's members write each report as a draft (progress,
/// activities, beneficiaries, spending per budget line, photos and PDFs) and submit it; the program officer accepts it
/// or returns it for revision with a comment, excuses a late one, and adds milestone reports to a project. Every action
/// loads the report's project first and asks <see cref="GrantAuthorizationHandler"/>: View to read, Confirm (a member of
/// the organization) to write, Manage (a program officer) to review.
/// </summary>
[Authorize]
public sealed class ReportsController(
    GrantHubDbContext db,
    UserScope scope,
    IAuthorizationService auth,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    private const string FormPrefix = "Form";
    internal const string RefusedMilestoneKey = "reports-milestone-refused";

    /// <summary>Ten files of 10 MB and the form's text: a set the rules allow is never cut off by the request limit.</summary>
    private const long MaxRequestBytes = ReportAttachment.MaxPerReport * ReportAttachment.MaxBytes + 1024 * 1024;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => ChinaTime.Today(clock);
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // ================================================================ the organization's side

    [HttpGet("organization/reports")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Mine()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return View("NoOrganization");
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync();
        var rows = await ReportQueries.Rows(db).Where(r => r.OrganizationId == organizationId).Owed()
            .OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ThenBy(r => r.Number).ToListAsync();
        var today = Today;
        var soon = today.AddDays(OrganizationReportsPage.SoonDays);
        var pending = rows.Where(r => r.Status == ReportStatus.Pending).ToList();
        return View(new OrganizationReportsPage
        {
            Organization = name,
            Today = today,
            Returned = rows.Where(r => r.Status == ReportStatus.Returned).ToList(),
            Overdue = pending.Where(r => r.DueOn < today).ToList(),
            DueSoon = pending.Where(r => r.DueOn >= today && r.DueOn <= soon).ToList(),
            Later = pending.Where(r => r.DueOn > soon).ToList(),
            Submitted = rows.Where(r => r.Status == ReportStatus.Submitted).OrderByDescending(r => r.SubmittedAt).ToList(),
            Accepted = rows.Where(r => r.Status == ReportStatus.Accepted).OrderByDescending(r => r.DueOn).ToList(),
        });
    }

    /// <summary>
    /// The report: its form for a member of the organization while it may change, otherwise read-only (with the review
    /// forms for the program officer).
    /// </summary>
    [HttpGet("reports/{id:guid}")]
    public async Task<IActionResult> Report(Guid id)
    {
        if (await ReportQueries.ReportAsync(db, id) is not { } found) return NotFound();
        if (!await MayAsync(found.Project, Operations.View)) return Forbid();
        if (found.Row.Status is ReportStatus.Pending or ReportStatus.Returned && await MayAsync(found.Project, Operations.Confirm))
        {
            var report = await db.ProjectReports.AsNoTracking().Include(r => r.Spending).SingleAsync(r => r.Id == id);
            return await FormViewAsync(found, FormOf(report, await PrefilledSpendingAsync(report)));
        }
        return await ReadViewAsync(found);
    }

    /// <summary>Save draft or Submit: the text, the spending and any files chosen, in one go.</summary>
    [HttpPost("reports/{id:guid}")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Save(Guid id, [Bind(Prefix = FormPrefix)] ReportForm form, [FromServices] IValidator<ReportForm> validator,
        [FromServices] IFileStore files, [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (found, report, refusal) = await EditableAsync(id);
        if (refusal is not null) return refusal;
        var plan = await ReportQueries.PlanAsync(db, id, report!.GrantId);
        if (form.Version != report.Version) return await ChangedMeanwhileAsync(found!.Value, report, form);
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return await FormViewAsync(found!.Value, form);

        var uploads = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList() : [];
        var checkedUploads = await CheckUploadsAsync(uploads, report.Attachments.Count);
        if (checkedUploads is null) return await FormViewAsync(found!.Value, form);

        var stored = new List<string>();
        var submit = form.Then == ReportActions.Submit;
        IReadOnlyList<string> missing = [];
        try
        {
            report.SaveDraft(form.Narrative ?? "", form.Activities ?? "", ReportFormValidator.Count(form.Beneficiaries), Spending(plan, form), Now);
            foreach (var (file, content) in checkedUploads)
            {
                var name = StoredNames.New(content.Extension);
                await using (var stream = file.OpenReadStream()) await files.SaveAsync(name, stream);
                stored.Add(name);
                report.Attach(Path.GetFileName(file.FileName).Trim() is { Length: > 0 } n ? n : $"attachment.{content.Extension}",
                    name, content.ContentType, file.Length, Now);
            }
            if (submit)
            {
                missing = report.MissingForSubmission();
                if (missing.Count == 0)
                {
                    report.Submit(UserId, Now);
                    await new ReportMessages(db, mail, notifier, l, BaseUrl).SubmittedAsync(report, found!.Value.Project);
                }
            }
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            await DeleteAsync(files, stored);
            ModelState.AddDomainError(ex, l);
            return await FormViewAsync(found!.Value, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DeleteAsync(files, stored);
            db.ChangeTracker.Clear();
            var now = await db.ProjectReports.AsNoTracking().Include(r => r.Attachments).SingleAsync(r => r.Id == id);
            return await ChangedMeanwhileAsync(found!.Value, now, form);
        }
        catch
        {
            await DeleteAsync(files, stored);
            throw;
        }

        if (submit && missing.Count > 0)
        {
            // The draft is kept; the page lists what a submission still needs, beside the fields.
            ModelState.Clear();
            foreach (var part in missing)
                ModelState.AddModelError($"{FormPrefix}.{FieldOf(part)}", l["{0} is needed before submitting.", l[part]]);
            form.Version = report.Version;
            var (row, project) = (await ReportQueries.ReportAsync(db, id))!.Value;
            return await FormViewAsync((row, project), form, missing.Select(m => l[m].Value).ToList(), draftSaved: true);
        }
        if (submit)
        {
            TempData.Flash(l["The report is submitted. The program officer is told and will accept it or return it with comments."]);
            return Redirect("/organization/reports");
        }
        TempData.Flash(checkedUploads.Count > 0
            ? l["The draft is saved with {0} new attachment(s).", checkedUploads.Count]
            : l["The draft is saved. Submit it when it is complete."]);
        return Redirect($"/reports/{id}");
    }

    /// <summary>Removes an attachment; the text on the form is saved with it, so nothing typed is lost.</summary>
    [HttpPost("reports/{id:guid}/attachments/{attachmentId:guid}/delete")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> RemoveAttachment(Guid id, Guid attachmentId, [Bind(Prefix = FormPrefix)] ReportForm form,
        [FromServices] IValidator<ReportForm> validator, [FromServices] IFileStore files)
    {
        var (found, report, refusal) = await EditableAsync(id);
        if (refusal is not null) return refusal;
        var plan = await ReportQueries.PlanAsync(db, id, report!.GrantId);
        if (form.Version != report.Version) return await ChangedMeanwhileAsync(found!.Value, report, form);
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return await FormViewAsync(found!.Value, form);
        ReportAttachment removed;
        try
        {
            report.SaveDraft(form.Narrative ?? "", form.Activities ?? "", ReportFormValidator.Count(form.Beneficiaries), Spending(plan, form), Now);
            removed = report.Detach(attachmentId);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await FormViewAsync(found!.Value, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.ProjectReports.AsNoTracking().Include(r => r.Attachments).SingleAsync(r => r.Id == id);
            return await ChangedMeanwhileAsync(found!.Value, now, form);
        }
        await files.DeleteAsync(removed.StoredName);
        TempData.Flash(l["{0} is removed.", removed.FileName]);
        return Redirect($"/reports/{id}#attachments");
    }

    /// <summary>Only for those who may see the report; anyone else gets a 404, not even the file's existence.</summary>
    [HttpGet("reports/{id:guid}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid attachmentId, [FromServices] IFileStore files)
    {
        var owner = await (from r in db.ProjectReports.AsNoTracking()
                           join g in db.Grants on r.GrantId equals g.Id
                           where r.Id == id
                           select new { g.Id, g.OrganizationId }).SingleOrDefaultAsync();
        if (owner is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, new GrantResource(owner.Id, owner.OrganizationId), Operations.View)).Succeeded) return NotFound();
        var attachment = await db.ProjectReports.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Attachments)
            .Where(a => a.Id == attachmentId).Select(a => new { a.FileName, a.StoredName, a.ContentType }).SingleOrDefaultAsync();
        if (attachment is null) return NotFound();
        var stream = await files.OpenReadAsync(attachment.StoredName);
        if (stream is null) return NotFound();
        return File(stream, ReportFileContent.Of(attachment.ContentType).ContentType, attachment.FileName);
    }

    // ================================================================ the officer's side

    [HttpGet("reports")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Queue(string? show, Guid? edition, int? page)
    {
        var filter = QueueFilters.Normalize(show);
        var today = Today;
        var all = ReportQueries.Rows(db).Owed();
        if (edition is { } e) all = all.Where(r => r.EditionId == e);
        var rows = filter switch
        {
            QueueFilters.Submitted => all.Where(r => r.Status == ReportStatus.Submitted).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id),
            QueueFilters.Overdue => all.Where(r => r.Status == ReportStatus.Pending && r.DueOn < today).OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            QueueFilters.Late => all.Where(r => r.FirstSubmittedAt != null && DateOnly.FromDateTime(r.FirstSubmittedAt.Value.AddHours(Dashboards.DashboardQueries.ChinaUtcOffsetHours)) > r.DueOn)
                .OrderByDescending(r => r.DueOn).ThenBy(r => r.Id),
            QueueFilters.Returned => all.Where(r => r.Status == ReportStatus.Returned).OrderByDescending(r => r.ReviewedAt).ThenBy(r => r.Id),
            QueueFilters.Accepted => all.Where(r => r.Status == ReportStatus.Accepted).OrderByDescending(r => r.ReviewedAt).ThenBy(r => r.Id),
            QueueFilters.Upcoming => all.Where(r => r.Status == ReportStatus.Pending && r.DueOn >= today).OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            QueueFilters.All => all.OrderByDescending(r => r.DueOn).ThenBy(r => r.Id),
            _ => all.Where(r => r.Status == ReportStatus.Submitted || (r.Status == ReportStatus.Pending && r.DueOn < today))
                .OrderBy(r => r.Status == ReportStatus.Submitted ? 0 : 1).ThenBy(r => r.DueOn).ThenBy(r => r.Id),
        };
        var editions = await db.Editions.AsNoTracking()
            .Where(x => db.Grants.Any(g => g.EditionId == x.Id && g.Kind == GrantKind.Funding))
            .OrderByDescending(x => x.Year).ThenBy(x => x.Name).Select(x => new EditionOption(x.Id, x.Name)).ToListAsync();
        return View(new ReviewQueuePage
        {
            Rows = await ReportQueries.PageAsync(rows, page),
            Show = filter,
            EditionId = edition,
            Editions = editions,
            Today = today,
            AwaitingReview = await all.CountAsync(r => r.Status == ReportStatus.Submitted),
            OverdueCount = await all.CountAsync(r => r.Status == ReportStatus.Pending && r.DueOn < today),
        });
    }

    [HttpPost("reports/{id:guid}/accept")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Accept(Guid id, [Bind(Prefix = nameof(ReportViewPage.Accept))] AcceptForm form,
        [FromServices] IValidator<AcceptForm> validator, [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (found, report, refusal) = await ReviewableAsync(id, form.Version);
        if (refusal is not null) return refusal;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, nameof(ReportViewPage.Accept)))
            return await ReadViewAsync(found!.Value, p => p.Accept = form);
        try
        {
            report!.Accept(UserId, form.Comment, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await ReadViewAsync(found!.Value, p => p.Accept = form);
        }
        await new ReportMessages(db, mail, notifier, l, BaseUrl).AcceptedAsync(report, found!.Value.Project);
        if (!await SavedAsync()) return await ReviewChangedAsync(id);
        TempData.Flash(l["The report is accepted. The organization is told."]);
        return Redirect("/reports");
    }

    [HttpPost("reports/{id:guid}/return")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Return(Guid id, [Bind(Prefix = nameof(ReportViewPage.Return))] ReturnForm form,
        [FromServices] IValidator<ReturnForm> validator, [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (found, report, refusal) = await ReviewableAsync(id, form.Version);
        if (refusal is not null) return refusal;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, nameof(ReportViewPage.Return)))
            return await ReadViewAsync(found!.Value, p => p.Return = form);
        try
        {
            report!.Return(UserId, form.Comment ?? "", Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await ReadViewAsync(found!.Value, p => p.Return = form);
        }
        await new ReportMessages(db, mail, notifier, l, BaseUrl).ReturnedAsync(report, found!.Value.Project);
        if (!await SavedAsync()) return await ReviewChangedAsync(id);
        TempData.Flash(l["The report is returned for revision. The organization is told, with your comment."]);
        return Redirect("/reports");
    }

    /// <summary>Excuses a late report: a late mid-term report then no longer counts as a failed mid-term.</summary>
    [HttpPost("reports/{id:guid}/excuse")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Excuse(Guid id, [Bind(Prefix = nameof(ReportViewPage.Excuse))] ExcuseForm form,
        [FromServices] IValidator<ExcuseForm> validator)
    {
        var (found, report, refusal) = await ReviewableAsync(id, form.Version);
        if (refusal is not null) return refusal;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, nameof(ReportViewPage.Excuse)))
            return await ReadViewAsync(found!.Value, p => p.Excuse = form);
        try
        {
            report!.Excuse(UserId, form.Reason ?? "", Today, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await ReadViewAsync(found!.Value, p => p.Excuse = form);
        }
        if (!await SavedAsync()) return await ReviewChangedAsync(id);
        TempData.Flash(l["The delay is excused."]);
        return Redirect($"/reports/{id}");
    }

    /// <summary>The reports of one project, with the officer's form to add a milestone report.</summary>
    [HttpGet("grants/{id:guid}/reports")]
    public async Task<IActionResult> Project(Guid id)
    {
        if (await ReportQueries.ProjectAsync(db, id) is not { } project) return NotFound();
        if (!await MayAsync(project, Operations.View)) return Forbid();
        return View(new ProjectReportsPage { Project = project });
    }

    [HttpPost("grants/{id:guid}/milestones")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> AddMilestone(Guid id, MilestoneForm form, [FromServices] IValidator<MilestoneForm> validator,
        [FromServices] Notifier notifier)
    {
        var grant = await db.Grants.AsNoTracking().Where(g => g.Id == id).Select(g => new { g.Id, g.OrganizationId, g.Kind, g.Status }).SingleOrDefaultAsync();
        if (grant is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, new GrantResource(grant.Id, grant.OrganizationId), Operations.Manage)).Succeeded) return Forbid();
        var back = Back(id, form.ReturnUrl);
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid)
            return RefusedMilestone(id, form, validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToList()), back);
        if (grant.Kind != GrantKind.Funding || grant.Status != GrantStatus.InProgress)
            return RefusedMilestone(id, form, new() { [""] = [l["Milestone reports are added to a funded project under way: once its agreement is confirmed and until it ends."].Value] }, back);

        var number = (await db.ProjectReports.Where(r => r.GrantId == id && r.Kind == ReportKind.Milestone)
            .Select(r => (int?)r.Number).MaxAsync() ?? 0) + 1;
        ProjectReport milestone;
        try
        {
            milestone = ProjectReport.Milestone(id, form.Title ?? "", MilestoneForm.ParseDate(form.DueOn)!.Value, number, Today);
        }
        catch (DomainException ex)
        {
            return RefusedMilestone(id, form, new() { [""] = [ex.Localize(l)] }, back);
        }
        db.ProjectReports.Add(milestone);
        var project = (await ReportQueries.ProjectAsync(db, id))!;
        var members = (await notifier.MembersOfAsync([grant.OrganizationId]))[grant.OrganizationId];
        var due = milestone.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        notifier.Notify(members, l["The program officer added a report to \"{0}\": \"{1}\", due {2}."].Name,
            [project.Project, milestone.Title, due], $"/reports/{milestone.Id}", null);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another milestone took the same number at the same moment: nothing was added; the officer adds it again.
            return RefusedMilestone(id, form, new() { [""] = [l["Someone else changed this record. Reload the page and try again."].Value] }, back);
        }
        TempData.Flash(l["The milestone report \"{0}\" due {1} is added. The organization is told.", milestone.Title, due]);
        return Redirect(back);
    }

    // ================================================================ the edition's reporting rules

    [HttpGet("editions/{id:guid}/reporting")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Rules(Guid id)
    {
        var rules = await db.ReportingRules.AsNoTracking().SingleOrDefaultAsync(r => r.EditionId == id);
        var current = rules ?? ReportingRules.Defaults(id);
        var form = new ReportingRulesForm
        {
            MonthlyReports = current.MonthlyReports,
            MidtermAfterMonths = current.MidtermAfterMonths.ToString(CultureInfo.InvariantCulture),
            FinalAfterMonths = current.FinalAfterMonths.ToString(CultureInfo.InvariantCulture),
            PassMark = current.PassMark.ToString(CultureInfo.InvariantCulture),
            Loaded = ReportingRulesForm.Stamp(current),
        };
        return await RulesViewAsync(id, form, rules is null);
    }

    [HttpPost("editions/{id:guid}/reporting")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> SaveRules(Guid id, [Bind(Prefix = FormPrefix)] ReportingRulesForm form,
        [FromServices] IValidator<ReportingRulesForm> validator)
    {
        if (!await db.Editions.AnyAsync(e => e.Id == id)) return NotFound();
        var rules = await db.ReportingRules.SingleOrDefaultAsync(r => r.EditionId == id);
        var current = rules ?? ReportingRules.Defaults(id);
        if (form.Loaded != ReportingRulesForm.Stamp(current))
        {
            ModelState.AddModelError("", l["These rules were changed by someone else since you opened the page: they now read {0}. Your entries are kept below; check them and save again.",
                Describe(current)]);
            form.Loaded = ReportingRulesForm.Stamp(current);
            ModelState.Remove($"{FormPrefix}.{nameof(ReportingRulesForm.Loaded)}");
            return await RulesViewAsync(id, form, rules is null);
        }
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return await RulesViewAsync(id, form, rules is null);
        try
        {
            current.Set(form.MonthlyReports, ReportingRulesForm.Whole(form.MidtermAfterMonths)!.Value,
                ReportingRulesForm.Whole(form.FinalAfterMonths)!.Value, ReportingRulesForm.Whole(form.PassMark)!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await RulesViewAsync(id, form, rules is null);
        }
        if (rules is null) db.ReportingRules.Add(current);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another officer saved the edition's first rules at the same moment.
            ModelState.AddModelError("", l["Someone else changed this record. Reload the page and try again."]);
            return await RulesViewAsync(id, form, rules is null);
        }
        TempData.Flash(l["The reporting rules are saved. They apply to projects whose agreement is confirmed from now on."]);
        return Redirect($"/editions/{id}/reporting");
    }

    // ================================================================ helpers

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    private async Task<bool> MayAsync(ProjectFacts project, OperationAuthorizationRequirement operation) =>
        (await auth.AuthorizeAsync(User, new GrantResource(project.GrantId, project.OrganizationId), operation)).Succeeded;

    /// <summary>The report, tracked with its spending and attachments, when the signed-in member may still change it.</summary>
    private async Task<((ReportRow Row, ProjectFacts Project)? Found, ProjectReport? Report, IActionResult? Refusal)> EditableAsync(Guid id)
    {
        if (await ReportQueries.ReportAsync(db, id) is not { } found) return (null, null, NotFound());
        if (!await MayAsync(found.Project, Operations.View)) return (null, null, Forbid());
        if (!await MayAsync(found.Project, Operations.Confirm)) return (null, null, Forbid());
        var report = await db.ProjectReports.Include(r => r.Spending).Include(r => r.Attachments).SingleAsync(r => r.Id == id);
        if (!report.IsEditable)
        {
            TempData.FlashError(l["This report is submitted: it can no longer change."]);
            return (null, null, Redirect($"/reports/{id}"));
        }
        return (found, report, null);
    }

    /// <summary>The report, tracked, when the signed-in officer may review it and the page was drawn from its current version.</summary>
    private async Task<((ReportRow Row, ProjectFacts Project)? Found, ProjectReport? Report, IActionResult? Refusal)> ReviewableAsync(Guid id, long version)
    {
        if (await ReportQueries.ReportAsync(db, id) is not { } found) return (null, null, NotFound());
        if (!await MayAsync(found.Project, Operations.Manage)) return (null, null, Forbid());
        var report = await db.ProjectReports.SingleAsync(r => r.Id == id);
        if (version != report.Version) return (null, null, Changed(report.Status, id));
        return (found, report, null);
    }

    private IActionResult Changed(ReportStatus now, Guid id)
    {
        TempData.FlashError(l["This report changed since you opened the page: it is now {0}. Check it again.", l[EnumLabels.Of(now)]]);
        return Redirect($"/reports/{id}");
    }

    private async Task<IActionResult> ReviewChangedAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        var now = await db.ProjectReports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
        return Changed(now, id);
    }

    private async Task<bool> SavedAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Someone saved the report since the page was drawn: what was typed stays on the form, with the new version.</summary>
    private async Task<IActionResult> ChangedMeanwhileAsync((ReportRow Row, ProjectFacts Project) found, ProjectReport now, ReportForm form)
    {
        if (!now.IsEditable)
        {
            TempData.FlashError(l["This report changed since you opened the page: it is now {0}. Check it again.", l[EnumLabels.Of(now.Status)]]);
            return Redirect($"/reports/{now.Id}");
        }
        ModelState.Clear();
        ModelState.AddModelError("", l["Someone else saved this report since you opened it. What you typed is kept below: check it against theirs and save again."]);
        form.Version = now.Version;
        var (row, project) = (await ReportQueries.ReportAsync(db, now.Id))!.Value;
        return await FormViewAsync((row, project), form);
    }

    private async Task<IActionResult> FormViewAsync((ReportRow Row, ProjectFacts Project) found, ReportForm form,
        IReadOnlyList<string>? missing = null, bool draftSaved = false)
    {
        var plan = await ReportQueries.PlanAsync(db, found.Row.Id, found.Row.GrantId);
        while (form.Spending.Count < plan.Count) form.Spending.Add(new SpendingInput());
        if (draftSaved) ViewData["DraftSaved"] = true;
        return View("Form", new ReportFormPage
        {
            Header = await HeaderAsync(found),
            Form = form,
            Plan = plan,
            Attachments = await ReportQueries.AttachmentsAsync(db, found.Row.Id),
            Missing = missing ?? [],
        });
    }

    private async Task<IActionResult> ReadViewAsync((ReportRow Row, ProjectFacts Project) found, Action<ReportViewPage>? typed = null)
    {
        var id = found.Row.Id;
        var report = await db.ProjectReports.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Narrative, r.Activities, r.BeneficiariesServed, r.Version, r.Status }).SingleAsync();
        var manage = await MayAsync(found.Project, Operations.Manage);
        var page = new ReportViewPage
        {
            Header = await HeaderAsync(found),
            Narrative = report.Narrative,
            Activities = report.Activities,
            Beneficiaries = report.BeneficiariesServed,
            Spending = await ReportQueries.SpendingAsync(db, id),
            Attachments = await ReportQueries.AttachmentsAsync(db, id),
            Version = report.Version,
            CanReview = manage && report.Status == ReportStatus.Submitted,
            CanExcuse = manage && found.Row.DaysLate(Today) > 0 && found.Row.ExcusedAt is null,
            IsMember = await MayAsync(found.Project, Operations.Confirm),
        };
        page.Accept.Version = page.Return.Version = page.Excuse.Version = report.Version;
        typed?.Invoke(page);
        page.Accept.Version = page.Return.Version = page.Excuse.Version = report.Version;
        return View("Read", page);
    }

    private async Task<ReportHeader> HeaderAsync((ReportRow Row, ProjectFacts Project) found)
    {
        var (submittedBy, reviewedBy, excusedBy) = await ReportQueries.PeopleAsync(db, found.Row.Id);
        return new ReportHeader
        {
            Report = found.Row,
            Project = found.Project,
            Today = Today,
            SubmittedBy = submittedBy,
            ReviewedBy = reviewedBy,
            ExcusedBy = excusedBy,
        };
    }

    private async Task<IActionResult> RulesViewAsync(Guid id, ReportingRulesForm form, bool isDefault)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).SingleOrDefaultAsync();
        if (edition is null) return NotFound();
        var scheduled = await db.Grants.AsNoTracking().CountAsync(g => g.EditionId == id && db.ProjectReports.Any(r => r.GrantId == g.Id));
        return View("Rules", new ReportingRulesPage
        {
            EditionId = id,
            Edition = edition,
            IsDefault = isDefault,
            ScheduledProjects = scheduled,
            Form = form,
        });
    }

    private string Describe(ReportingRules r) =>
        (r.MonthlyReports ? l["monthly reports"] : l["no monthly reports"]) + " · "
        + l["mid-term after {0} months", r.MidtermAfterMonths] + " · "
        + l["final after {0} months", r.FinalAfterMonths] + " · "
        + l["pass mark {0}", r.PassMark];

    /// <summary>The form as the report was saved; the spent boxes from its own figures or the project's latest ones.</summary>
    private static ReportForm FormOf(ProjectReport report, IReadOnlyList<SpendingRow> spending) => new()
    {
        Version = report.Version,
        Narrative = report.Narrative,
        Activities = report.Activities,
        Beneficiaries = report.BeneficiariesServed?.ToString(CultureInfo.InvariantCulture),
        Spending = spending.Select(s => new SpendingInput { Spent = SpendingInput.Text(s.Spent) }).ToList(),
    };

    /// <summary>
    /// The figures the spent boxes start from: the report's own, or else the latest the project reported for the same
    /// budget lines (spending is reported to date), or else nothing.
    /// </summary>
    private async Task<IReadOnlyList<SpendingRow>> PrefilledSpendingAsync(ProjectReport report)
    {
        if (report.Spending.Count > 0)
            return report.Spending.OrderBy(s => s.Line).Select(s => new SpendingRow(s.Subject, s.Planned, s.Spent)).ToList();
        var plan = await ReportQueries.BudgetAsync(db, report.GrantId);
        var earlier = await ReportQueries.EarlierSpendingAsync(db, report.GrantId, report.Id, report.DueOn);
        var sameLines = earlier.Count == plan.Count && earlier.Zip(plan).All(p => p.First.Subject == p.Second.Subject);
        return plan.Select((p, i) => new SpendingRow(p.Subject, p.Planned, sameLines ? earlier[i].Spent : Money.Zero)).ToList();
    }

    /// <summary>The spending to save: the plan's subjects and amounts (never what the browser sent) with the amounts spent typed.</summary>
    private static IEnumerable<(string Subject, Money Planned, Money Spent)> Spending(IReadOnlyList<PlannedLine> plan, ReportForm form) =>
        plan.Select((p, i) => (p.Subject, p.Planned, SpendingInput.Parse(i < form.Spending.Count ? form.Spending[i].Spent : null) ?? Money.Zero));

    private static string FieldOf(string missingPart) => missingPart switch
    {
        "Progress" => nameof(ReportForm.Narrative),
        "Activities held" => nameof(ReportForm.Activities),
        "Beneficiaries served" => nameof(ReportForm.Beneficiaries),
        _ => "",
    };

    /// <summary>
    /// Each file a JPEG or PNG photo or a PDF by its content (a renamed file is refused), at most 10 MB, and no more
    /// than the report holds; null (with the reasons on the form) when any is refused, so nothing is half-saved.
    /// </summary>
    private async Task<List<(IFormFile File, ReportFileContent Content)>?> CheckUploadsAsync(List<IFormFile> uploads, int attached)
    {
        var accepted = new List<(IFormFile, ReportFileContent)>();
        const string field = FormPrefix + ".Files";
        foreach (var file in uploads)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length == 0)
            {
                ModelState.AddModelError(field, l["{0} is empty.", name]);
                continue;
            }
            if (file.Length > ReportAttachment.MaxBytes)
            {
                ModelState.AddModelError(field, l["{0} is larger than 10 MB: attach a smaller photo or PDF.", name]);
                continue;
            }
            var head = new byte[ReportFileContent.HeadLength];
            int read;
            await using (var stream = file.OpenReadStream()) read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
            if (ReportFileContent.Recognize(head.AsSpan(0, read)) is not { } content)
            {
                ModelState.AddModelError(field, l["{0} is not a photo (JPEG or PNG) or a PDF, whatever its name says.", name]);
                continue;
            }
            accepted.Add((file, content));
        }
        if (attached + uploads.Count > ReportAttachment.MaxPerReport)
            ModelState.AddModelError(field, l["A report holds at most {0} attachments.", ReportAttachment.MaxPerReport]);
        if (ModelState.IsValid) return accepted;
        ModelState.AddModelError("", l["Nothing was saved: some files could not be attached (see below). What you typed is kept; choose the files again."]);
        return null;
    }

    private static async Task DeleteAsync(IFileStore files, IEnumerable<string> stored)
    {
        foreach (var name in stored) await files.DeleteAsync(name);
    }

    /// <summary>The page the milestone form came from (a local path), or the project's reports; at the reports block.</summary>
    private string Back(Guid grantId, string? returnUrl)
    {
        var path = returnUrl is { Length: > 1 } r && r[0] == '/' && !r.Contains('#') && Url.IsLocalUrl(r) ? r : $"/grants/{grantId}/reports";
        return $"{path}#reports";
    }

    private IActionResult RefusedMilestone(Guid grantId, MilestoneForm form, Dictionary<string, List<string>> errors, string back)
    {
        TempData[RefusedMilestoneKey] = JsonSerializer.Serialize(new RefusedMilestone
        {
            GrantId = grantId,
            Title = form.Title,
            DueOn = form.DueOn,
            Errors = errors,
        });
        return Redirect(back);
    }
}
