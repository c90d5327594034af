using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicityEntity = GrantHub.Core.Judging.Publicity;

namespace GrantHub.Web.Features.Publicity;

/// <summary>
/// Publication of an edition's results (结果公示): the officer publishes once every eligible application is decided;
/// anyone reads the results and lodges objections (异议) during the period; the officer resolves them and, after the
/// period with none open, finalizes — the decisions become final and the applicant organizations are e-mailed.
/// </summary>
public sealed class PublicityController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpPost("editions/{id:guid}/results/publish")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Publish(Guid id)
    {
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Id == id);
        if (edition is null) return NotFound();
        if (await db.Publicities.AnyAsync(p => p.EditionId == id))
        {
            TempData.FlashError(l["The results of this edition are already published."]);
            return Redirect($"/editions/{id}/ranking");
        }
        var eligible = await db.Applications.Where(a => a.EditionId == id && a.Status == ApplicationStatus.Eligible).Select(a => a.Id).ToListAsync();
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.EditionId == id).ToListAsync();
        try
        {
            db.Publicities.Add(PublicityEntity.Publish(edition, eligible, decisions, UserId, Now));
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return Redirect($"/editions/{id}/ranking");
        }
        // A decision made at the same moment moves the edition's version too: one of the two saves fails.
        db.Entry(edition).Property(e => e.Version).CurrentValue = edition.Version + 1;
        await db.SaveChangesAsync();
        TempData.Flash(l["The results are published. The publicity period runs until {0}.", db.Publicities.Local.Single().EndsOn.ToString("yyyy-MM-dd")]);
        return Redirect($"/editions/{id}/ranking");
    }

    [HttpGet("competitions/{id:guid}/results")]
    [AllowAnonymous]
    public async Task<IActionResult> Results(Guid id, bool lodged = false)
    {
        var page = await ResultsPageAsync(id);
        if (page is null) return NotFound();
        page.Lodged = lodged;
        return View(page);
    }

    [HttpPost("competitions/{id:guid}/objections")]
    [AllowAnonymous]
    public async Task<IActionResult> Lodge(Guid id, ObjectionForm form, [FromServices] IValidator<ObjectionForm> validator)
    {
        var page = await ResultsPageAsync(id);
        if (page is null) return NotFound();
        page.Form = form;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState) || !ModelState.IsValid) return View(nameof(Results), page);
        if (page.Rows.All(r => r.ApplicationId != form.ApplicationId))
        {
            ModelState.AddModelError(nameof(form.ApplicationId), l["Choose the project the objection is about."]);
            return View(nameof(Results), page);
        }
        var publicity = await db.Publicities.AsNoTracking().SingleAsync(p => p.EditionId == id);
        try
        {
            db.Objections.Add(Objection.Lodge(publicity, form.ApplicationId!.Value, form.Name!, form.Contact!, form.Text!, Now));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(nameof(Results), page);
        }
        await db.SaveChangesAsync();
        TempData.Flash(l["Your objection is recorded. The program officer will look into it and may contact you."]);
        return Redirect($"/competitions/{id}/results?lodged=true#objection");
    }

    [HttpGet("editions/{id:guid}/objections")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Objections(Guid id)
    {
        var page = await ObjectionsPageAsync(id);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("editions/{id:guid}/objections/{objectionId:guid}/resolve")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Resolve(Guid id, Guid objectionId, ResolveForm form, [FromServices] IValidator<ResolveForm> validator)
    {
        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId && o.EditionId == id);
        if (objection is null) return NotFound();
        if ((await validator.ValidateAsync(form)).CopyTo(ModelState) && ModelState.IsValid)
        {
            try
            {
                objection.Resolve(form.Resolution == "upheld", form.Note!, UserId, Now);
                await db.SaveChangesAsync();
                TempData.Flash(objection.Status == ObjectionStatus.Upheld
                    ? l["The objection is upheld. The decision on its project can now be changed on the ranking page."]
                    : l["The objection is dismissed."]);
                return Redirect($"/editions/{id}/objections#objection-{objectionId}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex, l);
            }
        }
        db.ChangeTracker.Clear();
        var page = (await ObjectionsPageAsync(id))!;
        page.RefusedId = objectionId;
        page.RefusedForm = form;
        return View(nameof(Objections), page);
    }

    [HttpPost("editions/{id:guid}/results/finalize")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Finalize(Guid id, [FromServices] MailComposer mail, [FromServices] Notifier notifier)
    {
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Id == id);
        var publicity = await db.Publicities.SingleOrDefaultAsync(p => p.EditionId == id);
        if (edition is null || publicity is null) return NotFound();
        var objections = await db.Objections.AsNoTracking().Where(o => o.EditionId == id).ToListAsync();
        var decisions = await db.Decisions.Where(d => d.EditionId == id).ToListAsync();
        try
        {
            publicity.Finalize(objections, decisions, UserId, Now);
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return Redirect($"/editions/{id}/objections");
        }

        // One e-mail per member of each organization with a decided application, listing its projects' results.
        var tiers = await db.Set<AwardTier>().AsNoTracking().Where(t => t.EditionId == id).ToDictionaryAsync(t => t.Id, t => t.Name);
        var applications = await db.Applications.AsNoTracking().Where(a => a.EditionId == id && db.Decisions.Any(d => d.ApplicationId == a.Id))
            .Select(a => new { a.Id, a.OrganizationId, a.ProjectName }).ToListAsync();
        var organizationIds = applications.Select(a => a.OrganizationId).Distinct().ToList();
        var recipients = await (from m in db.OrganizationMembers
                                join u in db.Users on m.UserId equals u.Id
                                where organizationIds.Contains(m.OrganizationId) && u.Email != null
                                select new { m.OrganizationId, u.Email, u.DisplayName }).AsNoTracking().ToListAsync();
        var byApplication = decisions.ToDictionary(d => d.ApplicationId);
        var url = $"{Request.Scheme}://{Request.Host}/competitions/{id}/results";
        foreach (var r in recipients)
        {
            var lines = new List<string> { l["The results of {0} are final.", edition.Name].Value };
            foreach (var a in applications.Where(a => a.OrganizationId == r.OrganizationId).OrderBy(a => a.ProjectName, StringComparer.Ordinal))
                lines.Add(Outcome(a.ProjectName, byApplication[a.Id], tiers));
            db.OutboxMessages.Add(mail.Compose(r.Email!, r.DisplayName, l["Final results: {0}", edition.Name], lines,
                (l["See the results"], url), $"results-final:{id}:{r.OrganizationId}:{r.Email}"));
        }
        // In-app too: every member of each organization, one notification per decided project, read in the reader's language.
        var members = await notifier.MembersOfAsync(organizationIds);
        foreach (var a in applications)
        {
            var (key, args, link) = Notice(edition.Name, a.ProjectName, byApplication[a.Id], tiers);
            notifier.Notify(members[a.OrganizationId], key, args, link, $"results-final:{a.Id}");
        }
        // Funded applications become projects awaiting their agreement; awards become payable at once.
        var organizationOf = applications.ToDictionary(a => a.Id, a => a.OrganizationId);
        foreach (var d in decisions.Where(d => d.Outcome != DecisionOutcome.NotSelected))
            db.Grants.Add(Grant.Open(d, organizationOf[d.ApplicationId], Now));
        db.Entry(edition).Property(e => e.Version).CurrentValue = edition.Version + 1;
        await db.SaveChangesAsync();
        TempData.Flash(l["The results are final. {0} e-mails to the applicant organizations are on their way.", recipients.Count]);
        return Redirect($"/editions/{id}/objections");
    }

    private string Outcome(string project, Decision d, IReadOnlyDictionary<int, string> tiers) => d.Outcome switch
    {
        DecisionOutcome.Funded => l["\"{0}\": funded with {1}.", project, d.Amount],
        DecisionOutcome.Awarded => l["\"{0}\": awarded {1} ({2}).", project, d.AwardTierId is { } t ? tiers.GetValueOrDefault(t, "") : "", d.Amount],
        _ => l["\"{0}\": not selected this time.", project],
    };

    /// <summary>The in-app notification of a final decision: its key (the English text, see <see cref="Notifier"/>), arguments and link.</summary>
    private (string Key, string[] Args, string Link) Notice(string edition, string project, Decision d, IReadOnlyDictionary<int, string> tiers) => d.Outcome switch
    {
        DecisionOutcome.Funded => (l["Final results of {0}: your project \"{1}\" is funded with {2}."].Name,
            [edition, project, d.Amount.ToString()], "/organization/grants"),
        DecisionOutcome.Awarded => (l["Final results of {0}: your project \"{1}\" is awarded {2} ({3})."].Name,
            [edition, project, d.AwardTierId is { } t ? tiers.GetValueOrDefault(t, "") : "", d.Amount.ToString()], $"/competitions/{d.EditionId}/results"),
        _ => (l["Final results of {0}: your project \"{1}\" is not selected this time."].Name,
            [edition, project], $"/competitions/{d.EditionId}/results"),
    };

    private async Task<ResultsPage?> ResultsPageAsync(Guid id)
    {
        var head = await (from p in db.Publicities
                          join e in db.Editions on p.EditionId equals e.Id
                          where p.EditionId == id
                          select new { e.Name, p.PublishedAt, p.EndsOn, p.FinalizedAt }).AsNoTracking().SingleOrDefaultAsync();
        if (head is null) return null;
        var rows = await (from d in db.Decisions
                          join a in db.Applications on d.ApplicationId equals a.Id
                          join o in db.Organizations on a.OrganizationId equals o.Id
                          where d.EditionId == id && d.Outcome != DecisionOutcome.NotSelected
                          select new
                          {
                              a.Id, a.ProjectName, Organization = o.Name, d.Outcome, d.Amount,
                              Category = db.Set<EditionCategory>().Where(c => c.Id == a.CategoryId).Select(c => c.Name).FirstOrDefault(),
                              Tier = db.Set<AwardTier>().Where(t => t.Id == d.AwardTierId).Select(t => t.Name).FirstOrDefault(),
                          }).AsNoTracking().ToListAsync();
        var judges = await (from j in db.EditionJudges
                            join u in db.Users on j.UserId equals u.Id
                            where j.EditionId == id
                            select u.DisplayName).ToListAsync();
        var endsOn = head.EndsOn;
        return new ResultsPage
        {
            EditionId = id,
            EditionName = head.Name,
            PublishedAt = head.PublishedAt,
            EndsOn = endsOn,
            IsFinal = head.FinalizedAt is not null,
            AcceptsObjections = head.FinalizedAt is null && Now < ChinaTime.StartOfDayUtc(endsOn.AddDays(1)),
            Rows = rows.OrderBy(r => r.Outcome).ThenByDescending(r => r.Amount).ThenBy(r => r.ProjectName, StringComparer.Ordinal)
                .Select(r => new ResultRow(r.Id, r.ProjectName, r.Organization, r.Category, r.Outcome, r.Amount, r.Tier)).ToList(),
            Judges = judges.OrderBy(n => n, StringComparer.Ordinal).ToList(),
        };
    }

    private async Task<ObjectionsPage?> ObjectionsPageAsync(Guid id)
    {
        var head = await (from p in db.Publicities
                          join e in db.Editions on p.EditionId equals e.Id
                          where p.EditionId == id
                          select new { e.Name, p.EndsOn, p.FinalizedAt }).AsNoTracking().SingleOrDefaultAsync();
        if (head is null) return null;
        var rows = await (from o in db.Objections
                          join a in db.Applications on o.ApplicationId equals a.Id
                          where o.EditionId == id
                          orderby o.LodgedAt
                          select new ObjectionRow(o.Id, a.ProjectName, o.Name, o.Contact, o.Text, o.LodgedAt, o.Status, o.ResolutionNote,
                              db.Users.Where(u => u.Id == o.ResolvedByUserId).Select(u => u.DisplayName).FirstOrDefault(), o.ResolvedAt))
            .AsNoTracking().ToListAsync();
        var end = ChinaTime.StartOfDayUtc(head.EndsOn.AddDays(1));
        return new ObjectionsPage
        {
            EditionId = id,
            EditionName = head.Name,
            EndsOn = head.EndsOn,
            PeriodEndUtc = end,
            IsFinal = head.FinalizedAt is not null,
            PeriodOver = Now >= end,
            Rows = rows,
        };
    }
}
