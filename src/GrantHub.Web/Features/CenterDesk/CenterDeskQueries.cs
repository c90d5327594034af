using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Residencies;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.CenterDesk;

/// <summary>
/// Reads for the staff pages, always limited to the centers the person works at. Each page runs a fixed number of
/// queries whatever the number of residencies: counts are grouped in the database, rows come a page at a time.
/// </summary>
public static class CenterDeskQueries
{
    public const int DashboardRows = 8;
    public const int EndingWindowDays = 30;

    public static async Task<DashboardPage> DashboardAsync(GrantHubDbContext db, IReadOnlyList<int> centerIds, DateOnly today)
    {
        var centers = await db.IncubationCenters.AsNoTracking().Where(c => centerIds.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new CenterName(c.Id, c.Name)).ToListAsync();
        var waiting = Waiting(db, centerIds);
        var overdueBefore = ChinaTime.StartOfDayUtc(WorkingDays.OverdueIfAppliedBefore(today));
        var counts = await waiting.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Overdue = g.Count(x => x.AppliedAt < overdueBefore) })
            .SingleOrDefaultAsync();
        var oldest = WithWorkingDays(await WaitingRows(db, waiting.OrderBy(x => x.AppliedAt).Take(DashboardRows)).ToListAsync(), today);

        var byStatus = await db.Residencies.AsNoTracking().Where(r => centerIds.Contains(r.CenterId))
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count);

        // The database works out the end of each term roughly (month arithmetic differs at month ends between
        // providers); the exact end date is then checked here on the few rows that come back.
        var horizon = today.AddDays(EndingWindowDays);
        var ending = (await (from r in db.Residencies
                             join o in db.Organizations on r.OrganizationId equals o.Id
                             join c in db.IncubationCenters on r.CenterId equals c.Id
                             where centerIds.Contains(r.CenterId) && r.Status == ResidencyStatus.Admitted
                                   && r.StartsOn!.Value.AddMonths(r.TermMonths!.Value) >= today.AddDays(-3)
                                   && r.StartsOn!.Value.AddMonths(r.TermMonths!.Value) <= horizon.AddDays(3)
                             select new EndingRow(r.Id, o.Name, c.Name, r.StartsOn!.Value, r.TermMonths!.Value))
                .AsNoTracking().ToListAsync())
            .Where(e => e.EndsOn >= today && e.EndsOn <= horizon).OrderBy(e => e.EndsOn).ToList();
        var pastTerm = await db.Residencies.AsNoTracking()
            .CountAsync(r => centerIds.Contains(r.CenterId) && r.Status == ResidencyStatus.Admitted
                             && r.StartsOn!.Value.AddMonths(r.TermMonths!.Value) < today);

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var services = await (from s in db.ServiceRecords
                              join r in db.Residencies on s.ResidencyId equals r.Id
                              where centerIds.Contains(r.CenterId) && s.On >= monthStart && s.On <= today
                              group s by s.Type into g
                              select new ServiceTally(g.Key, g.Count(), g.Sum(s => s.Minutes)))
            .AsNoTracking().ToListAsync();

        return new DashboardPage(centers, oldest, counts?.Total ?? 0, counts?.Overdue ?? 0, byStatus, ending, pastTerm,
            services.OrderBy(s => s.Type).ToList(), today);
    }

    public static async Task<ApplicationsPage> ApplicationsAsync(GrantHubDbContext db, IReadOnlyList<int> centerIds, DateOnly today, int page, int size)
    {
        var waiting = Waiting(db, centerIds);
        var overdueBefore = ChinaTime.StartOfDayUtc(WorkingDays.OverdueIfAppliedBefore(today));
        var counts = await waiting.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Overdue = g.Count(x => x.AppliedAt < overdueBefore) })
            .SingleOrDefaultAsync();
        var rows = WithWorkingDays(await WaitingRows(db, waiting.OrderBy(x => x.AppliedAt).Skip((page - 1) * size).Take(size)).ToListAsync(), today);
        return new ApplicationsPage(new Page<WaitingRow>(rows, page, size, counts?.Total ?? 0), counts?.Overdue ?? 0, centerIds.Count > 1);
    }

    public static async Task<ResidentsPage> ResidentsAsync(GrantHubDbContext db, IReadOnlyList<int> centerIds, ResidencyStatus? status, int page, int size)
    {
        var residencies = db.Residencies.AsNoTracking().Where(r => centerIds.Contains(r.CenterId));
        if (status is { } s) residencies = residencies.Where(r => r.Status == s);
        var total = await residencies.CountAsync();
        var rows = await (from r in residencies
                          join o in db.Organizations on r.OrganizationId equals o.Id
                          join c in db.IncubationCenters on r.CenterId equals c.Id
                          orderby o.Name, r.AppliedAt descending
                          select new ResidentRow(r.Id, o.Name, c.Name, r.Status, r.AppliedAt, r.StartsOn, r.TermMonths, r.Placement, r.DeskNumber,
                              db.ServiceRecords.Count(x => x.ResidencyId == r.Id)))
            .Skip((page - 1) * size).Take(size).ToListAsync();
        return new ResidentsPage(status, new Page<ResidentRow>(rows, page, size, total), centerIds.Count > 1);
    }

    /// <summary>The detail page of one residency (authorization is the caller's), or null when there is none.</summary>
    public static async Task<ResidencyDetailPage?> DetailAsync(GrantHubDbContext db, Guid id, DateOnly today)
    {
        var r = await db.Residencies.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (r is null) return null;
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.OrganizationId);
        var center = await db.IncubationCenters.AsNoTracking().Where(c => c.Id == r.CenterId)
            .Select(c => new
            {
                c.Name,
                c.Desks,
                c.GraduationPassMark,
                Used = db.Residencies.Count(x => x.CenterId == c.Id && x.DeskNumber != null),
                DecidedBy = db.Users.Where(u => u.Id == r.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleAsync();
        var services = await (from s in db.ServiceRecords
                              where s.ResidencyId == id
                              orderby s.On descending, s.RecordedAt descending
                              select new ServiceLine(s.Type, s.On, s.Minutes, s.Topic, s.Attendees, s.Amount,
                                  db.Users.Where(u => u.Id == s.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? ""))
            .AsNoTracking().ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ResidencyId == id)
            .OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt)
            .Select(a => new AssessmentLine(a.ResidencyId, a.Kind, a.On, a.Governance, a.Team, a.Finance, a.ProjectOperation, a.Comment))
            .ToListAsync();
        var desksFree = Math.Max(0, center.Desks - center.Used);
        return new ResidencyDetailPage
        {
            Id = r.Id,
            Version = r.Version,
            Status = r.Status,
            Needs = r.Needs,
            AppliedAt = r.AppliedAt,
            ReviewStartedAt = r.ReviewStartedAt,
            DecidedAt = r.DecidedAt,
            DecidedBy = center.DecidedBy,
            RejectionReason = r.RejectionReason,
            StartsOn = r.StartsOn,
            TermMonths = r.TermMonths,
            Placement = r.Placement,
            DeskNumber = r.DeskNumber,
            GraduatedOn = r.GraduatedOn,
            CertificateNumber = r.CertificateNumber,
            ExitedOn = r.ExitedOn,
            ExitReason = r.ExitReason,
            CenterName = center.Name,
            Desks = center.Desks,
            DesksFree = desksFree,
            PassMark = center.GraduationPassMark,
            Profile = ProfileSummary.From(organization),
            Services = services,
            Assessments = assessments,
            Today = today,
            Admit = new AdmitForm { StartsOn = today, Placement = desksFree > 0 ? Placement.Desk : Placement.Virtual },
            Service = new ServiceForm { On = today },
            Assessment = new AssessmentForm { On = today, Kind = AssessmentKind.Capacity },
            Graduate = new GraduateForm { On = today },
            Exit = new ExitForm { On = today },
        };
    }

    /// <summary>Applications of these centers that wait for an answer (applied or under review).</summary>
    private static IQueryable<Residency> Waiting(GrantHubDbContext db, IReadOnlyList<int> centerIds) =>
        db.Residencies.AsNoTracking()
            .Where(r => centerIds.Contains(r.CenterId) && (r.Status == ResidencyStatus.Applied || r.Status == ResidencyStatus.UnderReview));

    /// <summary>Rows for a page of waiting applications; keeps the page's order.</summary>
    private static IQueryable<WaitingRow> WaitingRows(GrantHubDbContext db, IQueryable<Residency> page) =>
        from r in page
        join o in db.Organizations on r.OrganizationId equals o.Id
        join c in db.IncubationCenters on r.CenterId equals c.Id
        orderby r.AppliedAt
        select new WaitingRow(r.Id, o.Name, c.Name, r.Status, r.AppliedAt);

    private static List<WaitingRow> WithWorkingDays(IEnumerable<WaitingRow> rows, DateOnly today) =>
        rows.Select(w => w with { WorkingDaysWaiting = WorkingDays.Between(DateOnly.FromDateTime(ChinaTime.ToChina(w.AppliedAt)), today) }).ToList();
}
