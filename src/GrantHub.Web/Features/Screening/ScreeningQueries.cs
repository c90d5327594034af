using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Screening;

/// <summary>The officer's reads: four queries for a list page, three for the export, whatever the number of applications.</summary>
public static class ScreeningQueries
{
    public static async Task<EditionApplicationsPage?> ListAsync(GrantHubDbContext db, Guid editionId, ApplicationFilter filter)
    {
        var edition = await db.Editions.AsNoTracking().Include(e => e.Categories).SingleOrDefaultAsync(e => e.Id == editionId);
        if (edition is null) return null;
        var counts = await db.Applications.AsNoTracking().Where(a => a.EditionId == editionId)
            .GroupBy(a => a.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync();

        var query = from a in db.Applications
                    join o in db.Organizations on a.OrganizationId equals o.Id
                    join c in db.Set<EditionCategory>() on a.CategoryId equals c.Id into cs
                    from c in cs.DefaultIfEmpty()
                    where a.EditionId == editionId && a.Status != ApplicationStatus.Draft
                    select new { a, o, c };
        if (filter.Status is { } status) query = query.Where(x => x.a.Status == status);
        if (filter.Category is { } category) query = query.Where(x => x.a.CategoryId == category);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(x => x.a.ProjectName.Contains(q) || x.o.Name.Contains(q));
        }
        var number = Page<ApplicationListRow>.Clamp(filter.Page);
        var total = await query.CountAsync();
        var rows = await query
            .OrderBy(x => x.a.SubmittedAt == null).ThenBy(x => x.a.SubmittedAt).ThenBy(x => x.o.Name)
            .Skip((number - 1) * EditionApplicationsPage.PageSize).Take(EditionApplicationsPage.PageSize)
            .Select(x => new ApplicationListRow(x.a.Id, x.a.ProjectName, x.o.Name, x.c == null ? null : x.c.Name, x.a.FiscalRequested,
                x.a.MatchingFunds, x.a.Status, x.a.SubmittedAt))
            .AsNoTracking().ToListAsync();
        return new EditionApplicationsPage
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            ClosesOn = edition.ClosesOn,
            Categories = edition.Categories.OrderBy(c => c.Id).Select(c => new CategoryChoice(c.Id, c.Name)).ToList(),
            Filter = filter,
            Rows = new Page<ApplicationListRow>(rows, number, EditionApplicationsPage.PageSize, total),
            Counts = counts,
        };
    }

    public sealed record ExportRow(Guid Id, string ProjectName, string OrganizationName, string? CreditCode, string? FilingNumber,
        string ContactPerson, string ContactMobile, string? CategoryName, ApplicationStatus Status, DateTime? SubmittedAt, int? BeneficiaryCount,
        Money Fiscal, Money Matching, string Summary, string? ScreeningReason);

    public sealed record ExportLine(Guid ApplicationId, int Order, string Subject, string Description, Money UnitPrice, int Quantity, FundsSource Source);

    /// <summary>The edition's submitted applications and all their budget lines: two queries after the edition's.</summary>
    public static async Task<(string EditionName, IReadOnlyList<ExportRow> Rows, IReadOnlyList<ExportLine> Lines)?> ExportAsync(GrantHubDbContext db, Guid editionId)
    {
        var name = await db.Editions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.Name).SingleOrDefaultAsync();
        if (name is null) return null;
        var rows = await (from a in db.Applications
                          join o in db.Organizations on a.OrganizationId equals o.Id
                          join c in db.Set<EditionCategory>() on a.CategoryId equals c.Id into cs
                          from c in cs.DefaultIfEmpty()
                          where a.EditionId == editionId && a.Status != ApplicationStatus.Draft
                          orderby a.SubmittedAt, o.Name
                          select new ExportRow(a.Id, a.ProjectName, o.Name, o.CreditCode, o.FilingNumber, o.ContactPerson, o.ContactMobile,
                              c == null ? null : c.Name, a.Status, a.SubmittedAt, a.BeneficiaryCount, a.FiscalRequested, a.MatchingFunds,
                              a.Summary, a.ScreeningReason))
            .AsNoTracking().ToListAsync();
        var lines = await (from a in db.Applications
                           from l in a.Budget
                           where a.EditionId == editionId && a.Status != ApplicationStatus.Draft
                           select new ExportLine(a.Id, l.Order, l.Subject, l.Description, l.UnitPrice, l.Quantity, l.Source))
            .AsNoTracking().ToListAsync();
        return (name, rows, lines);
    }
}
