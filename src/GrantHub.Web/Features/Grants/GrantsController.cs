using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Account;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace GrantHub.Web.Features.Grants;

/// <summary>
/// Grant agreements (签约) and the ledgers (资金台账): the program officer drafts a funded project's agreement (amount,
/// tranche plan, the organization's bank account), the organization confirms it with the signed scan, the officer
/// records the mid-term and final evaluations (a pass releases the tranche waiting on it, a fail stops the project) or
/// stops a project; the ledgers add up what was decided, agreed and paid per edition and per organization. Every
/// grant route asks <see cref="GrantAuthorizationHandler"/>: whoever may not see the grant gets a 404.
/// </summary>
[Authorize]
public sealed class GrantsController(
    GrantHubDbContext db,
    UserScope scope,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    private const string LedgerRoles = Roles.ProgramOfficer + "," + Roles.FinanceOfficer + "," + Roles.Administrator;
    private const string FormPrefix = "Form";
    private const string StopPrefix = "StopForm";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => ChinaTime.Today(clock);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // ---- Ledgers ----

    /// <summary>The ledgers of every edition with grants: the way in for finance, who has no edition pages.</summary>
    [HttpGet("grants")]
    [Authorize(Roles = LedgerRoles)]
    public async Task<IActionResult> Index() => View(await GrantQueries.EditionsAsync(db));

    [HttpGet("editions/{id:guid}/grants")]
    [Authorize(Roles = LedgerRoles)]
    public async Task<IActionResult> Ledger(Guid id, [FromQuery] LedgerFilter filter)
    {
        var page = await GrantQueries.EditionLedgerAsync(db, id, filter,
            User.IsInRole(Roles.ProgramOfficer) || User.IsInRole(Roles.Administrator));
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("editions/{id:guid}/grants.xlsx")]
    [Authorize(Roles = LedgerRoles)]
    public async Task<IActionResult> LedgerExport(Guid id, [FromQuery] LedgerFilter filter)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).SingleOrDefaultAsync();
        if (edition is null) return NotFound();
        var rows = GrantQueries.Filtered(await GrantQueries.LedgerAsync(db, g => g.EditionId == id), filter).ToList();
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["No."]] = i + 1,
            [l["Project name"]] = r.ProjectName,
            [l["Organization"]] = r.OrganizationName,
            [l["Kind"]] = l[EnumLabels.Of(r.Kind)].Value,
            [l["Status"]] = l[EnumLabels.Of(r.Status)].Value,
            [l["Decided (yuan)"]] = r.Decided.Yuan,
            [l["Agreed (yuan)"]] = r.Agreed.Yuan,
            [l["Paid (yuan)"]] = r.Paid.Yuan,
            [l["Remaining to pay (yuan)"]] = r.Remaining.Yuan,
            [l["Next step"]] = Localize(r.Next),
        }).ToList();
        var totals = LedgerTotals.Of(rows);
        sheet.Add(new Dictionary<string, object?>
        {
            [l["No."]] = null,
            [l["Project name"]] = l["Total"].Value,
            [l["Organization"]] = l["Grants: {0}", totals.Count].Value,
            [l["Kind"]] = null,
            [l["Status"]] = null,
            [l["Decided (yuan)"]] = totals.Decided.Yuan,
            [l["Agreed (yuan)"]] = totals.Agreed.Yuan,
            [l["Paid (yuan)"]] = totals.Paid.Yuan,
            [l["Remaining to pay (yuan)"]] = totals.Remaining.Yuan,
            [l["Next step"]] = null,
        });
        return await XlsxAsync(l["Funding ledger"], sheet, $"{edition}-{l["Funding ledger"]}");
    }

    [HttpGet("organization/grants")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Mine()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return Redirect("/organization");
        var page = await GrantQueries.OrganizationLedgerAsync(db, organizationId, own: true);
        return page is null ? Redirect("/organization") : View("Organization", page);
    }

    [HttpGet("organization/grants.xlsx")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> MineExport()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return NotFound();
        return await OrganizationExportAsync(organizationId, own: true);
    }

    [HttpGet("organizations/{id:guid}/grants")]
    [Authorize(Roles = LedgerRoles)]
    public async Task<IActionResult> Organization(Guid id)
    {
        var page = await GrantQueries.OrganizationLedgerAsync(db, id, own: false);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("organizations/{id:guid}/grants.xlsx")]
    [Authorize(Roles = LedgerRoles)]
    public Task<IActionResult> OrganizationExport(Guid id) => OrganizationExportAsync(id, own: false);

    private async Task<IActionResult> OrganizationExportAsync(Guid organizationId, bool own)
    {
        var page = await GrantQueries.OrganizationLedgerAsync(db, organizationId, own);
        if (page is null) return NotFound();
        var sheet = page.Rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["No."]] = i + 1,
            [l["Edition"]] = r.EditionName,
            [l["Project name"]] = r.ProjectName,
            [l["Kind"]] = l[EnumLabels.Of(r.Kind)].Value,
            [l["Status"]] = l[EnumLabels.Of(r.Status)].Value,
            [l["Planned (yuan)"]] = r.Planned.Yuan,
            [l["Paid (yuan)"]] = r.Paid.Yuan,
            [l["Remaining to pay (yuan)"]] = r.Remaining.Yuan,
            [l["Next step"]] = Localize(r.Next),
        }).ToList();
        var totals = page.Totals;
        sheet.Add(new Dictionary<string, object?>
        {
            [l["No."]] = null,
            [l["Edition"]] = l["Total"].Value,
            [l["Project name"]] = l["Grants: {0}", totals.Count].Value,
            [l["Kind"]] = null,
            [l["Status"]] = null,
            [l["Planned (yuan)"]] = totals.Planned.Yuan,
            [l["Paid (yuan)"]] = totals.Paid.Yuan,
            [l["Remaining to pay (yuan)"]] = totals.Remaining.Yuan,
            [l["Next step"]] = null,
        });
        return await XlsxAsync(l["Grants"], sheet, $"{page.OrganizationName}-{l["Grants"]}");
    }

    private async Task<IActionResult> XlsxAsync(string sheetName, List<Dictionary<string, object?>> rows, string fileName)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [sheetName] = rows }, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return File(stream, XlsxType, $"{fileName}-{Today:yyyyMMdd}.xlsx");
    }

    private string Localize(NextStep step) => l[step.Key, step.Args].Value;

    // ---- The project page ----

    [HttpGet("grants/{id:guid}")]
    public async Task<IActionResult> Details(Guid id)
    {
        var (resource, refusal) = await AccessAsync(id, Operations.View);
        if (refusal is not null) return refusal;
        return View(await DetailsPageAsync(resource!));
    }

    private async Task<GrantPage> DetailsPageAsync(GrantResource resource) =>
        (await GrantQueries.PageAsync(db, resource.Id,
            isMember: await AllowedAsync(resource, Operations.Confirm),
            canManage: await AllowedAsync(resource, Operations.Manage),
            showLedgerLink: User.IsInRole(Roles.ProgramOfficer) || User.IsInRole(Roles.FinanceOfficer) || User.IsInRole(Roles.Administrator)))!;

    // ---- The agreement, drafted by the officer ----

    [HttpGet("grants/{id:guid}/agreement")]
    public async Task<IActionResult> Agreement(Guid id)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Manage);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        if (NotEditable(header) is { } back) return back;
        var form = header.Status == GrantStatus.AgreementDrafted && header.Agreed is { } agreed
            ? AgreementPlanner.FromDraft(header.Version, agreed, await GrantQueries.TranchesAsync(db, id))
            : AgreementPlanner.Fresh(header.Version, header.Decided);
        return await AgreementViewAsync(header, form);
    }

    [HttpPost("grants/{id:guid}/agreement")]
    public async Task<IActionResult> Agreement(Guid id, [Bind(Prefix = FormPrefix)] AgreementForm form, [FromServices] IValidator<AgreementForm> validator,
        [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Manage);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        if (NotEditable(header) is { } back) return back;
        form.Rows = form.Rows.Take(TranchePlan.MaxTranches).ToList();

        // Another template picked: draw its rows (from what the officer had) and show them before anything is saved.
        if (form.Template is { } picked && Enum.IsDefined(picked) && form.Template != form.ShownTemplate)
        {
            IReadOnlyList<PlannedRow>? previous = null;
            if (form.AmountYuan is { } yuan && yuan > 0 && decimal.Round(yuan, 2) == yuan && form.ShownTemplate is { } shown && Enum.IsDefined(shown))
            {
                try
                {
                    previous = AgreementPlanner.Build(Money.FromYuan(yuan), new AgreementForm { Template = shown, Rows = form.Rows });
                }
                catch (DomainException)
                {
                    // The old rows made no plan: the new template starts from its own rows.
                }
            }
            form.Rows = AgreementPlanner.RowsFor(picked, previous);
            form.ShownTemplate = picked;
            ModelState.Clear();
            return await AgreementViewAsync(header, form);
        }

        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return await AgreementViewAsync(header, form);
        var amount = Money.FromYuan(form.AmountYuan!.Value);
        IReadOnlyList<PlannedRow> plan;
        try
        {
            plan = AgreementPlanner.Build(amount, form);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await AgreementViewAsync(header, form);
        }

        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == id);
        var account = await AccountAsync(grant.OrganizationId);
        if (form.Then != AgreementActions.Save)
        {
            // A preview checks what saving would check (the ceiling, the bank account) on this copy, and saves nothing.
            try
            {
                grant.DraftAgreement(amount, AgreementPlanner.Planned(plan), account, UserId, Now);
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex, l);
            }
            db.ChangeTracker.Clear();
            return await AgreementViewAsync(header, form);
        }
        if (grant.Version != form.Version) return await LostAsync(() => AgreementViewAsync(header, form));
        db.Entry(grant).Property(g => g.Version).OriginalValue = form.Version;
        try
        {
            grant.DraftAgreement(amount, AgreementPlanner.Planned(plan), account, UserId, Now);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(ex, l);
            return await AgreementViewAsync(header, form);
        }

        var link = $"{Request.Scheme}://{Request.Host}/grants/{id}/confirm";
        var recipients = await notifier.MemberRecipientsAsync(grant.OrganizationId);
        foreach (var r in recipients.Where(r => r.Email is not null))
        {
            db.OutboxMessages.Add(LocalizationSetup.InCulture(r.Culture, () => mail.Compose(r.Email!, r.Name, l["Agreement to confirm: {0}", header.ProjectName],
            [
                l["The program officer drafted the grant agreement of \"{0}\" ({1}): {2} in {3} tranches, paid to the account {4} at {5}.",
                    header.ProjectName, header.EditionName, amount, plan.Count, grant.BankAccountNumber, grant.BankName].Value,
                l["Read the terms and the tranche plan, then confirm the agreement with the day it was signed and the signed scan (PDF)."].Value,
            ], (l["Confirm the agreement"], link), $"agreement-drafted:{id}:{grant.Version}:{r.Email}")));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await LostAsync(() => AgreementViewAsync(header, form));
        }
        TempData.Flash(l["The agreement is drafted: {0} in {1} tranches. {2} members of the organization are asked by e-mail to confirm it.",
            amount, plan.Count, recipients.Count]);
        return Redirect($"/grants/{id}");
    }

    private IActionResult? NotEditable(GrantHeader header)
    {
        if (header.AgreementEditable) return null;
        TempData.FlashError(header.Kind == GrantKind.Award
            ? l["An award is paid without an agreement."]
            : l["The agreement is confirmed: it can no longer change."]);
        return Redirect($"/grants/{header.Id}");
    }

    private async Task<BankAccount> AccountAsync(Guid organizationId) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new BankAccount(o.BankAccountName, o.BankName, o.BankAccountNumber)).SingleAsync();

    private async Task<IActionResult> AgreementViewAsync(GrantHeader header, AgreementForm form)
    {
        if (form.Template is { } t && AgreementPlanner.IsCustom(t)) form.Rows = AgreementPlanner.Padded(form.Rows);
        IReadOnlyList<PlannedRow>? preview = null;
        string? problem = null;
        if (form.AmountYuan is { } yuan && yuan > 0 && decimal.Round(yuan, 2) == yuan && yuan <= 1_000_000_000m && form.Template is { } template && Enum.IsDefined(template))
        {
            try
            {
                preview = AgreementPlanner.Build(Money.FromYuan(yuan), form);
            }
            catch (DomainException ex)
            {
                // Shown in the preview unless the page already says it (or something else) at the top.
                problem = ModelState.IsValid ? ex.Localize(l) : null;
            }
        }
        return View(nameof(Agreement), new AgreementPage
        {
            Grant = header,
            Form = form,
            Account = await AccountAsync(header.OrganizationId),
            Preview = preview,
            PreviewProblem = problem,
        });
    }

    // ---- Confirmation by the organization ----

    [HttpGet("grants/{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Confirm);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        if (NotConfirmable(header) is { } back) return back;
        return await ConfirmViewAsync(header, new ConfirmForm { Version = header.Version, SignedOn = Today });
    }

    /// <summary>The signed scan: a PDF by its content, at most 10 MB, stored under a generated name outside the web root.</summary>
    [HttpPost("grants/{id:guid}/confirm")]
    [RequestSizeLimit(ApplicationAttachment.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ApplicationAttachment.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Confirm(Guid id, [Bind(Prefix = FormPrefix)] ConfirmForm form, IFormFile? file, [FromServices] IValidator<ConfirmForm> validator,
        [FromServices] IFileStore files, [FromServices] MailComposer mail)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Confirm);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        if (NotConfirmable(header) is { } back) return back;
        (await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix);
        await using var content = new MemoryStream();
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", l["Choose a PDF file to upload."]);
        else if (file.Length > ApplicationAttachment.MaxBytes)
            ModelState.AddModelError("file", l["The file is larger than 10 MB: attach a smaller PDF (scan at a lower resolution or split it)."]);
        else
        {
            await file.CopyToAsync(content);
            if (!ApplicationAttachment.LooksLikePdf(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, 8))))
                ModelState.AddModelError("file", l["This file is not a PDF, whatever its name says. Save or export the document as PDF and attach that."]);
        }
        if (!ModelState.IsValid) return await ConfirmViewAsync(header, form);

        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == id);
        if (grant.Version != form.Version) return await LostAsync(() => ConfirmViewAsync(header, form));
        db.Entry(grant).Property(g => g.Version).OriginalValue = form.Version;
        var storedName = StoredNames.New("pdf");
        content.Position = 0;
        await files.SaveAsync(storedName, content);
        try
        {
            grant.Confirm(UserId, form.SignedOn!.Value, Path.GetFileName(file!.FileName), storedName, Today, Now);
            // The project now owes its reports (monthly, mid-term, final), in the same save as the confirmation.
            await db.ScheduleReportsAsync(grant);
            if (grant.DraftedByUserId is { } drafter
                && await db.Users.AsNoTracking().Where(u => u.Id == drafter && u.Email != null)
                    .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).SingleOrDefaultAsync() is { } officer)
            {
                db.OutboxMessages.Add(LocalizationSetup.InCulture(officer.PreferredCulture, () => mail.Compose(officer.Email!, officer.DisplayName,
                    l["Agreement confirmed: {0}", header.ProjectName],
                [
                    l["{0} confirmed the grant agreement of \"{1}\" ({2}), signed on {3}; the signed scan is attached to the project.",
                        header.OrganizationName, header.ProjectName, header.EditionName, form.SignedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value,
                    PayableNow(grant) is { Length: > 0 } payable
                        ? l["Payable now: tranche {0}. Request it from finance on the project's page.", payable].Value
                        : l["No tranche is payable yet: each waits for what makes it payable."].Value,
                ], (l["Open the project"], $"{Request.Scheme}://{Request.Host}/grants/{id}"), $"agreement-confirmed:{id}")));
            }
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            await files.DeleteAsync(storedName);
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(ex, l);
            return await ConfirmViewAsync(header, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            await files.DeleteAsync(storedName);
            return await LostAsync(() => ConfirmViewAsync(header, form));
        }
        catch
        {
            await files.DeleteAsync(storedName);
            throw;
        }
        TempData.Flash(PayableNow(grant) is { Length: > 0 } now
            ? l["The agreement is confirmed. Payable now: tranche {0}; the program officer requests it from finance.", now]
            : l["The agreement is confirmed."]);
        return Redirect($"/grants/{id}");
    }

    private static string PayableNow(Grant grant) =>
        string.Join(", ", grant.Tranches.Where(t => t.Status == TrancheStatus.Eligible).OrderBy(t => t.Number).Select(t => t.Number));

    private IActionResult? NotConfirmable(GrantHeader header)
    {
        if (header.Status == GrantStatus.AgreementDrafted) return null;
        TempData.FlashError(header.Kind == GrantKind.Award
            ? l["An award is paid without an agreement."]
            : header.Status == GrantStatus.AwaitingAgreement
                ? l["The agreement has not been drafted yet."]
                : l["The agreement is confirmed: it can no longer change."]);
        return Redirect($"/grants/{header.Id}");
    }

    private async Task<IActionResult> ConfirmViewAsync(GrantHeader header, ConfirmForm form) =>
        View(nameof(Confirm), new ConfirmPage
        {
            Grant = header,
            Tranches = await GrantQueries.TranchesAsync(db, header.Id),
            Form = form,
            Today = Today,
        });

    /// <summary>The signed scan, for whoever may see the grant; anyone else gets a 404.</summary>
    [HttpGet("grants/{id:guid}/agreement.pdf")]
    public async Task<IActionResult> Scan(Guid id, [FromServices] IFileStore files)
    {
        var (_, refusal) = await AccessAsync(id, Operations.View);
        if (refusal is not null) return refusal;
        var scan = await db.Grants.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.SignedScanFileName, g.SignedScanStoredName }).SingleAsync();
        if (scan.SignedScanStoredName is null) return NotFound();
        var stream = await files.OpenReadAsync(scan.SignedScanStoredName);
        if (stream is null) return NotFound();
        return File(stream, "application/pdf", scan.SignedScanFileName ?? "agreement.pdf");
    }

    // ---- Evaluations ----

    [HttpGet("grants/{id:guid}/evaluations/new")]
    public async Task<IActionResult> NewEvaluation(Guid id)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Manage);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        var recorded = await GrantQueries.RecordedKindsAsync(db, id);
        if (NotEvaluable(header, recorded) is { } back) return back;
        var tranches = await GrantQueries.TranchesAsync(db, id);
        var kind = !recorded.Contains(EvaluationKind.Midterm) && tranches.Any(t => t.Trigger == TrancheTrigger.MidtermPassed)
            ? EvaluationKind.Midterm
            : Enum.GetValues<EvaluationKind>().First(k => !recorded.Contains(k));
        return await EvaluationViewAsync(header, recorded, new EvaluationForm
        {
            Version = header.Version,
            Kind = kind,
            PassMark = Evaluation.DefaultPassMark,
            Evaluator = User.FindFirstValue(AppClaims.DisplayName),
            EvaluatedOn = Today,
        }, tranches);
    }

    [HttpPost("grants/{id:guid}/evaluations/new")]
    public async Task<IActionResult> NewEvaluation(Guid id, [Bind(Prefix = FormPrefix)] EvaluationForm form, [FromServices] IValidator<EvaluationForm> validator)
    {
        var (_, refusal) = await AccessAsync(id, Operations.Manage);
        if (refusal is not null) return refusal;
        var header = (await GrantQueries.HeaderAsync(db, id))!;
        var recorded = await GrantQueries.RecordedKindsAsync(db, id);
        if (NotEvaluable(header, recorded) is { } back) return back;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return await EvaluationViewAsync(header, recorded, form);

        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == id);
        if (grant.Version != form.Version) return await LostAsync(() => EvaluationViewAsync(header, recorded, form));
        db.Entry(grant).Property(g => g.Version).OriginalValue = form.Version;
        var before = grant.Tranches.ToDictionary(t => t.Id, t => t.Status);
        Evaluation evaluation;
        try
        {
            evaluation = Evaluation.Record(grant, form.Kind!.Value, form.Score!.Value, form.PassMark!.Value, form.Evaluator ?? "", form.Comment ?? "",
                form.EvaluatedOn!.Value, Today, recorded, UserId, Now);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(ex, l);
            return await EvaluationViewAsync(header, recorded, form);
        }
        db.Evaluations.Add(evaluation);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict on the grant, or the same evaluation recorded meanwhile (one of each kind).
            return await LostAsync(() => EvaluationViewAsync(header, recorded, form));
        }
        var score = evaluation.Score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        string message;
        if (evaluation.Passed)
        {
            var released = string.Join(", ", grant.Tranches.Where(t => before[t.Id] == TrancheStatus.Planned && t.Status == TrancheStatus.Eligible)
                .OrderBy(t => t.Number).Select(t => t.Number));
            message = released.Length > 0
                ? l["{0} passed with {1} points: tranche {2} is now payable.", l[EnumLabels.Of(evaluation.Kind)].Value, score, released]
                : l["{0} passed with {1} points.", l[EnumLabels.Of(evaluation.Kind)].Value, score];
            if (grant.Status == GrantStatus.Completed) message += " " + l["The project is completed."];
        }
        else
        {
            var cancelled = grant.Tranches.Count(t => before[t.Id] != TrancheStatus.Cancelled && t.Status == TrancheStatus.Cancelled);
            message = l["{0} failed with {1} points (pass mark {2}): the project is stopped, {3} unpaid tranches cancelled.",
                l[EnumLabels.Of(evaluation.Kind)].Value, score, evaluation.PassMark, cancelled];
        }
        TempData.Flash(message);
        return Redirect($"/grants/{id}");
    }

    private IActionResult? NotEvaluable(GrantHeader header, IReadOnlyCollection<EvaluationKind> recorded)
    {
        var refusal = header.Kind == GrantKind.Award ? l["An award has no evaluations."].Value
            : header.Status == GrantStatus.Stopped ? l["The project is stopped."].Value
            : header.Status != GrantStatus.InProgress ? l["Evaluations are recorded once the agreement is confirmed and until the project ends."].Value
            : recorded.Count >= Enum.GetValues<EvaluationKind>().Length ? l["This evaluation is already recorded."].Value
            : null;
        if (refusal is null) return null;
        TempData.FlashError(refusal);
        return Redirect($"/grants/{header.Id}");
    }

    private async Task<IActionResult> EvaluationViewAsync(GrantHeader header, IReadOnlyCollection<EvaluationKind> recorded, EvaluationForm form,
        IReadOnlyList<LedgerTranche>? tranches = null) =>
        View(nameof(NewEvaluation), new EvaluationPage
        {
            Grant = header,
            Form = form,
            Kinds = Enum.GetValues<EvaluationKind>().Where(k => !recorded.Contains(k)).ToList(),
            Tranches = tranches ?? await GrantQueries.TranchesAsync(db, header.Id),
            Today = Today,
        });

    // ---- Stopping a project ----

    [HttpPost("grants/{id:guid}/stop")]
    public async Task<IActionResult> Stop(Guid id, [Bind(Prefix = StopPrefix)] StopForm form, [FromServices] IValidator<StopForm> validator)
    {
        var (resource, refusal) = await AccessAsync(id, Operations.Manage);
        if (refusal is not null) return refusal;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, StopPrefix) || !ModelState.IsValid) return await StopRefusedAsync(resource!, form);
        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == id);
        if (grant.Version != form.Version) return await LostAsync(() => StopRefusedAsync(resource!, form));
        db.Entry(grant).Property(g => g.Version).OriginalValue = form.Version;
        var open = grant.Tranches.Count(t => t.Status.IsOpen());
        try
        {
            grant.Stop(UserId, form.Reason!, Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(ex, l);
            return await StopRefusedAsync(resource!, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await LostAsync(() => StopRefusedAsync(resource!, form));
        }
        TempData.Flash(l["The project is stopped: {0} unpaid tranches cancelled.", open]);
        return Redirect($"/grants/{id}");
    }

    private async Task<IActionResult> StopRefusedAsync(GrantResource resource, StopForm form)
    {
        var page = await DetailsPageAsync(resource);
        page.StopForm = form;
        page.StopRefused = true;
        return View(nameof(Details), page);
    }

    // ---- Helpers ----

    /// <summary>
    /// The grant, if this person may see it (anyone else: 404, not even its existence) and may do <paramref name="operation"/>
    /// (otherwise 403).
    /// </summary>
    private async Task<(GrantResource? Resource, IActionResult? Refusal)> AccessAsync(Guid id, OperationAuthorizationRequirement operation)
    {
        var organizationId = await db.Grants.AsNoTracking().Where(g => g.Id == id).Select(g => (Guid?)g.OrganizationId).SingleOrDefaultAsync();
        if (organizationId is null) return (null, NotFound());
        var resource = new GrantResource(id, organizationId.Value);
        if (!await AllowedAsync(resource, Operations.View)) return (null, NotFound());
        if (operation != Operations.View && !await AllowedAsync(resource, operation)) return (null, Forbid());
        return (resource, null);
    }

    private async Task<bool> AllowedAsync(GrantResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, resource, operation)).Succeeded;

    private async Task<IActionResult> LostAsync(Func<Task<IActionResult>> again)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", l["Someone else changed this project since you loaded the page: nothing was saved. Your input is still below; reload the page to see the change, then try again."]);
        return await again();
    }
}
