using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Publicity;

/// <summary>The publication block on the ranking page: publish, the period, objections, finalize.</summary>
public sealed class PublicityStatusViewComponent(GrantHubDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid editionId)
    {
        var s = await db.Editions.Where(e => e.Id == editionId).Select(e => new
        {
            Publicity = db.Publicities.Where(p => p.EditionId == e.Id).Select(p => new { p.EndsOn, p.FinalizedAt }).FirstOrDefault(),
            Undecided = db.Applications.Count(a => a.EditionId == e.Id && a.Status == ApplicationStatus.Eligible && !db.Decisions.Any(d => d.ApplicationId == a.Id)),
            Open = db.Objections.Count(o => o.EditionId == e.Id && o.Status == ObjectionStatus.Open),
            All = db.Objections.Count(o => o.EditionId == e.Id),
        }).AsNoTracking().SingleOrDefaultAsync();
        if (s is null) return Content("");
        var ends = s.Publicity?.EndsOn;
        var over = ends is { } d && clock.GetUtcNow().UtcDateTime >= Core.ChinaTime.StartOfDayUtc(d.AddDays(1));
        var model = new PublicityStatus(editionId, s.Publicity is not null, ends, over, s.Publicity?.FinalizedAt is not null, s.Undecided, s.Open, s.All,
            UserClaimsPrincipal.IsInRole(Roles.ProgramOfficer));
        return View("~/Features/Publicity/_Status.cshtml", model);
    }
}

/// <summary>On the public call page: a link to the results once they are published; nothing before.</summary>
public sealed class ResultsLinkViewComponent(GrantHubDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid editionId)
    {
        var published = await db.Publicities.AnyAsync(p => p.EditionId == editionId);
        return published ? View("~/Features/Publicity/_ResultsLink.cshtml", editionId) : Content("");
    }
}
