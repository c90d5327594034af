using System.Security.Claims;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using GrantHub.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Deadlines;

/// <summary>
/// The signed-in person's coming deadlines, in date order, for the home page: an organization's reports due within 30
/// days, overdue or returned; a judge's review deadlines with the unfinished score sheets; the staff's residency
/// applications with the day their answer is due and residents whose term ends within 30 days; an officer's reports
/// awaiting review and payable tranches not yet requested. At most two queries per role (each taking at most
/// <see cref="PerKind"/> rows), whatever the data size. Renders nothing for a visitor.
/// </summary>
public sealed class DeadlinesViewComponent(GrantHubDbContext db, UserScope scope, TimeProvider clock) : ViewComponent
{
    public const int PerKind = 10;
    public const int Shown = 12;
    public const int HorizonDays = 30;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return Content("");
        var user = UserClaimsPrincipal;
        var today = ChinaTime.Today(clock);
        var items = new List<Deadline>();
        if (user.IsInRole(Roles.OrganizationMember) && await scope.OrganizationIdAsync() is { } organizationId)
            items.AddRange(await OrganizationReportsAsync(organizationId, today));
        if (user.IsInRole(Roles.Judge))
            items.AddRange(await ReviewsAsync(userId, today));
        if (user.IsInRole(Roles.CenterStaff) && await scope.CenterIdsAsync() is { Count: > 0 } centers)
        {
            items.AddRange(await WaitingApplicationsAsync(centers));
            items.AddRange(await EndingTermsAsync(centers, today));
        }
        if (user.IsInRole(Roles.ProgramOfficer))
        {
            items.AddRange(await ReportsToReviewAsync());
            items.AddRange(await PayableTranchesAsync());
        }
        var ordered = items.OrderBy(i => i.On).ThenBy(i => i.Kind).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
        return View("~/Features/Deadlines/_Deadlines.cshtml", new DeadlinesModel(today, ordered.Take(Shown).ToList(), ordered.Count > Shown));
    }

    private async Task<List<Deadline>> OrganizationReportsAsync(Guid organizationId, DateOnly today)
    {
        var horizon = today.AddDays(HorizonDays);
        var rows = await (from r in db.ProjectReports.AsNoTracking()
                          join g in db.Grants on r.GrantId equals g.Id
                          join a in db.Applications on g.ApplicationId equals a.Id
                          where g.OrganizationId == organizationId && g.Status == GrantStatus.InProgress
                                && ((r.Status == ReportStatus.Pending && r.DueOn <= horizon) || r.Status == ReportStatus.Returned)
                          orderby r.DueOn, r.Kind, r.Number
                          select new { r.Id, r.DueOn, r.Status, r.Kind, r.Number, r.Title, a.ProjectName })
            .Take(PerKind).ToListAsync();
        return rows.Select(r => new Deadline(r.DueOn, r.Status == ReportStatus.Returned ? DeadlineKind.ReportReturned : DeadlineKind.ReportDue,
            $"/reports/{r.Id}", r.ProjectName) { ReportKind = r.Kind, Number = r.Number, ReportTitle = r.Title }).ToList();
    }

    private async Task<List<Deadline>> ReviewsAsync(string judgeId, DateOnly today)
    {
        var rows = await (from a in db.JudgeAssignments.AsNoTracking()
                          join e in db.Editions on a.EditionId equals e.Id
                          where a.JudgeUserId == judgeId && a.Round == Assignment.FirstRound && e.ReviewEndsOn >= today
                                && !db.ScoreSheets.Any(s => s.AssignmentId == a.Id && s.Status == ScoreSheetStatus.Submitted)
                                && !db.ConflictDeclarations.Any(d => d.ApplicationId == a.ApplicationId && d.JudgeUserId == a.JudgeUserId
                                                                     && d.HasConflict && d.LiftedAt == null)
                          group a by new { e.Id, e.Name, e.ReviewEndsOn } into g
                          orderby g.Key.ReviewEndsOn
                          select new { g.Key.Name, g.Key.ReviewEndsOn, Count = g.Count() })
            .Take(PerKind).ToListAsync();
        return rows.Select(r => new Deadline(r.ReviewEndsOn, DeadlineKind.Review, "/judging", r.Name) { Number = r.Count }).ToList();
    }

    private async Task<List<Deadline>> WaitingApplicationsAsync(IReadOnlyList<int> centers)
    {
        var rows = await (from r in db.Residencies.AsNoTracking()
                          join o in db.Organizations on r.OrganizationId equals o.Id
                          where centers.Contains(r.CenterId) && (r.Status == ResidencyStatus.Applied || r.Status == ResidencyStatus.UnderReview)
                          orderby r.AppliedAt
                          select new { r.Id, r.AppliedAt, o.Name })
            .Take(PerKind).ToListAsync();
        return rows.Select(r => new Deadline(ReminderPlan.ResidencyAnswerDue(DateOnly.FromDateTime(ChinaTime.ToChina(r.AppliedAt))),
            DeadlineKind.ResidencyAnswer, $"/center/residencies/{r.Id}", r.Name)).ToList();
    }

    private async Task<List<Deadline>> EndingTermsAsync(IReadOnlyList<int> centers, DateOnly today)
    {
        // A term of 3 to 36 months that ends within 30 days started in this range (a few days' margin for month ends).
        var earliestStart = today.AddMonths(-Residency.MaxTermMonths).AddDays(-4);
        var latestStart = today.AddDays(HorizonDays).AddMonths(-Residency.MinTermMonths).AddDays(4);
        var rows = await (from r in db.Residencies.AsNoTracking()
                          join o in db.Organizations on r.OrganizationId equals o.Id
                          where centers.Contains(r.CenterId) && r.Status == ResidencyStatus.Admitted
                                && r.StartsOn >= earliestStart && r.StartsOn <= latestStart
                          select new { r.Id, r.StartsOn, r.TermMonths, o.Name }).ToListAsync();
        return rows.Where(r => r.StartsOn is not null && r.TermMonths is not null)
            .Select(r => new Deadline(r.StartsOn!.Value.AddMonths(r.TermMonths!.Value), DeadlineKind.ResidencyTermEnds, $"/center/residencies/{r.Id}", r.Name))
            .Where(d => ReminderPlan.TermEndsSoon(d.On, today))
            .OrderBy(d => d.On).Take(PerKind).ToList();
    }

    private async Task<List<Deadline>> ReportsToReviewAsync()
    {
        var rows = await (from r in db.ProjectReports.AsNoTracking()
                          join g in db.Grants on r.GrantId equals g.Id
                          join a in db.Applications on g.ApplicationId equals a.Id
                          join o in db.Organizations on g.OrganizationId equals o.Id
                          where r.Status == ReportStatus.Submitted
                          orderby r.SubmittedAt
                          select new { r.Id, r.SubmittedAt, r.Kind, r.Number, r.Title, a.ProjectName, Organization = o.Name })
            .Take(PerKind).ToListAsync();
        return rows.Select(r => new Deadline(ChinaDay(r.SubmittedAt), DeadlineKind.ReportToReview, $"/reports/{r.Id}", r.ProjectName)
        {
            Organization = r.Organization, ReportKind = r.Kind, Number = r.Number, ReportTitle = r.Title,
        }).ToList();
    }

    private async Task<List<Deadline>> PayableTranchesAsync()
    {
        var rows = await (from t in db.Tranches.AsNoTracking()
                          join g in db.Grants on t.GrantId equals g.Id
                          join a in db.Applications on g.ApplicationId equals a.Id
                          join o in db.Organizations on g.OrganizationId equals o.Id
                          where t.Status == TrancheStatus.Eligible
                          orderby t.EligibleAt
                          select new { t.Number, t.Amount, t.EligibleAt, t.GrantId, a.ProjectName, Organization = o.Name })
            .Take(PerKind).ToListAsync();
        return rows.Select(t => new Deadline(ChinaDay(t.EligibleAt), DeadlineKind.TranchePayable, $"/grants/{t.GrantId}", t.ProjectName)
        {
            Organization = t.Organization, Number = t.Number, Amount = t.Amount,
        }).ToList();
    }

    private static DateOnly ChinaDay(DateTime? utc) => utc is { } u ? DateOnly.FromDateTime(ChinaTime.ToChina(u)) : default;
}
