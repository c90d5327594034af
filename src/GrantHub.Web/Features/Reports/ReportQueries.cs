using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Reports;

/// <summary>
/// Reads for the report pages: one projection joins each report to its project, organization and edition, so a list is
/// one query (two with its count) whatever its length. A report still owed by a project that is no longer running
/// (stopped, or completed) is owed no more: lists leave it out.
/// </summary>
public static class ReportQueries
{
    public const int PageSize = 25;

    public static IQueryable<ReportRow> Rows(GrantHubDbContext db) =>
        from r in db.ProjectReports.AsNoTracking()
        join g in db.Grants on r.GrantId equals g.Id
        join a in db.Applications on g.ApplicationId equals a.Id
        join o in db.Organizations on g.OrganizationId equals o.Id
        join e in db.Editions on g.EditionId equals e.Id
        select new ReportRow
        {
            Id = r.Id,
            GrantId = r.GrantId,
            Kind = r.Kind,
            Number = r.Number,
            Title = r.Title,
            DueOn = r.DueOn,
            Status = r.Status,
            FirstSubmittedAt = r.FirstSubmittedAt,
            SubmittedAt = r.SubmittedAt,
            ReviewedAt = r.ReviewedAt,
            ReviewComment = r.ReviewComment,
            ExcusedAt = r.ExcusedAt,
            ExcuseReason = r.ExcuseReason,
            SavedAt = r.SavedAt,
            OrganizationId = g.OrganizationId,
            EditionId = g.EditionId,
            GrantStatus = g.Status,
            Project = a.ProjectName,
            Organization = o.Name,
            Edition = e.Name,
        };

    /// <summary>Leaves out what a project no longer running still "owes".</summary>
    public static IQueryable<ReportRow> Owed(this IQueryable<ReportRow> rows) =>
        rows.Where(r => r.Status != ReportStatus.Pending || r.GrantStatus == GrantStatus.InProgress);

    public static Task<ProjectFacts?> ProjectAsync(GrantHubDbContext db, Guid grantId) =>
        (from g in db.Grants.AsNoTracking()
         join a in db.Applications on g.ApplicationId equals a.Id
         join o in db.Organizations on g.OrganizationId equals o.Id
         join e in db.Editions on g.EditionId equals e.Id
         where g.Id == grantId
         select new ProjectFacts(g.Id, g.OrganizationId, g.EditionId, a.ProjectName, o.Name, e.Name, g.Status))
        .SingleOrDefaultAsync();

    /// <summary>The report's row and its project, or null when there is no such report.</summary>
    public static async Task<(ReportRow Row, ProjectFacts Project)?> ReportAsync(GrantHubDbContext db, Guid reportId)
    {
        var row = await Rows(db).Where(r => r.Id == reportId).SingleOrDefaultAsync();
        if (row is null) return null;
        var project = new ProjectFacts(row.GrantId, row.OrganizationId, row.EditionId, row.Project, row.Organization,
            row.Edition, row.GrantStatus);
        return (row, project);
    }

    /// <summary>The names of the people who submitted, reviewed and excused it (one query).</summary>
    public static async Task<(string? SubmittedBy, string? ReviewedBy, string? ExcusedBy)> PeopleAsync(GrantHubDbContext db, Guid reportId)
    {
        var people = await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => new
        {
            Submitted = db.Users.Where(u => u.Id == r.SubmittedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            Reviewed = db.Users.Where(u => u.Id == r.ReviewedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            Excused = db.Users.Where(u => u.Id == r.ExcusedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
        }).SingleAsync();
        return (people.Submitted, people.Reviewed, people.Excused);
    }

    public static Task<List<ReportAttachmentRow>> AttachmentsAsync(GrantHubDbContext db, Guid reportId) =>
        db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId).SelectMany(r => r.Attachments)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new ReportAttachmentRow(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.UploadedAt)).ToListAsync();

    /// <summary>
    /// The plan a report's spending is reported against: the lines it was saved with, or else the application's budget
    /// (subject and planned subtotal, in the budget's order).
    /// </summary>
    public static async Task<IReadOnlyList<PlannedLine>> PlanAsync(GrantHubDbContext db, Guid reportId, Guid grantId)
    {
        var saved = await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId).SelectMany(r => r.Spending)
            .OrderBy(s => s.Line).Select(s => new PlannedLine(s.Subject, s.Planned)).ToListAsync();
        if (saved.Count > 0) return saved;
        return await BudgetAsync(db, grantId);
    }

    public static async Task<IReadOnlyList<PlannedLine>> BudgetAsync(GrantHubDbContext db, Guid grantId)
    {
        var lines = await (from g in db.Grants.AsNoTracking()
                           join a in db.Applications on g.ApplicationId equals a.Id
                           from b in a.Budget
                           where g.Id == grantId
                           orderby b.Order
                           select new { b.Subject, b.UnitPrice, b.Quantity }).ToListAsync();
        return lines.Select(b => new PlannedLine(b.Subject, new Core.Money(checked(b.UnitPrice.Fen * b.Quantity)))).ToList();
    }

    /// <summary>
    /// What the form shows in the spent boxes: the report's own saved figures, or else the latest figures the project
    /// reported before (spending is reported to date, so last month's figures are this month's starting point).
    /// </summary>
    public static async Task<IReadOnlyList<SpendingRow>> SpendingAsync(GrantHubDbContext db, Guid reportId) =>
        await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId).SelectMany(r => r.Spending)
            .OrderBy(s => s.Line).Select(s => new SpendingRow(s.Subject, s.Planned, s.Spent)).ToListAsync();

    public static async Task<IReadOnlyList<SpendingRow>> EarlierSpendingAsync(GrantHubDbContext db, Guid grantId, Guid reportId, DateOnly dueOn)
    {
        var earlier = await db.ProjectReports.AsNoTracking()
            .Where(r => r.GrantId == grantId && r.Id != reportId && r.DueOn <= dueOn && r.Spending.Any())
            .OrderByDescending(r => r.DueOn).ThenByDescending(r => r.SavedAt).Select(r => r.Id).FirstOrDefaultAsync();
        return earlier == Guid.Empty ? [] : await SpendingAsync(db, earlier);
    }

    public static async Task<Page<ReportRow>> PageAsync(IQueryable<ReportRow> rows, int? page)
    {
        var number = Page<ReportRow>.Clamp(page);
        var total = await rows.CountAsync();
        var items = await rows.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync();
        return new Page<ReportRow>(items, number, PageSize, total);
    }
}
