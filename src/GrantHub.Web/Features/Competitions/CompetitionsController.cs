using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Competitions;

/// <summary>
/// The public face of the venture competitions: every published edition and its call (申报指南), readable without
/// signing in. Drafts are not found, except by the officers who prepare them (a preview).
/// </summary>
[AllowAnonymous]
[Route("competitions")]
public sealed class CompetitionsController(GrantHubDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page) =>
        View(await CompetitionQueries.PublishedAsync(db, ChinaTime.Today(clock), Page<CompetitionCard>.Clamp(page), PageSize));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Call(Guid id)
    {
        var call = await CompetitionQueries.CallAsync(db, id, ChinaTime.Today(clock));
        if (call is null) return NotFound();
        if (call.IsPreview && !(User.IsInRole(Roles.ProgramOfficer) || User.IsInRole(Roles.Administrator))) return NotFound();
        return View(call);
    }
}
