using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// The figures without typing (减负): the bureau's dashboard over every center and edition, a center's over its own
/// residents, an organization's over its own applications, grants and reports. Every figure is computed from the
/// records on each request, shown as a chart and as the table it is drawn from, and links to the records behind it.
/// </summary>
[Authorize]
public sealed class DashboardsController(GrantHubDbContext db, UserScope scope, TimeProvider clock, IMemoryCache cache, IConfiguration configuration)
    : Controller
{
    public const string BureauRoles = Roles.ProgramOfficer + "," + Roles.FinanceOfficer + "," + Roles.Administrator;

    private DateOnly Today => ChinaTime.Today(clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("/bureau")]
    [Authorize(Roles = BureauRoles)]
    public async Task<IActionResult> Bureau([FromQuery] DashboardFilter filter)
    {
        var officer = User.IsInRole(Roles.ProgramOfficer);
        var admin = User.IsInRole(Roles.Administrator);
        var key = $"bureau:{Today}:{officer}:{admin}:{filter.Year}:{filter.Edition}:{filter.Center}:{filter.Category}";
        return View(await cache.GetOrComputeAsync(configuration, key, async () =>
        {
            var page = await DashboardQueries.BureauAsync(db, filter, Today, canOpenEditionPages: officer || admin, canOpenReports: officer);
            page.CanOpenCenterDashboards = admin;
            page.ComputedAt = Now;
            return page;
        }));
    }

    /// <summary>Center staff see their own centers (one of them, or all together); an administrator any center.</summary>
    [HttpGet("/center/dashboard")]
    [Authorize(Roles = Roles.CenterStaff + "," + Roles.Administrator)]
    public async Task<IActionResult> Center(int? year, int? center)
    {
        if (year is not (>= 2000 and <= 2999)) year = null; // a typed year outside the calendar filters nothing, never a 500
        var admin = User.IsInRole(Roles.Administrator);
        IReadOnlyList<int>? allowed = admin ? null : await scope.CenterIdsAsync();
        if (allowed is { Count: 0 }) return View("~/Features/CenterDesk/NoCenter.cshtml");
        if (center is { } c && allowed is not null && !allowed.Contains(c)) return Forbid();
        // An administrator may see a center they do not work at: links go to the directory, not to the staff's lists.
        var key = $"center:{Today}:{(allowed is null ? "all" : string.Join(',', allowed))}:{center}:{year}:{admin}";
        return View(await cache.GetOrComputeAsync(configuration, key, async () =>
        {
            var page = await ScopedDashboardQueries.CenterAsync(db, allowed, center, year, Today, isStaff: !admin);
            page.ComputedAt = Now;
            return page;
        }));
    }

    [HttpGet("/organization/dashboard")]
    [Authorize(Roles = Roles.OrganizationMember)]
    public async Task<IActionResult> Organization()
    {
        if (await scope.OrganizationIdAsync() is not { } organizationId) return Redirect("/organization");
        return View(await cache.GetOrComputeAsync(configuration, $"organization:{Today}:{organizationId}", async () =>
        {
            var page = await ScopedDashboardQueries.OrganizationAsync(db, organizationId, Today);
            page.ComputedAt = Now;
            return page;
        }));
    }
}
