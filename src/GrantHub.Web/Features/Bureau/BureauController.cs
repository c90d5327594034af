using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Bureau;

/// <summary>The civil-affairs bureau's view of incubation: every center side by side, counted from the records.</summary>
[Authorize(Roles = Roles.ProgramOfficer + "," + Roles.Administrator)]
[Route("bureau")]
public sealed class BureauController(GrantHubDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("centers")]
    public async Task<IActionResult> Centers() => View(await BureauQueries.CentersAsync(db, ChinaTime.Today(clock)));
}
