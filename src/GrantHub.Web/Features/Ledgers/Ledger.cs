using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>
/// What a ledger run covers: the edition and year asked for, and the centers whose organizations it is limited to
/// (null: every organization; empty: none, e.g. a staff member who no longer staffs a center).
/// </summary>
public sealed record LedgerScope(Guid? EditionId, int? Year, IReadOnlyList<int>? CenterIds, DateOnly Today)
{
    /// <summary>The scope of an export: its filters, and for center staff the centers they staff now.</summary>
    public static async Task<LedgerScope> OfAsync(GrantHubDbContext db, ExportJob export, DateOnly today, CancellationToken ct)
    {
        IReadOnlyList<int>? centers = export.CenterId is { } c ? [c] : null;
        if (export.OwnCentersOnly)
        {
            var own = await db.CenterStaff.AsNoTracking().Where(s => s.UserId == export.RequestedByUserId).Select(s => s.CenterId).ToListAsync(ct);
            centers = centers is null ? own : centers.Intersect(own).ToList();
        }
        return new LedgerScope(export.EditionId, export.Year, centers, today);
    }
}

/// <summary>
/// One of the standard ledgers: how many rows it will write (for the progress bar) and its sheets, whose rows are read
/// in pages of <see cref="PageSize"/> by key (AsNoTracking, a fixed number of queries per page), so a ledger of any
/// length is written in bounded memory.
/// </summary>
public abstract class Ledger(GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope)
{
    public const int PageSize = 500;

    protected GrantHubDbContext Db { get; } = db;

    protected IStringLocalizer<SharedResource> L { get; } = l;

    protected LedgerScope Scope { get; } = scope;

    public abstract Task<int> CountAsync(CancellationToken ct);

    public abstract IReadOnlyList<LedgerSheet> Sheets();

    public static Ledger For(LedgerKind kind, GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope) => kind switch
    {
        LedgerKind.Organizations => new OrganizationsLedger(db, l, scope),
        LedgerKind.Applications => new ApplicationsLedger(db, l, scope),
        LedgerKind.Funding => new FundingLedger(db, l, scope),
        LedgerKind.Reports => new ReportsLedger(db, l, scope),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ledger."),
    };

    /// <summary>The organizations the scope is limited to (those with a residency at one of its centers), or null for all.</summary>
    protected IQueryable<Guid>? ScopedOrganizations =>
        Scope.CenterIds is { } centers ? Db.Residencies.Where(r => centers.Contains(r.CenterId)).Select(r => r.OrganizationId) : null;

    /// <summary>The editions asked for, newest first: the competition ledgers go edition by edition.</summary>
    protected Task<List<EditionRef>> EditionsAsync(CancellationToken ct)
    {
        var editionId = Scope.EditionId;
        var year = Scope.Year;
        return Db.Editions.AsNoTracking()
            .Where(e => (editionId == null || e.Id == editionId) && (year == null || e.Year == year))
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.OpensOn).ThenBy(e => e.Name)
            .Select(e => new EditionRef(e.Id, e.Name, e.Year, e.HasSecondRound))
            .ToListAsync(ct);
    }

    /// <summary>The editions' ids as a query, for counting.</summary>
    protected IQueryable<Guid> EditionIds()
    {
        var editionId = Scope.EditionId;
        var year = Scope.Year;
        return Db.Editions.Where(e => (editionId == null || e.Id == editionId) && (year == null || e.Year == year)).Select(e => e.Id);
    }

    protected string YesNo(bool value) => value ? L["Yes"] : L["No"];

    protected string Label(Enum value) => L[Shared.EnumLabels.Of(value)];

    protected static decimal Yuan(Money money) => money.Yuan;

    protected static DateOnly? ChinaDate(DateTime? utc) => utc is { } u ? DateOnly.FromDateTime(ChinaTime.ToChina(u)) : null;

    protected sealed record EditionRef(Guid Id, string Name, int Year, bool HasSecondRound);
}
