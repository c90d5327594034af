using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.OrganizationDirectory;

/// <summary>What the directory's search form asks for.</summary>
public sealed record DirectoryFilter(
    string? Q, OrganizationType? Type, ServiceField? Field, EvaluationGrade? Grade, int? Center, ResidencyStatus? Status)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Type is null && Field is null && Grade is null && Center is null && Status is null;
}

public sealed record DirectoryRow(
    Guid Id, string Name, OrganizationType Type, string? CreditCode, string? FilingNumber, EvaluationGrade Grade,
    ServiceField Fields, bool Verified, ResidencyStatus? Status, string? CenterName);

public sealed record CenterOption(int Id, string Name);

public sealed record DirectoryPage(DirectoryFilter Filter, Page<DirectoryRow> Rows, IReadOnlyList<CenterOption> Centers, bool LimitedToOwnCenters);

public static class OrganizationDirectoryQueries
{
    public const int PageSize = 20;

    /// <summary>
    /// Three queries whatever the data: the centers for the filter, the count, and one page whose rows carry their
    /// latest residency (in scope) as correlated subqueries. <paramref name="centerScope"/> null means every center.
    /// </summary>
    public static async Task<DirectoryPage> PageAsync(GrantHubDbContext db, DirectoryFilter filter, int page, IReadOnlyList<int>? centerScope)
    {
        var centers = await db.IncubationCenters.AsNoTracking()
            .Where(c => centerScope == null || centerScope.Contains(c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new CenterOption(c.Id, c.Name))
            .ToListAsync();

        IQueryable<Residency> residencies = db.Residencies.AsNoTracking();
        if (centerScope is not null) residencies = residencies.Where(r => centerScope.Contains(r.CenterId));
        if (filter.Center is { } center) residencies = residencies.Where(r => r.CenterId == center);

        var orgs = db.Organizations.AsNoTracking();
        if (centerScope is not null || filter.Center is not null)
            orgs = orgs.Where(o => residencies.Any(r => r.OrganizationId == o.Id));
        if (filter.Status is { } status)
            orgs = orgs.Where(o => residencies.Any(r => r.OrganizationId == o.Id && r.Status == status));
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = filter.Q.Trim();
            var upper = term.ToUpperInvariant();
            orgs = orgs.Where(o => o.Name.Contains(term)
                || (o.CreditCode != null && o.CreditCode.Contains(upper))
                || (o.FilingNumber != null && o.FilingNumber.Contains(upper)));
        }
        if (filter.Type is { } type) orgs = orgs.Where(o => o.Type == type);
        if (filter.Field is { } field) orgs = orgs.Where(o => (o.ServiceFields & field) == field);
        if (filter.Grade is { } grade) orgs = orgs.Where(o => o.Grade == grade);

        var total = await orgs.CountAsync();
        var rows = await orgs
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new DirectoryRow(
                o.Id, o.Name, o.Type, o.CreditCode, o.FilingNumber, o.Grade, o.ServiceFields, o.VerifiedAt != null,
                residencies.Where(r => r.OrganizationId == o.Id).OrderByDescending(r => r.AppliedAt)
                    .Select(r => (ResidencyStatus?)r.Status).FirstOrDefault(),
                residencies.Where(r => r.OrganizationId == o.Id).OrderByDescending(r => r.AppliedAt)
                    .Join(db.IncubationCenters, r => r.CenterId, c => c.Id, (r, c) => c.Name).FirstOrDefault()))
            .ToListAsync();
        return new DirectoryPage(filter, new Page<DirectoryRow>(rows, page, PageSize, total), centers, centerScope is not null);
    }
}
