using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.JudgeDesk;

/// <summary>
/// The judge's side of a competition (评审): the queue of assigned applications in both rounds (the written review and
/// the shortlist's 路演/答辩, each scored against its own rubric), the conflict-of-interest declaration that comes before
/// any content (once per application, whatever the round), the score sheet (save a draft, submit to lock), a conflict
/// found later (reported from the sheet: the sheet closes and its scores no longer count), and in blind review nothing
/// that identifies the organization. Every action loads the signed-in judge's own assignment first: anyone else's is a
/// 404. The officer reads an edition's sheets and reopens a submitted one with a reason.
/// </summary>
[Authorize]
public sealed class JudgeDeskController(GrantHubDbContext db, UserScope scope, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string FormPrefix = "Form";
    private const string DeclarationPrefix = "Declaration";
    private const string ReopenPrefix = "Reopen";
    private const string ReportPrefix = "Report";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("judging")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> Index() =>
        View(new JudgeQueuePage(await JudgeDeskQueries.QueueAsync(db, scope.UserId!), ChinaTime.Today(clock)));

    [HttpGet("judging/{id:guid}")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> Sheet(Guid id)
    {
        if (await JudgeDeskQueries.AssignmentAsync(db, id, scope.UserId!) is not { } assignment) return NotFound();
        var edition = await JudgeDeskQueries.EditionAsync(db, assignment.EditionId);
        var declaration = await JudgeDeskQueries.DeclarationAsync(db, assignment, tracked: false);
        var sheet = declaration is { AllowsJudging: true } ? await JudgeDeskQueries.SheetAsync(db, id, tracked: false) : null;
        return View(await JudgeDeskQueries.PageAsync(db, assignment, edition, declaration, sheet));
    }

    [HttpPost("judging/{id:guid}/declare")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> Declare(Guid id, [Bind(Prefix = DeclarationPrefix)] DeclarationForm form, [FromServices] IValidator<DeclarationForm> validator)
    {
        if (await JudgeDeskQueries.AssignmentAsync(db, id, scope.UserId!) is not { } assignment) return NotFound();
        var edition = await JudgeDeskQueries.EditionAsync(db, assignment.EditionId);
        if (await JudgeDeskQueries.DeclarationAsync(db, assignment, tracked: false) is not null)
        {
            TempData.FlashError(l["You have already declared on this application."]);
            return Redirect($"/judging/{id}");
        }
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, DeclarationPrefix) || !ModelState.IsValid)
            return View(nameof(Sheet), await JudgeDeskQueries.PageAsync(db, assignment, edition, null, null, declarationTyped: form));
        ConflictDeclaration declaration;
        try
        {
            declaration = form.Decision == DeclarationForm.None
                ? ConflictDeclaration.NoConflict(assignment.ApplicationId, assignment.JudgeUserId, Now)
                : ConflictDeclaration.Conflict(assignment.ApplicationId, assignment.JudgeUserId, form.Kind!.Value, form.Note ?? "", Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(nameof(Sheet), await JudgeDeskQueries.PageAsync(db, assignment, edition, null, null, declarationTyped: form));
        }
        db.ConflictDeclarations.Add(declaration);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two tabs or a double click: the unique index keeps the first declaration, which stands.
            if (!await db.ConflictDeclarations.AsNoTracking()
                    .AnyAsync(d => d.ApplicationId == assignment.ApplicationId && d.JudgeUserId == assignment.JudgeUserId)) throw;
            TempData.FlashError(l["You have already declared on this application."]);
            return Redirect($"/judging/{id}");
        }
        if (declaration.HasConflict)
        {
            TempData.Flash(l["Your conflict of interest is recorded: you will not see or score this application."]);
            return Redirect("/judging");
        }
        TempData.Flash(l["Thank you: the application is open for scoring."]);
        return Redirect($"/judging/{id}");
    }

    [HttpPost("judging/{id:guid}/sheet")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> Score(Guid id, [Bind(Prefix = FormPrefix)] ScoreSheetForm form, [FromServices] IValidator<ScoreSheetForm> validator)
    {
        if (await JudgeDeskQueries.AssignmentAsync(db, id, scope.UserId!) is not { } assignment) return NotFound();
        var declaration = await JudgeDeskQueries.DeclarationAsync(db, assignment, tracked: false);
        if (declaration is not { AllowsJudging: true })
        {
            TempData.FlashError(l[declaration is null
                ? "Declare whether you have a conflict of interest with this application before opening it."
                : "You declared a conflict of interest with this application: you cannot score it."]);
            return Redirect($"/judging/{id}");
        }
        var edition = await JudgeDeskQueries.EditionAsync(db, assignment.EditionId);
        var sheet = await JudgeDeskQueries.SheetAsync(db, id, tracked: true);
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid)
            return View(nameof(Sheet), await JudgeDeskQueries.PageAsync(db, assignment, edition, declaration, sheet, form));

        var saved = sheet;
        var rules = ScoringRules.Of(edition, assignment.Round);
        var entries = form.Rows.Where(r => rules.Criteria.Any(c => c.Id == r.CriterionId))
            .Select(r => new ScoreEntry(r.CriterionId, ScoreInput.Parse(r.Points), r.Comment)).ToList();
        try
        {
            if (sheet is null)
            {
                sheet = ScoreSheet.Start(assignment, declaration, Now);
                db.ScoreSheets.Add(sheet);
            }
            else
            {
                db.Entry(sheet).Property(s => s.Version).OriginalValue = form.Version;
            }
            sheet.Save(rules, entries, Now);
            if (form.Then == ScoreSheetForm.Submit) sheet.Submit(rules, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            // The status as stored: a sheet started by this refused request was never saved.
            return View(nameof(Sheet), await JudgeDeskQueries.PageAsync(db, assignment, edition, declaration, saved, form));
        }
        await db.SaveChangesAsync();
        if (sheet.IsLocked)
        {
            TempData.Flash(l["Your score sheet is submitted and locked. Thank you."]);
            return Redirect("/judging");
        }
        TempData.Flash(l["Your scores are saved as a draft: come back to finish and submit them by {0}.", edition.ReviewEndsOn.ToString("yyyy-MM-dd")]);
        return Redirect($"/judging/{id}");
    }

    /// <summary>
    /// A judge who declared no conflict finds one later: the declaration becomes a conflict (audited), the score sheet
    /// closes for them and what they scored, draft or submitted, no longer counts. The sheet is kept, not deleted: the
    /// record shows what a judge with a tie had entered, and if the officer lifts the conflict with a reason the work is
    /// not lost. The officer sees the judge set aside on the assignments page and gives the application another judge.
    /// </summary>
    [HttpPost("judging/{id:guid}/report-conflict")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> ReportConflict(Guid id, [Bind(Prefix = ReportPrefix)] ReportConflictForm form,
        [FromServices] IValidator<ReportConflictForm> validator)
    {
        if (await JudgeDeskQueries.AssignmentAsync(db, id, scope.UserId!) is not { } assignment) return NotFound();
        var declaration = await JudgeDeskQueries.DeclarationAsync(db, assignment, tracked: true);
        if (declaration is null)
        {
            TempData.FlashError(l["Declare whether you have a conflict of interest with this application before opening it."]);
            return Redirect($"/judging/{id}");
        }
        if (declaration.HasConflict)
        {
            TempData.FlashError(l["A conflict of interest is already declared for this application."]);
            return Redirect($"/judging/{id}");
        }
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, ReportPrefix) || !ModelState.IsValid)
            return await SheetWithReportAsync(assignment, declaration, form);
        try
        {
            declaration.ReportConflict(form.Kind!.Value, form.Note ?? "", Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{ReportPrefix}.{nameof(ReportConflictForm.Note)}", ex.Localize(l));
            return await SheetWithReportAsync(assignment, declaration, form);
        }
        await db.SaveChangesAsync();
        TempData.Flash(l["Your conflict of interest is recorded: the score sheet is closed for you and your scores no longer count. The program officer will assign another judge."]);
        return Redirect("/judging");
    }

    private async Task<IActionResult> SheetWithReportAsync(Assignment assignment, ConflictDeclaration declaration, ReportConflictForm form)
    {
        var edition = await JudgeDeskQueries.EditionAsync(db, assignment.EditionId);
        var sheet = await JudgeDeskQueries.SheetAsync(db, assignment.Id, tracked: false);
        return View(nameof(Sheet), await JudgeDeskQueries.PageAsync(db, assignment, edition, declaration, sheet, reportTyped: form));
    }

    /// <summary>
    /// An attachment by its number, only to the assigned judge after a declaration that allows reading; in blind review
    /// the file is named "attachment-n.pdf", never the uploader's name for it.
    /// </summary>
    [HttpGet("judging/{id:guid}/attachments/{number:int}")]
    [Authorize(Roles = Roles.Judge)]
    public async Task<IActionResult> Attachment(Guid id, int number, [FromServices] IFileStore files)
    {
        if (await JudgeDeskQueries.AssignmentAsync(db, id, scope.UserId!) is not { } assignment) return NotFound();
        if (await JudgeDeskQueries.DeclarationAsync(db, assignment, tracked: false) is not { AllowsJudging: true }) return NotFound();
        var blind = await db.Editions.AsNoTracking().Where(e => e.Id == assignment.EditionId).Select(e => e.BlindReview).SingleAsync();
        var list = await JudgeDeskQueries.AttachmentsAsync(db, assignment.ApplicationId);
        if (number < 1 || number > list.Count) return NotFound();
        var file = list[number - 1];
        var stream = await files.OpenReadAsync(file.StoredName);
        if (stream is null) return NotFound();
        return File(stream, "application/pdf", blind ? $"attachment-{number}.pdf" : file.FileName);
    }

    // The officer's side.

    [HttpGet("editions/{id:guid}/sheets")]
    [Authorize(Roles = Roles.ProgramOfficer + "," + Roles.Administrator)]
    public async Task<IActionResult> Sheets(Guid id)
    {
        var page = await JudgeDeskQueries.EditionSheetsAsync(db, id, User.IsInRole(Roles.ProgramOfficer));
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("judging/sheets/{id:guid}/reopen")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Reopen(Guid id, [Bind(Prefix = ReopenPrefix)] ReopenForm form, [FromServices] IValidator<ReopenForm> validator)
    {
        var sheet = await db.ScoreSheets.SingleOrDefaultAsync(s => s.AssignmentId == id);
        if (sheet is null) return NotFound();
        var editionId = await db.JudgeAssignments.AsNoTracking().Where(a => a.Id == id).Select(a => a.EditionId).SingleAsync();
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, ReopenPrefix) || !ModelState.IsValid)
            return await SheetsFailedAsync(editionId, id, form);
        try
        {
            db.Entry(sheet).Property(s => s.Version).OriginalValue = form.Version;
            sheet.Reopen(scope.UserId!, form.Reason ?? "", Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{ReopenPrefix}.{nameof(ReopenForm.Reason)}", ex.Localize(l));
            return await SheetsFailedAsync(editionId, id, form);
        }
        await db.SaveChangesAsync();
        TempData.Flash(l["The score sheet is reopened: the judge can correct it and submit it again."]);
        return Redirect($"/editions/{editionId}/sheets");
    }

    private async Task<IActionResult> SheetsFailedAsync(Guid editionId, Guid sheetId, ReopenForm form)
    {
        var page = (await JudgeDeskQueries.EditionSheetsAsync(db, editionId, canReopen: true))!;
        page.FailedSheet = sheetId;
        page.FailedForm = form;
        return View(nameof(Sheets), page);
    }
}
