using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Applications;

/// <summary>Reads for the application pages: a fixed number of queries whatever the number of applications, lines and files.</summary>
public static class ApplicationQueries
{
    /// <summary>The application with its budget and attachments (three queries); tracked when it is going to change.</summary>
    public static Task<Application?> LoadAsync(GrantHubDbContext db, Guid id, bool tracked)
    {
        var query = db.Applications.Include(a => a.Budget).Include(a => a.Attachments).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id);
    }

    public static Task<CompetitionEdition> EditionAsync(GrantHubDbContext db, Guid editionId, bool tracked = false)
    {
        var query = db.Editions.Include(e => e.Categories);
        return (tracked ? query : query.AsNoTracking()).SingleAsync(e => e.Id == editionId);
    }

    public static StepHeader Header(Application application, CompetitionEdition edition, int step)
    {
        var missing = application.MissingForSubmission().Select(ApplicationSteps.Of).ToHashSet();
        var done = new HashSet<int>();
        foreach (var s in new[] { ApplicationSteps.Project, ApplicationSteps.Plan, ApplicationSteps.Budget })
            if (!missing.Contains(s)) done.Add(s);
        if (application.Attachments.Count > 0) done.Add(ApplicationSteps.Attachments);
        return new StepHeader(application.Id, edition.Name, edition.ClosesOn, application.ProjectName, step, done);
    }

    /// <summary>Everything the read-only page shows: the application, its edition's rules and the organization's profile.</summary>
    public static async Task<ApplicationView> ViewAsync(GrantHubDbContext db, Application application, CompetitionEdition edition)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == application.OrganizationId);
        var screenedBy = application.ScreenedByUserId is { } officer
            ? await db.Users.AsNoTracking().Where(u => u.Id == officer).Select(u => u.DisplayName).SingleOrDefaultAsync()
            : null;
        return new ApplicationView
        {
            Application = application,
            EditionId = edition.Id,
            EditionName = edition.Name,
            ClosesOn = edition.ClosesOn,
            Deadline = edition.Deadline,
            PerProjectCap = edition.PerProjectCap,
            MinMatchingPercent = edition.MinMatchingPercent,
            CategoryName = edition.Categories.FirstOrDefault(c => c.Id == application.CategoryId)?.Name,
            Profile = ApplicantProfile.From(organization),
            ScreenedBy = screenedBy,
        };
    }

    /// <summary>The organization's latest earlier application with something in it, offered for reuse.</summary>
    public static Task<ReusableApplication?> ReusableAsync(GrantHubDbContext db, Guid organizationId, Guid excluding) =>
        (from a in db.Applications
         join e in db.Editions on a.EditionId equals e.Id
         where a.OrganizationId == organizationId && a.Id != excluding && a.ProjectName != ""
         orderby a.SubmittedAt == null, a.SubmittedAt descending, a.UpdatedAt descending
         select new ReusableApplication(a.Id, a.ProjectName, e.Name, a.SubmittedAt))
        .AsNoTracking().FirstOrDefaultAsync();

    /// <summary>Three queries: the organization's name, its applications (with how far each draft is), the open editions.</summary>
    public static async Task<MyApplicationsPage?> MineAsync(GrantHubDbContext db, Guid organizationId, DateOnly today)
    {
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).SingleOrDefaultAsync();
        if (name is null) return null;
        var rows = await (from a in db.Applications
                          join e in db.Editions on a.EditionId equals e.Id
                          where a.OrganizationId == organizationId
                          orderby a.UpdatedAt descending
                          select new MyApplicationRow(a.Id, e.Id, e.Name, e.ClosesOn, e.ReviewEndsOn, a.ProjectName, a.Status, a.UpdatedAt, a.SubmittedAt,
                              a.WithdrawnAt, a.ScreeningReason,
                              a.ProjectName != "" && a.CategoryId != null && a.Summary != "",
                              a.NeedAnalysis != "" && a.Goals != "" && a.Activities != "" && a.Beneficiaries != "" && a.BeneficiaryCount != null && a.Team != "",
                              a.Budget.Any()))
            .AsNoTracking().ToListAsync();
        var open = await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Published && e.OpensOn <= today && e.ClosesOn >= today)
            .OrderBy(e => e.ClosesOn)
            .Select(e => new OpenEdition(e.Id, e.Name, e.ClosesOn, e.PerProjectCap, e.AllowsSeveralApplications))
            .ToListAsync();
        return new MyApplicationsPage(name, rows,
            open.Select(e => e with { Applied = rows.Any(r => r.EditionId == e.Id && r.Status != ApplicationStatus.Withdrawn) }).ToList());
    }
}
