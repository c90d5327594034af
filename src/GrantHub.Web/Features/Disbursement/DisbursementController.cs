using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Disbursement;

/// <summary>
/// Moving the money (资金拨付): the officer requests a payable tranche, a finance officer who did not request it
/// approves it, finance records the bank's payment; the officer may cancel a tranche not yet paid, claim money back,
/// and withdraw a claim; finance records money returned.
/// <para>Never twice: every form posts the version of the row it was drawn from. A version that moved since (a double
/// click, a second tab, a colleague) is refused before anything happens; a race lost between reading and saving fails
/// on the row's concurrency token; a bank reference is unique. Each of them ends in the same clear message, never a
/// second payment and never a 500.</para>
/// </summary>
[Authorize]
public sealed class DisbursementController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock,
    IAuthorizationService auth) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => ChinaTime.Today(clock);
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // ---------------------------------------------------------------- pages

    [HttpGet("finance")]
    [Authorize(Roles = Roles.FinanceOfficer + "," + Roles.Administrator)]
    public async Task<IActionResult> Finance(int? rp, int? ap, int? cp)
    {
        var desk = new FinanceDesk
        {
            Requested = await DisbursementQueries.PageAsync(DisbursementQueries.Queue(db, TrancheStatus.Requested), rp),
            Approved = await DisbursementQueries.PageAsync(DisbursementQueries.Queue(db, TrancheStatus.Approved), ap),
            Clawbacks = await DisbursementQueries.PageAsync(DisbursementQueries.OpenClawbacks(db), cp),
            CanAct = User.IsInRole(Roles.FinanceOfficer),
            UserId = UserId,
            Today = Today,
            Refused = RefusedForms.Read(TempData),
        };
        return View(desk);
    }

    [HttpGet("payments")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Payments(int? page)
    {
        const int shown = 50;
        var withFinance = DisbursementQueries.Queue(db, TrancheStatus.Requested, TrancheStatus.Approved);
        var queue = new PaymentQueue
        {
            Payable = await DisbursementQueries.PageAsync(DisbursementQueries.Queue(db, TrancheStatus.Eligible), page),
            WithFinance = await withFinance.Take(shown).ToListAsync(),
            WithFinanceTotal = await withFinance.CountAsync(),
            Today = Today,
        };
        return View(queue);
    }

    // ---------------------------------------------------------------- tranches

    [HttpPost("tranches/{id:guid}/request")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> RequestPayment(Guid id, TrancheStepForm form, [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var (tranche, grant) = await LoadTrancheAsync(id);
        if (tranche is null || grant is null) return NotFound();
        if (!await MayAsync(grant, Operations.Manage)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"tranche-{id}");
        if (form.Version != tranche.Version) return Changed(tranche.Status, back);
        try
        {
            tranche.Request(UserId, Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return Redirect(back);
        }

        // Every finance officer but the requester (who may not approve it) is told a payment awaits approval.
        var finance = (await notifier.RoleRecipientsAsync(Roles.FinanceOfficer)).Where(f => f.Id != UserId).ToList();
        var url = $"{Request.Scheme}://{Request.Host}/finance";
        notifier.Notify(finance.Select(f => f.Id), l["Tranche {0} of {1} for \"{2}\" awaits your approval."].Name,
            [tranche.Number.ToString(CultureInfo.InvariantCulture), tranche.Amount.ToString(), grant.Project], "/finance", $"tranche-requested:{tranche.Id}");
        foreach (var f in finance.Where(f => f.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(f.Culture, () => mail.Compose(f.Email!, f.Name,
                l["A payment awaits your approval: {0}", grant.Project],
                [l["Tranche {0} of {1} for \"{2}\" ({3}) was requested and awaits the approval of a finance officer who did not request it.",
                    tranche.Number, tranche.Amount, grant.Project, grant.Organization].Value],
                (l["Open the finance desk"], url), $"tranche-requested:{tranche.Id}:{f.Id}")));

        if (!await SavedAsync(id, form.Version!.Value)) return await LostAsync(id, back);
        TempData.Flash(l["Tranche {0} ({1}) is requested. The finance officers are told by e-mail.", tranche.Number, tranche.Amount]);
        return Redirect(back);
    }

    [HttpPost("tranches/{id:guid}/approve")]
    [Authorize(Roles = Roles.FinanceOfficer)]
    public async Task<IActionResult> Approve(Guid id, TrancheStepForm form)
    {
        var (tranche, grant) = await LoadTrancheAsync(id);
        if (tranche is null || grant is null) return NotFound();
        if (!await MayAsync(grant, Operations.View)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"tranche-{id}");
        if (form.Version != tranche.Version) return Changed(tranche.Status, back);
        try
        {
            tranche.Approve(UserId, Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return Redirect(back);
        }
        if (!await SavedAsync(id, form.Version!.Value)) return await LostAsync(id, back);
        TempData.Flash(l["Tranche {0} ({1}) is approved and can now be paid.", tranche.Number, tranche.Amount]);
        return Redirect(back);
    }

    [HttpPost("tranches/{id:guid}/pay")]
    [Authorize(Roles = Roles.FinanceOfficer)]
    public async Task<IActionResult> Pay(Guid id, PayForm form, [FromServices] IValidator<PayForm> validator, [FromServices] MailComposer mail,
        [FromServices] Notifier notifier)
    {
        var (tranche, grant) = await LoadTrancheAsync(id);
        if (tranche is null || grant is null) return NotFound();
        if (!await MayAsync(grant, Operations.View)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"tranche-{id}");
        if (form.Version != tranche.Version) return Changed(tranche.Status, back);

        var typed = new Dictionary<string, string?>
        {
            [nameof(PayForm.BankReference)] = form.BankReference,
            [nameof(PayForm.PaidOn)] = form.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid) return Refused("pay", id, typed, validation, back);
        var reference = form.BankReference!.Trim();
        if (await db.Tranches.AnyAsync(t => t.BankReference == reference && t.Id != id))
            return Refused("pay", id, typed, nameof(PayForm.BankReference), l["This bank reference is already recorded for another payment."], back);
        try
        {
            tranche.Pay(UserId, reference, form.PaidOn!.Value, Today, Now);
        }
        catch (DomainException ex)
        {
            // What the fields could not have prevented (the four-eyes rule): a message, not a form to correct.
            TempData.FlashError(ex.Localize(l));
            return Redirect(back);
        }

        // An award is paid once: its payment completes it (the tracked tranche is the one just paid).
        var whole = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grant.Id);
        whole.CompleteIfPaid(Now);

        // The organization's members learn that the money is on its way, in the same save as the payment.
        var members = await notifier.MemberRecipientsAsync(grant.OrganizationId);
        var url = $"{Request.Scheme}://{Request.Host}/grants/{grant.Id}";
        notifier.Notify(members.Select(m => m.Id), l["Tranche {0} of {1} for \"{2}\" was paid on {3}."].Name,
            [tranche.Number.ToString(CultureInfo.InvariantCulture), tranche.Amount.ToString(), grant.Project,
             form.PaidOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], $"/grants/{grant.Id}", $"tranche-paid:{tranche.Id}");
        foreach (var m in members.Where(m => m.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(m.Culture, () => mail.Compose(m.Email!, m.Name,
                l["Tranche {0} of {1} was paid", tranche.Number, tranche.Amount],
                [l["Tranche {0} of {1} for \"{2}\" was paid on {3} to the account in the agreement. The bank's reference: {4}.",
                    tranche.Number, tranche.Amount, grant.Project, form.PaidOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference].Value],
                (l["See the project"], url), $"tranche-paid:{tranche.Id}:{m.Id}")));

        try
        {
            if (!await SavedAsync(id, form.Version!.Value)) return await LostAsync(id, back);
        }
        catch (DbUpdateException)
        {
            // Typed against another tranche at the same moment: the unique index refused the second.
            if (!await ReferenceTakenAsync(db.Tranches.Where(t => t.BankReference == reference && t.Id != id))) throw;
            return Refused("pay", id, typed, nameof(PayForm.BankReference), l["This bank reference is already recorded for another payment."], back);
        }
        TempData.Flash(l["Tranche {0} ({1}) is recorded as paid. The organization is told by e-mail.", tranche.Number, tranche.Amount]);
        return Redirect(back);
    }

    [HttpPost("tranches/{id:guid}/cancel")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Cancel(Guid id, CancelForm form, [FromServices] IValidator<CancelForm> validator)
    {
        var (tranche, grant) = await LoadTrancheAsync(id);
        if (tranche is null || grant is null) return NotFound();
        if (!await MayAsync(grant, Operations.Manage)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"tranche-{id}");
        if (form.Version != tranche.Version) return Changed(tranche.Status, back);
        var typed = new Dictionary<string, string?> { [nameof(CancelForm.Reason)] = form.Reason };
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid) return Refused("cancel", id, typed, validation, back);
        try
        {
            tranche.Cancel(UserId, form.Reason!, Now);
        }
        catch (DomainException ex)
        {
            return Refused("cancel", id, typed, "", ex.Localize(l), back);
        }
        if (!await SavedAsync(id, form.Version!.Value)) return await LostAsync(id, back);
        TempData.Flash(l["Tranche {0} is cancelled.", tranche.Number]);
        return Redirect(back);
    }

    // ---------------------------------------------------------------- claw-backs

    [HttpPost("grants/{id:guid}/clawbacks")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> RequestClawback(Guid id, ClawbackRequestForm form, [FromServices] IValidator<ClawbackRequestForm> validator,
        [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var grant = await db.Grants.Include(g => g.Tranches).SingleOrDefaultAsync(g => g.Id == id);
        if (grant is null) return NotFound();
        if (!await MayAsync(new GrantFacts(grant.Id, grant.OrganizationId, "", ""), Operations.Manage)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, "clawbacks-block");
        if (form.Version != grant.Version)
        {
            TempData.FlashError(l["This project changed since you opened the page. Reload and check."]);
            return Redirect(back);
        }
        var typed = new Dictionary<string, string?>
        {
            [nameof(ClawbackRequestForm.AmountYuan)] = form.AmountYuan?.ToString(CultureInfo.InvariantCulture),
            [nameof(ClawbackRequestForm.Reason)] = form.Reason,
        };
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid) return Refused("clawback", id, typed, validation, back);
        var claimed = (await db.Clawbacks.AsNoTracking().Where(c => c.GrantId == id && c.Status != ClawbackStatus.Withdrawn)
            .Select(c => c.Amount).ToListAsync()).Aggregate(Money.Zero, (s, a) => s + a);
        Clawback clawback;
        try
        {
            clawback = Clawback.Request(grant, Money.FromYuan(form.AmountYuan!.Value), form.Reason!, claimed, UserId, Now);
        }
        catch (DomainException ex)
        {
            return Refused("clawback", id, typed, "", ex.Localize(l), back);
        }
        db.Clawbacks.Add(clawback);
        // What may still be claimed was read above: moving the grant's version makes a second claim at the same moment
        // fail instead of both passing the check against the same total.
        db.Entry(grant).Property(g => g.Version).CurrentValue = grant.Version + 1;

        var facts = await FactsAsync(grant.Id);
        var members = await notifier.MemberRecipientsAsync(grant.OrganizationId);
        var url = $"{Request.Scheme}://{Request.Host}/grants/{grant.Id}";
        notifier.Notify(members.Select(m => m.Id), l["Your organization is asked to return {0} of the grant for \"{1}\"."].Name,
            [clawback.Amount.ToString(), facts.Project], $"/grants/{grant.Id}", $"clawback-requested:{clawback.Id}");
        foreach (var m in members.Where(m => m.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(m.Culture, () => mail.Compose(m.Email!, m.Name,
                l["Money to return: {0}", facts.Project],
                [l["The program officer asks your organization to return {0} of the grant for \"{1}\".", clawback.Amount, facts.Project].Value,
                 l["Reason: {0}", clawback.Reason].Value],
                (l["See the project"], url), $"clawback-requested:{clawback.Id}:{m.Id}")));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.FlashError(l["This project changed since you opened the page. Reload and check."]);
            return Redirect(back);
        }
        TempData.Flash(l["The return of {0} is requested. The organization is told by e-mail.", clawback.Amount]);
        return Redirect(back);
    }

    [HttpPost("clawbacks/{id:guid}/returned")]
    [Authorize(Roles = Roles.FinanceOfficer)]
    public async Task<IActionResult> Returned(Guid id, ClawbackReturnedForm form, [FromServices] IValidator<ClawbackReturnedForm> validator)
    {
        var clawback = await db.Clawbacks.SingleOrDefaultAsync(c => c.Id == id);
        if (clawback is null) return NotFound();
        var grant = await FactsAsync(clawback.GrantId);
        if (!await MayAsync(grant, Operations.View)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"clawback-{id}");
        if (form.Version != clawback.Version) return ClawbackChanged(clawback.Status, back);
        var typed = new Dictionary<string, string?>
        {
            [nameof(ClawbackReturnedForm.Reference)] = form.Reference,
            [nameof(ClawbackReturnedForm.ReturnedOn)] = form.ReturnedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid) return Refused("returned", id, typed, validation, back);
        var reference = form.Reference!.Trim();
        if (await db.Clawbacks.AnyAsync(c => c.ReturnedReference == reference && c.Id != id))
            return Refused("returned", id, typed, nameof(ClawbackReturnedForm.Reference), l["This bank reference is already recorded for another return."], back);
        try
        {
            clawback.RecordReturn(UserId, reference, form.ReturnedOn!.Value, Today, Now);
        }
        catch (DomainException ex)
        {
            return Refused("returned", id, typed, "", ex.Localize(l), back);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ClawbackLostAsync(id, back);
        }
        catch (DbUpdateException)
        {
            if (!await ReferenceTakenAsync(db.Clawbacks.Where(c => c.ReturnedReference == reference && c.Id != id))) throw;
            return Refused("returned", id, typed, nameof(ClawbackReturnedForm.Reference), l["This bank reference is already recorded for another return."], back);
        }
        TempData.Flash(l["The return of {0} is recorded.", clawback.Amount]);
        return Redirect(back);
    }

    [HttpPost("clawbacks/{id:guid}/withdraw")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Withdraw(Guid id, ClawbackWithdrawForm form, [FromServices] IValidator<ClawbackWithdrawForm> validator)
    {
        var clawback = await db.Clawbacks.SingleOrDefaultAsync(c => c.Id == id);
        if (clawback is null) return NotFound();
        var grant = await FactsAsync(clawback.GrantId);
        if (!await MayAsync(grant, Operations.Manage)) return Forbid();
        var back = Back(grant.Id, form.ReturnUrl, $"clawback-{id}");
        if (form.Version != clawback.Version) return ClawbackChanged(clawback.Status, back);
        var typed = new Dictionary<string, string?> { [nameof(ClawbackWithdrawForm.Reason)] = form.Reason };
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid) return Refused("withdraw", id, typed, validation, back);
        try
        {
            clawback.Withdraw(UserId, form.Reason!, Now);
        }
        catch (DomainException ex)
        {
            return Refused("withdraw", id, typed, "", ex.Localize(l), back);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ClawbackLostAsync(id, back);
        }
        TempData.Flash(l["The claw-back of {0} is withdrawn.", clawback.Amount]);
        return Redirect(back);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>What the per-object check and the e-mails need to know about a grant.</summary>
    private sealed record GrantFacts(Guid Id, Guid OrganizationId, string Project, string Organization);

    private Task<GrantFacts> FactsAsync(Guid grantId) =>
        (from g in db.Grants
         join a in db.Applications on g.ApplicationId equals a.Id
         join o in db.Organizations on g.OrganizationId equals o.Id
         where g.Id == grantId
         select new GrantFacts(g.Id, g.OrganizationId, a.ProjectName, o.Name)).AsNoTracking().SingleAsync();

    private async Task<(Tranche? Tranche, GrantFacts? Grant)> LoadTrancheAsync(Guid id)
    {
        var tranche = await db.Tranches.SingleOrDefaultAsync(t => t.Id == id);
        return tranche is null ? (null, null) : (tranche, await FactsAsync(tranche.GrantId));
    }

    private async Task<bool> MayAsync(GrantFacts grant, OperationAuthorizationRequirement operation) =>
        (await auth.AuthorizeAsync(User, new GrantResource(grant.Id, grant.OrganizationId), operation)).Succeeded;

    /// <summary>The page the form came from (a local path), or the project page; with the row's anchor.</summary>
    private string Back(Guid grantId, string? returnUrl, string anchor)
    {
        var path = returnUrl is { Length: > 1 } r && r[0] == '/' && !r.Contains('#') && Url.IsLocalUrl(r) ? r : $"/grants/{grantId}";
        return $"{path}#{anchor}";
    }

    /// <summary>
    /// Saves the transition; false when another transition of the tranche was saved since it was read at
    /// <paramref name="readVersion"/>: the row's concurrency token refused the update, or a unique key of what the
    /// winner wrote (its e-mails) refused this save's inserts first.
    /// </summary>
    private async Task<bool> SavedAsync(Guid trancheId, long readVersion)
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
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Tranches.AsNoTracking().Where(t => t.Id == trancheId).Select(t => t.Version).SingleAsync() != readVersion) return false;
            throw;
        }
    }

    private IActionResult Changed(TrancheStatus now, string back)
    {
        TempData.FlashError(l["This payment changed since you opened the page: it is now {0}. Reload and check.", l[EnumLabels.Of(now)]]);
        return Redirect(back);
    }

    private async Task<IActionResult> LostAsync(Guid trancheId, string back)
    {
        db.ChangeTracker.Clear();
        var now = await db.Tranches.AsNoTracking().Where(t => t.Id == trancheId).Select(t => t.Status).SingleAsync();
        return Changed(now, back);
    }

    private IActionResult ClawbackChanged(ClawbackStatus now, string back)
    {
        TempData.FlashError(l["This claw-back changed since you opened the page: it is now {0}. Reload and check.", l[EnumLabels.Of(now)]]);
        return Redirect(back);
    }

    private async Task<IActionResult> ClawbackLostAsync(Guid clawbackId, string back)
    {
        db.ChangeTracker.Clear();
        var now = await db.Clawbacks.AsNoTracking().Where(c => c.Id == clawbackId).Select(c => c.Status).SingleAsync();
        return ClawbackChanged(now, back);
    }

    private async Task<bool> ReferenceTakenAsync<T>(IQueryable<T> others) where T : class
    {
        db.ChangeTracker.Clear();
        return await others.AsNoTracking().AnyAsync();
    }

    private IActionResult Refused(string form, Guid id, Dictionary<string, string?> typed, ValidationResult validation, string back) =>
        Refused(new RefusedForm
        {
            Form = form,
            Id = id,
            Values = typed,
            Errors = validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToList()),
        }, back);

    private IActionResult Refused(string form, Guid id, Dictionary<string, string?> typed, string field, string message, string back) =>
        Refused(new RefusedForm { Form = form, Id = id, Values = typed, Errors = new() { [field] = [message] } }, back);

    private IActionResult Refused(RefusedForm refused, string back)
    {
        RefusedForms.Keep(TempData, refused);
        return Redirect(back);
    }
}
