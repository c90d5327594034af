using System.Text.Json;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Reports;

/// <summary>
/// The reports of a funded project, for its project page (<c>@await Component.InvokeAsync("Reports", new { grantId })</c>):
/// each with its due date, state and late flags; for the program officer, the form to add a milestone report. Anyone who
/// may not see the grant, and an award (which owes no reports), gets nothing.
/// </summary>
public sealed class ReportsViewComponent(GrantHubDbContext db, IAuthorizationService auth, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid grantId)
    {
        var grant = await db.Grants.AsNoTracking().Where(g => g.Id == grantId)
            .Select(g => new { g.Id, g.OrganizationId, g.Kind, g.Status }).SingleOrDefaultAsync();
        if (grant is null || grant.Kind != GrantKind.Funding) return Content("");
        var resource = new GrantResource(grant.Id, grant.OrganizationId);
        if (!(await auth.AuthorizeAsync(UserClaimsPrincipal, resource, Operations.View)).Succeeded) return Content("");
        var rows = await ReportQueries.Rows(db).Where(r => r.GrantId == grantId)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ThenBy(r => r.Number).ToListAsync();
        var refused = TempData[ReportsController.RefusedMilestoneKey] is string json ? JsonSerializer.Deserialize<RefusedMilestone>(json) : null;
        return View("~/Features/Reports/_ProjectReports.cshtml", new ProjectReportsBlock
        {
            GrantId = grantId,
            Rows = rows,
            Today = ChinaTime.Today(clock),
            CanAddMilestone = grant.Status == GrantStatus.InProgress
                              && (await auth.AuthorizeAsync(UserClaimsPrincipal, resource, Operations.Manage)).Succeeded,
            IsMember = (await auth.AuthorizeAsync(UserClaimsPrincipal, resource, Operations.Confirm)).Succeeded,
            Scheduled = rows.Count > 0,
            ReturnUrl = HttpContext.Request.Path,
            Refused = refused?.GrantId == grantId ? refused : null,
        });
    }
}
