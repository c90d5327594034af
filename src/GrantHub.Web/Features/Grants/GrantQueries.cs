using System.Linq.Expressions;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Grants;

/// <summary>
/// The reads of the grant pages. A ledger is two queries (the grants with their names, then their tranches) whatever
/// its length; each row needs its tranches anyway (for its next step), so a row's sums are made here in whole fen.
/// </summary>
public static class GrantQueries
{
    /// <summary>The grants matching <paramref name="which"/>, with what each decided, agreed, paid and what comes next.</summary>
    public static async Task<List<LedgerRow>> LedgerAsync(GrantHubDbContext db, Expression<Func<Grant, bool>> which)
    {
        var grants = await (from g in db.Grants.Where(which)
                            join a in db.Applications on g.ApplicationId equals a.Id
                            join o in db.Organizations on g.OrganizationId equals o.Id
                            join e in db.Editions on g.EditionId equals e.Id
                            select new
                            {
                                g.Id, a.ProjectName, g.OrganizationId, OrganizationName = o.Name, g.EditionId, EditionName = e.Name, e.Year,
                                g.Kind, g.Status, g.DecidedAmount, g.AgreedAmount,
                            }).AsNoTracking().ToListAsync();
        var tranches = await (from t in db.Tranches
                              join g in db.Grants.Where(which) on t.GrantId equals g.Id
                              select new LedgerTranche(t.GrantId, t.Number, t.Amount, t.Trigger, t.DueOn, t.Status))
            .AsNoTracking().ToListAsync();
        var byGrant = tranches.ToLookup(t => t.GrantId);
        return grants
            .OrderByDescending(g => g.Year).ThenBy(g => g.EditionName, StringComparer.Ordinal)
            .ThenBy(g => g.Kind).ThenBy(g => g.OrganizationName, StringComparer.Ordinal).ThenBy(g => g.ProjectName, StringComparer.Ordinal)
            .Select(g =>
            {
                var ts = byGrant[g.Id].ToList();
                Money Sum(Func<LedgerTranche, bool> f) => ts.Where(f).Aggregate(Money.Zero, (s, t) => s + t.Amount);
                return new LedgerRow
                {
                    Id = g.Id,
                    ProjectName = g.ProjectName,
                    OrganizationId = g.OrganizationId,
                    OrganizationName = g.OrganizationName,
                    EditionId = g.EditionId,
                    EditionName = g.EditionName,
                    Kind = g.Kind,
                    Status = g.Status,
                    Decided = g.DecidedAmount,
                    Agreed = g.AgreedAmount ?? Money.Zero,
                    Planned = Sum(t => t.Status != TrancheStatus.Cancelled),
                    Paid = Sum(t => t.Status == TrancheStatus.Paid),
                    Cancelled = Sum(t => t.Status == TrancheStatus.Cancelled),
                    Next = NextStep.Of(g.Kind, g.Status, ts),
                };
            }).ToList();
    }

    public static async Task<EditionLedgerPage?> EditionLedgerAsync(GrantHubDbContext db, Guid editionId, LedgerFilter filter, bool showEditionLinks)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new { e.Id, e.Name, e.Pool, Final = db.Publicities.Any(p => p.EditionId == e.Id && p.FinalizedAt != null) })
            .SingleOrDefaultAsync();
        if (edition is null) return null;
        var decided = await DecidedAsync(db, d => d.EditionId == editionId);
        var all = await LedgerAsync(db, g => g.EditionId == editionId);
        var rows = Filtered(all, filter).ToList();
        var number = Math.Min(Page<LedgerRow>.Clamp(filter.Page), Math.Max(1, (rows.Count + EditionLedgerPage.PageSize - 1) / EditionLedgerPage.PageSize));
        return new EditionLedgerPage
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            Pool = edition.Pool,
            Decided = decided.GetValueOrDefault(editionId, Money.Zero),
            Totals = LedgerTotals.Of(all),
            Filter = filter,
            Rows = new Page<LedgerRow>(rows.Skip((number - 1) * EditionLedgerPage.PageSize).Take(EditionLedgerPage.PageSize).ToList(),
                number, EditionLedgerPage.PageSize, rows.Count),
            ResultsFinal = edition.Final,
            ShowEditionLinks = showEditionLinks,
        };
    }

    public static IEnumerable<LedgerRow> Filtered(IEnumerable<LedgerRow> rows, LedgerFilter filter) =>
        rows.Where(r => (filter.Kind is null || r.Kind == filter.Kind) && (filter.Status is null || r.Status == filter.Status));

    /// <summary>Every edition with grants, newest first, with its ledger's figures: four queries in all.</summary>
    public static async Task<List<EditionLedgerSummary>> EditionsAsync(GrantHubDbContext db)
    {
        var editions = await db.Editions.AsNoTracking().Where(e => db.Grants.Any(g => g.EditionId == e.Id))
            .Select(e => new { e.Id, e.Name, e.Year, e.Pool }).ToListAsync();
        var ids = editions.Select(e => e.Id).ToList();
        var decided = await DecidedAsync(db, d => ids.Contains(d.EditionId));
        var rows = (await LedgerAsync(db, g => ids.Contains(g.EditionId))).ToLookup(r => r.EditionId);
        return editions.OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new EditionLedgerSummary(e.Id, e.Name, e.Year, e.Pool, decided.GetValueOrDefault(e.Id, Money.Zero), LedgerTotals.Of(rows[e.Id])))
            .ToList();
    }

    public static async Task<OrganizationLedgerPage?> OrganizationLedgerAsync(GrantHubDbContext db, Guid organizationId, bool own)
    {
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).SingleOrDefaultAsync();
        if (name is null) return null;
        return new OrganizationLedgerPage
        {
            OrganizationId = organizationId,
            OrganizationName = name,
            Rows = await LedgerAsync(db, g => g.OrganizationId == organizationId),
            IsOwnView = own,
        };
    }

    /// <summary>What the decisions gave (funded and awarded amounts), per edition.</summary>
    private static async Task<Dictionary<Guid, Money>> DecidedAsync(GrantHubDbContext db, Expression<Func<Decision, bool>> which)
    {
        return await db.Decisions.AsNoTracking().Where(which).Where(d => d.Outcome != DecisionOutcome.NotSelected)
            .GroupBy(d => d.EditionId).Select(g => new { g.Key, Fen = g.Sum(d => (long)d.Amount) })
            .ToDictionaryAsync(g => g.Key, g => new Money(g.Fen));
    }

    // ---- One grant ----

    /// <summary>The grant's header and agreement with the names of the people who drafted and confirmed it: one query.</summary>
    public static Task<GrantHeader?> HeaderAsync(GrantHubDbContext db, Guid grantId) =>
        (from g in db.Grants
         join a in db.Applications on g.ApplicationId equals a.Id
         join o in db.Organizations on g.OrganizationId equals o.Id
         join e in db.Editions on g.EditionId equals e.Id
         where g.Id == grantId
         select new GrantHeader
         {
             Id = g.Id,
             Version = g.Version,
             ProjectName = a.ProjectName,
             ApplicationId = g.ApplicationId,
             OrganizationId = g.OrganizationId,
             OrganizationName = o.Name,
             EditionId = g.EditionId,
             EditionName = e.Name,
             Kind = g.Kind,
             Status = g.Status,
             Decided = g.DecidedAmount,
             Agreed = g.AgreedAmount,
             BankAccountName = g.BankAccountName,
             BankName = g.BankName,
             BankAccountNumber = g.BankAccountNumber,
             DraftedByUserId = g.DraftedByUserId,
             DraftedBy = db.Users.Where(u => u.Id == g.DraftedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
             DraftedAt = g.DraftedAt,
             ConfirmedBy = db.Users.Where(u => u.Id == g.ConfirmedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
             ConfirmedAt = g.ConfirmedAt,
             SignedOn = g.SignedOn,
             ScanFileName = g.SignedScanFileName,
             StoppedAt = g.StoppedAt,
             StopReason = g.StopReason,
             CompletedAt = g.CompletedAt,
         }).AsNoTracking().SingleOrDefaultAsync();

    public static Task<List<LedgerTranche>> TranchesAsync(GrantHubDbContext db, Guid grantId) =>
        db.Tranches.AsNoTracking().Where(t => t.GrantId == grantId).OrderBy(t => t.Number)
            .Select(t => new LedgerTranche(t.GrantId, t.Number, t.Amount, t.Trigger, t.DueOn, t.Status)).ToListAsync();

    public static async Task<List<EvaluationRow>> EvaluationsAsync(GrantHubDbContext db, Guid grantId) =>
        (await db.Evaluations.AsNoTracking().Where(e => e.GrantId == grantId)
            .Select(e => new EvaluationRow(e.Kind, e.Score, e.PassMark, e.Passed, e.Evaluator, e.Comment, e.EvaluatedOn,
                db.Users.Where(u => u.Id == e.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(), e.RecordedAt))
            .ToListAsync()).OrderBy(e => e.Kind).ToList();

    /// <summary>The grant's page: four queries (header, tranches, evaluations).</summary>
    public static async Task<GrantPage?> PageAsync(GrantHubDbContext db, Guid grantId, bool isMember, bool canManage, bool showLedgerLink)
    {
        var header = await HeaderAsync(db, grantId);
        if (header is null) return null;
        var tranches = await TranchesAsync(db, grantId);
        var evaluations = await EvaluationsAsync(db, grantId);
        var next = tranches.Where(t => t.Status.IsOpen()).OrderBy(t => t.Number).FirstOrDefault();
        return new GrantPage
        {
            Grant = header,
            Tranches = tranches,
            Evaluations = evaluations,
            Next = next is null ? null : new NextTranche(next.Number, next.Amount, next.Trigger, next.DueOn, next.Status),
            NextStep = NextStep.Of(header.Kind, header.Status, tranches),
            Planned = tranches.Where(t => t.Status != TrancheStatus.Cancelled).Aggregate(Money.Zero, (s, t) => s + t.Amount),
            Paid = tranches.Where(t => t.Status == TrancheStatus.Paid).Aggregate(Money.Zero, (s, t) => s + t.Amount),
            IsMember = isMember,
            CanManage = canManage,
            ShowLedgerLink = showLedgerLink,
        };
    }

    public static Task<List<EvaluationKind>> RecordedKindsAsync(GrantHubDbContext db, Guid grantId) =>
        db.Evaluations.AsNoTracking().Where(e => e.GrantId == grantId).Select(e => e.Kind).ToListAsync();
}
