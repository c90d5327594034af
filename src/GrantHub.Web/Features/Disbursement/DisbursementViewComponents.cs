using System.Security.Claims;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Disbursement;

/// <summary>
/// The tranches of a grant on its project page: the table with its totals, and on each row the step the signed-in
/// person may take (officer: request, cancel; finance: approve, pay). Members of the organization read it; anyone who
/// may not see the grant gets nothing.
/// </summary>
public sealed class TranchesViewComponent(GrantHubDbContext db, IAuthorizationService auth, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid grantId)
    {
        var grant = await DisbursementQueries.GrantAsync(db, grantId);
        if (grant is null || !(await auth.AuthorizeAsync(UserClaimsPrincipal, new GrantResource(grant.Id, grant.OrganizationId), Operations.View)).Succeeded)
            return Content("");
        var rows = await DisbursementQueries.TranchesAsync(db, grantId);
        var model = new TranchesBlock
        {
            GrantId = grantId,
            Kind = grant.Kind,
            Rows = rows,
            Can = AbilitiesOf.User(UserClaimsPrincipal),
            Today = ChinaTime.Today(clock),
            ReturnUrl = HttpContext.Request.Path,
            Refused = RefusedForms.Read(TempData),
        };
        return View("~/Features/Disbursement/_Tranches.cshtml", model);
    }
}

/// <summary>
/// The claw-backs of a grant (追回): the officer claims money back (only once something was paid) or withdraws a claim;
/// finance records the money returned.
/// </summary>
public sealed class ClawbacksViewComponent(GrantHubDbContext db, IAuthorizationService auth, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid grantId)
    {
        var grant = await DisbursementQueries.GrantAsync(db, grantId);
        if (grant is null || !(await auth.AuthorizeAsync(UserClaimsPrincipal, new GrantResource(grant.Id, grant.OrganizationId), Operations.View)).Succeeded)
            return Content("");
        var paid = (await db.Tranches.AsNoTracking()
                .Where(t => t.GrantId == grantId && t.Status == TrancheStatus.Paid).Select(t => t.Amount).ToListAsync())
            .Aggregate(Money.Zero, (s, a) => s + a);
        var rows = await DisbursementQueries.ClawbacksAsync(db, grantId);
        var model = new ClawbacksBlock
        {
            GrantId = grantId,
            GrantVersion = grant.Version,
            Paid = paid,
            Claimed = rows.Where(r => r.Status != ClawbackStatus.Withdrawn).Aggregate(Money.Zero, (s, r) => s + r.Amount),
            Rows = rows,
            Can = AbilitiesOf.User(UserClaimsPrincipal),
            Today = ChinaTime.Today(clock),
            ReturnUrl = HttpContext.Request.Path,
            Refused = RefusedForms.Read(TempData),
        };
        return View("~/Features/Disbursement/_Clawbacks.cshtml", model);
    }
}

internal static class AbilitiesOf
{
    public static Abilities User(ClaimsPrincipal user) => new(
        user.IsInRole(Roles.ProgramOfficer),
        user.IsInRole(Roles.FinanceOfficer),
        user.FindFirstValue(ClaimTypes.NameIdentifier));
}
