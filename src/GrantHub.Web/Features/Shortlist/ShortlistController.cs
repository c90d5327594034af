using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Ranking;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Shortlist;

/// <summary>
/// The shortlist of the second round (路演/答辩入围名单): the officer chooses it from the written round's ranking, the
/// top N (a tie at the cut kept whole) or application by application, and may add to it later. Choosing the first
/// shortlist opens the second round, which fixes its rubric and weights. An application leaves the shortlist only
/// before any judge has started its second-round sheet (its unstarted second-round assignments go with it), and nothing
/// changes once the results are published.
/// </summary>
[Authorize(Roles = Roles.ProgramOfficer)]
[Route("editions/{id:guid}/shortlist")]
public sealed class ShortlistController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string TopPrefix = "Top";
    private const string PickPrefix = "Pick";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string OfficerId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id)
    {
        var page = await PageAsync(id);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("top")]
    public async Task<IActionResult> Top(Guid id, [Bind(Prefix = TopPrefix)] TopForm form, [FromServices] IValidator<TopForm> validator)
    {
        var data = await LoadAsync(id);
        if (data is null) return NotFound();
        if (await RefusedAsync(id, data) is { } refused) return refused;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, TopPrefix) || !ModelState.IsValid)
            return await AgainAsync(id, page => page.Top = form);
        IReadOnlyList<RankedApplication> top;
        try
        {
            top = Core.Judging.Shortlist.Top(data.Result, form.Count!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await AgainAsync(id, page => page.Top = form);
        }
        if (top.Count == 0)
        {
            ModelState.AddModelError($"{TopPrefix}.{nameof(TopForm.Count)}", l["No application has first-round scores yet."]);
            return await AgainAsync(id, page => page.Top = form);
        }
        return await AddAsync(id, data, top, page => page.Top = form);
    }

    [HttpPost("pick")]
    public async Task<IActionResult> Pick(Guid id, [Bind(Prefix = PickPrefix)] PickForm form, [FromServices] IValidator<PickForm> validator)
    {
        var data = await LoadAsync(id);
        if (data is null) return NotFound();
        if (await RefusedAsync(id, data) is { } refused) return refused;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, PickPrefix) || !ModelState.IsValid)
            return await AgainAsync(id, page => page.Pick = form);
        var ranked = data.Result.Applications.ToDictionary(a => a.ApplicationId);
        if (form.ApplicationIds.Any(a => !ranked.ContainsKey(a))) return NotFound();
        return await AddAsync(id, data, form.ApplicationIds.Distinct().Select(a => ranked[a]).OrderBy(a => a.Position).ToList(),
            page => page.Pick = form);
    }

    /// <summary>Takes an application off the shortlist with its unstarted second-round assignments.</summary>
    [HttpPost("remove")]
    public async Task<IActionResult> Remove(Guid id, Guid applicationId)
    {
        var entry = await db.Shortlist.SingleOrDefaultAsync(s => s.EditionId == id && s.ApplicationId == applicationId);
        if (entry is null) return NotFound();
        var project = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.ProjectName).SingleAsync();
        if (await db.Publicities.AnyAsync(p => p.EditionId == id))
        {
            TempData.FlashError(l["The results are published: the shortlist can no longer change."]);
            return Redirect($"/editions/{id}/shortlist");
        }
        var assignments = await db.JudgeAssignments
            .Where(a => a.EditionId == id && a.ApplicationId == applicationId && a.Round == Assignment.SecondRound).ToListAsync();
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        if (await db.ScoreSheets.AnyAsync(s => assignmentIds.Contains(s.AssignmentId)))
        {
            TempData.FlashError(l["A judge has started the defense score sheet of \"{0}\": it stays on the shortlist.", project]);
            return Redirect($"/editions/{id}/shortlist");
        }
        db.JudgeAssignments.RemoveRange(assignments);
        db.Shortlist.Remove(entry);
        await db.SaveChangesAsync();
        TempData.Flash(assignments.Count == 0
            ? l["\"{0}\" is no longer on the shortlist.", project]
            : l["\"{0}\" is no longer on the shortlist; its {1} second-round assignments were removed.", project, assignments.Count]);
        return Redirect($"/editions/{id}/shortlist");
    }

    /// <summary>Adds the applications not on the shortlist yet, opening the second round with the first ones; one save.</summary>
    private async Task<IActionResult> AddAsync(Guid id, RankingQueries.RankingData data, IReadOnlyList<RankedApplication> chosen,
        Action<ShortlistPage> typed)
    {
        var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == id);
        var added = 0;
        try
        {
            foreach (var ranked in chosen.Where(a => !data.Shortlist.Contains(a.ApplicationId)))
            {
                db.Shortlist.Add(ShortlistEntry.Add(edition, ranked, OfficerId, Now));
                added++;
            }
            if (added > 0 && !edition.SecondRoundOpen) edition.OpenSecondRound(Now);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(ex, l);
            return await AgainAsync(id, typed);
        }
        if (added == 0)
        {
            TempData.FlashError(l["These applications are already on the shortlist."]);
            return Redirect($"/editions/{id}/shortlist");
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two officers at once: the unique index keeps each application on the shortlist once.
            TempData.FlashError(l["Another officer changed the shortlist meanwhile. Look at it again before adding more."]);
            return Redirect($"/editions/{id}/shortlist");
        }
        TempData.Flash(l["{0} applications added to the shortlist; it now holds {1}. Assign judges to them for the defense.",
            added, data.Shortlist.Count + added]);
        return Redirect($"/editions/{id}/shortlist");
    }

    /// <summary>No second round, or results published: the shortlist does not change.</summary>
    private async Task<IActionResult?> RefusedAsync(Guid id, RankingQueries.RankingData data)
    {
        if (!data.Edition.HasSecondRound)
        {
            TempData.FlashError(l["This edition has no second round."]);
            return Redirect($"/editions/{id}/shortlist");
        }
        if (await db.Publicities.AnyAsync(p => p.EditionId == id))
        {
            TempData.FlashError(l["The results are published: the shortlist can no longer change."]);
            return Redirect($"/editions/{id}/shortlist");
        }
        return null;
    }

    private Task<RankingQueries.RankingData?> LoadAsync(Guid id) =>
        RankingQueries.LoadAsync(db, id, i => l["Judge {0}", RankingQueries.Letter(i)]);

    private async Task<IActionResult> AgainAsync(Guid id, Action<ShortlistPage> typed)
    {
        var page = await PageAsync(id);
        if (page is null) return NotFound();
        typed(page);
        return View(nameof(Index), page);
    }

    /// <summary>The ranking's queries, and three more: the shortlist entries, the second-round assignments, publicity.</summary>
    private async Task<ShortlistPage?> PageAsync(Guid id)
    {
        var data = await LoadAsync(id);
        if (data is null) return null;
        var e = data.Edition;
        var entries = await db.Shortlist.AsNoTracking().Where(s => s.EditionId == id)
            .ToDictionaryAsync(s => s.ApplicationId, s => s.FirstRoundPosition);
        var secondRound = (await (from a in db.JudgeAssignments
                                  where a.EditionId == id && a.Round == Assignment.SecondRound
                                  select new
                                  {
                                      a.ApplicationId,
                                      SetAside = db.ConflictDeclarations.Any(d => d.ApplicationId == a.ApplicationId && d.JudgeUserId == a.JudgeUserId
                                          && d.HasConflict && d.LiftedAt == null),
                                      Started = db.ScoreSheets.Any(s => s.AssignmentId == a.Id),
                                  }).AsNoTracking().ToListAsync())
            .ToLookup(a => a.ApplicationId);
        var published = await db.Publicities.AnyAsync(p => p.EditionId == id);
        var applications = data.Applications.ToDictionary(a => a.Id);
        return new ShortlistPage
        {
            EditionId = e.Id,
            EditionName = e.Name,
            HasSecondRound = e.HasSecondRound,
            OpenedAt = e.SecondRoundOpenedAt,
            WrittenRoundPercent = e.WrittenRoundPercent,
            JudgesPerApplication = e.SecondRoundJudgesPerApplication,
            Published = published,
            Rows = data.Result.Applications.Select(r =>
            {
                var a = applications[r.ApplicationId];
                var assigned = secondRound[r.ApplicationId].ToList();
                return new ShortlistRow(r.ApplicationId, r.Position, r.Rank, a.ProjectName, a.OrganizationName, r.Aggregate, r.ScoreCount,
                    entries.ContainsKey(r.ApplicationId), entries.TryGetValue(r.ApplicationId, out var at) ? at : null,
                    assigned.Count(x => !x.SetAside), assigned.Any(x => x.Started));
            }).ToList(),
        };
    }
}
