using System.Runtime.CompilerServices;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>One line of the funding ledger: a grant (funded project or award) and its money, in yuan.</summary>
public sealed class FundingLedgerRow
{
    public int? No { get; init; }
    public int? Year { get; init; }
    public string? Edition { get; init; }
    public string Organization { get; init; } = "";
    public string? Project { get; init; }
    public string? Kind { get; init; }
    public string? Status { get; init; }
    public decimal Decided { get; init; }
    public decimal Agreed { get; init; }
    public decimal Planned { get; init; }
    public decimal Paid { get; init; }
    public decimal Remaining { get; init; }
    public int TranchesPaid { get; init; }
    public int Tranches { get; init; }
    public DateOnly? LastPaidOn { get; init; }
    public DateOnly? SignedOn { get; init; }
}

/// <summary>
/// 资金拨付台账: a line per grant, edition by edition, with what the decision gave, what the agreement fixes, what the
/// tranches plan (cancelled ones left out), what is paid and what remains to pay (planned − paid, as on the funding
/// ledger pages), and a totals row summed in whole fen as the lines go. Two queries per page: the grants, then their
/// tranches.
/// </summary>
public sealed class FundingLedger(GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope) : Ledger(db, l, scope)
{
    /// <summary>The grants, and the totals row.</summary>
    public override async Task<int> CountAsync(CancellationToken ct)
    {
        var editions = EditionIds();
        var grants = Db.Grants.Where(g => editions.Contains(g.EditionId));
        if (ScopedOrganizations is { } scoped) grants = grants.Where(g => scoped.Contains(g.OrganizationId));
        return await grants.CountAsync(ct) + 1;
    }

    public override IReadOnlyList<LedgerSheet> Sheets() =>
    [
        new LedgerSheet<FundingLedgerRow>(L["Grants"], Columns(), RowsAsync()),
    ];

    private List<LedgerColumn> Columns() =>
    [
        new(nameof(FundingLedgerRow.No), L["No."], 6),
        new(nameof(FundingLedgerRow.Year), L["Year"], 7),
        new(nameof(FundingLedgerRow.Edition), L["Edition"], 26),
        new(nameof(FundingLedgerRow.Organization), L["Organization"], 30),
        new(nameof(FundingLedgerRow.Project), L["Project name"], 30),
        new(nameof(FundingLedgerRow.Kind), L["Kind"], 10),
        new(nameof(FundingLedgerRow.Status), L["Status"], 12),
        new(nameof(FundingLedgerRow.Decided), L["Decided (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(FundingLedgerRow.Agreed), L["Agreed (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(FundingLedgerRow.Planned), L["Planned (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(FundingLedgerRow.Paid), L["Paid (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(FundingLedgerRow.Remaining), L["Remaining to pay (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(FundingLedgerRow.TranchesPaid), L["Tranches paid"], 10),
        new(nameof(FundingLedgerRow.Tranches), L["Tranches planned"], 10),
        new(nameof(FundingLedgerRow.LastPaidOn), L["Last paid on"], 12, LedgerColumn.Date),
        new(nameof(FundingLedgerRow.SignedOn), L["Agreement signed on"], 12, LedgerColumn.Date),
    ];

    private async IAsyncEnumerable<FundingLedgerRow> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var no = 0;
        Money decided = Money.Zero, agreed = Money.Zero, planned = Money.Zero, paid = Money.Zero;
        int tranchesPaid = 0, tranches = 0;
        foreach (var edition in await EditionsAsync(ct))
        {
            var after = Guid.Empty;
            while (true)
            {
                var page = await Page(edition.Id, after).ToListAsync(ct);
                if (page.Count == 0) break;
                after = page[^1].Id;
                var ids = page.Select(g => g.Id).ToList();
                var byGrant = (await Db.Tranches.AsNoTracking().Where(t => ids.Contains(t.GrantId))
                    .Select(t => new TrancheLine(t.GrantId, t.Amount, t.Status, t.PaidOn)).ToListAsync(ct)).ToLookup(t => t.GrantId);
                foreach (var g in page)
                {
                    var ts = byGrant[g.Id].Where(t => t.Status != TrancheStatus.Cancelled).ToList();
                    var gPlanned = ts.Aggregate(Money.Zero, (s, t) => s + t.Amount);
                    var gPaid = ts.Where(t => t.Status == TrancheStatus.Paid).Aggregate(Money.Zero, (s, t) => s + t.Amount);
                    var gAgreed = g.Agreed ?? Money.Zero;
                    var gTranchesPaid = ts.Count(t => t.Status == TrancheStatus.Paid);
                    decided += g.Decided;
                    agreed += gAgreed;
                    planned += gPlanned;
                    paid += gPaid;
                    tranchesPaid += gTranchesPaid;
                    tranches += ts.Count;
                    yield return new FundingLedgerRow
                    {
                        No = ++no,
                        Year = edition.Year,
                        Edition = edition.Name,
                        Organization = g.Organization,
                        Project = g.Project,
                        Kind = Label(g.Kind),
                        Status = Label(g.Status),
                        Decided = Yuan(g.Decided),
                        Agreed = Yuan(gAgreed),
                        Planned = Yuan(gPlanned),
                        Paid = Yuan(gPaid),
                        Remaining = Yuan(gPlanned - gPaid),
                        TranchesPaid = gTranchesPaid,
                        Tranches = ts.Count,
                        LastPaidOn = ts.Where(t => t.Status == TrancheStatus.Paid).Max(t => t.PaidOn),
                        SignedOn = g.SignedOn,
                    };
                }
                if (page.Count < PageSize) break;
            }
        }
        yield return new FundingLedgerRow
        {
            Organization = L["Total"],
            Project = L["Grants: {0}", no],
            Decided = Yuan(decided),
            Agreed = Yuan(agreed),
            Planned = Yuan(planned),
            Paid = Yuan(paid),
            Remaining = Yuan(planned - paid),
            TranchesPaid = tranchesPaid,
            Tranches = tranches,
        };
    }

    /// <summary>The next page of an edition's grants after <paramref name="after"/> (in id order), with their names.</summary>
    internal IQueryable<GrantLine> Page(Guid editionId, Guid after)
    {
        var grants = Db.Grants.AsNoTracking().Where(g => g.EditionId == editionId && g.Id.CompareTo(after) > 0);
        if (ScopedOrganizations is { } scoped) grants = grants.Where(g => scoped.Contains(g.OrganizationId));
        return from g in grants.OrderBy(g => g.Id).Take(PageSize)
               join a in Db.Applications on g.ApplicationId equals a.Id
               join o in Db.Organizations on g.OrganizationId equals o.Id
               orderby g.Id
               select new GrantLine(g.Id, o.Name, a.ProjectName, g.Kind, g.Status, g.DecidedAmount, g.AgreedAmount, g.SignedOn);
    }

    internal sealed record GrantLine(Guid Id, string Organization, string Project, GrantKind Kind, GrantStatus Status, Money Decided,
        Money? Agreed, DateOnly? SignedOn);

    private sealed record TrancheLine(Guid GrantId, Money Amount, TrancheStatus Status, DateOnly? PaidOn);
}
