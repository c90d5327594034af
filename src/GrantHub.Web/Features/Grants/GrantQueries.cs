using System.Linq.Expressions;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Grants;

/// <summary>
/// The reads of the grant pages. The ledgers add up in the database: each row's planned, paid and cancelled amounts and
/// its next open tranche are subqueries of the row's query, an edition's figures (decided, agreed, paid, remaining) are
/// aggregates of one query, and an edition's ledger reads only the page it shows. No tranche is loaded to be added up,
/// so a ledger costs the same number of queries, and reads the same number of rows, however many tranches there are.
/// </summary>
public static class GrantQueries
{
    /// <summary>The grants matching <paramref name="which"/>, with what each decided, agreed, paid and what comes next: one query.</summary>
    public static async Task<List<LedgerRow>> LedgerAsync(GrantHubDbContext db, Expression<Func<Grant, bool>> which) =>
        (await Rows(db, db.Grants.Where(which)).ToListAsync()).Select(r => r.ToRow()).ToList();

    /// <summary>The edition's figures and the page of its ledger the filter asks for: two queries.</summary>
    public static async Task<EditionLedgerPage?> EditionLedgerAsync(GrantHubDbContext db, Guid editionId, LedgerFilter filter, bool showEditionLinks)
    {
        var edition = await Figures(db, db.Editions.Where(e => e.Id == editionId), filter.Kind, filter.Status).SingleOrDefaultAsync();
        if (edition is null) return null;
        var pages = Math.Max(1, (edition.Matching + EditionLedgerPage.PageSize - 1) / EditionLedgerPage.PageSize);
        var number = Math.Min(Page<LedgerRow>.Clamp(filter.Page), pages);
        var rows = edition.Matching == 0 ? [] : await LedgerPageAsync(db, editionId, filter, number);
        return new EditionLedgerPage
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            Pool = edition.Pool,
            Decided = new Money(edition.Decided),
            Totals = edition.Totals(),
            Filter = filter,
            Rows = new Page<LedgerRow>(rows, number, EditionLedgerPage.PageSize, edition.Matching),
            ResultsFinal = edition.Final,
            ShowEditionLinks = showEditionLinks,
        };
    }

    /// <summary>Page <paramref name="number"/> of the edition's ledger as the filter narrows it: one query.</summary>
    internal static async Task<List<LedgerRow>> LedgerPageAsync(GrantHubDbContext db, Guid editionId, LedgerFilter filter, int number) =>
        (await Rows(db, Filtered(db.Grants.Where(g => g.EditionId == editionId), filter))
            .Skip((number - 1) * EditionLedgerPage.PageSize).Take(EditionLedgerPage.PageSize).ToListAsync())
        .Select(r => r.ToRow()).ToList();

    /// <summary>The rows the filter keeps (the export filters rows it has read; the page filters in the database).</summary>
    public static IEnumerable<LedgerRow> Filtered(IEnumerable<LedgerRow> rows, LedgerFilter filter) =>
        rows.Where(r => (filter.Kind is null || r.Kind == filter.Kind) && (filter.Status is null || r.Status == filter.Status));

    private static IQueryable<Grant> Filtered(IQueryable<Grant> grants, LedgerFilter filter)
    {
        if (filter.Kind is { } kind) grants = grants.Where(g => g.Kind == kind);
        if (filter.Status is { } status) grants = grants.Where(g => g.Status == status);
        return grants;
    }

    /// <summary>Every edition with grants, newest first, with its ledger's figures: one query.</summary>
    public static async Task<List<EditionLedgerSummary>> EditionsAsync(GrantHubDbContext db)
    {
        var editions = await Figures(db, db.Editions.Where(e => db.Grants.Any(g => g.EditionId == e.Id)), null, null).ToListAsync();
        return editions.OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new EditionLedgerSummary(e.Id, e.Name, e.Year, e.Pool, new Money(e.Decided), e.Totals()))
            .ToList();
    }

    /// <summary>An organization's grants, whatever their edition: two queries (its name, its rows); the totals add up the rows.</summary>
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

    /// <summary>
    /// A ledger's rows, newest edition first, then funded before awarded, by organization and project (then by id, so
    /// that pages never overlap): each row's sums in whole fen and its first open tranche are correlated subqueries, so
    /// the tranches are added up where they are.
    /// </summary>
    private static IQueryable<RowData> Rows(GrantHubDbContext db, IQueryable<Grant> grants) =>
        from g in grants.AsNoTracking()
        join a in db.Applications on g.ApplicationId equals a.Id
        join o in db.Organizations on g.OrganizationId equals o.Id
        join e in db.Editions on g.EditionId equals e.Id
        orderby e.Year descending, e.Name, g.Kind, o.Name, a.ProjectName, g.Id
        select new RowData
        {
            Id = g.Id,
            ProjectName = a.ProjectName,
            OrganizationId = g.OrganizationId,
            OrganizationName = o.Name,
            EditionId = g.EditionId,
            EditionName = e.Name,
            Kind = g.Kind,
            Status = g.Status,
            Decided = g.DecidedAmount,
            Agreed = g.AgreedAmount,
            Planned = g.Tranches.Where(t => t.Status != TrancheStatus.Cancelled).Sum(t => (long)t.Amount),
            Paid = g.Tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => (long)t.Amount),
            Cancelled = g.Tranches.Where(t => t.Status == TrancheStatus.Cancelled).Sum(t => (long)t.Amount),
            // The first open tranche, a column at a time: each a TOP(1)/LIMIT 1 subquery on the grant's (GrantId, Number)
            // index, where a projected row would be a window over every open tranche of the database joined back.
            NextNumber = g.Tranches.Where(t => t.Status != TrancheStatus.Paid && t.Status != TrancheStatus.Cancelled)
                .OrderBy(t => t.Number).Select(t => (int?)t.Number).FirstOrDefault(),
            NextTrigger = g.Tranches.Where(t => t.Status != TrancheStatus.Paid && t.Status != TrancheStatus.Cancelled)
                .OrderBy(t => t.Number).Select(t => (TrancheTrigger?)t.Trigger).FirstOrDefault(),
            NextDueOn = g.Tranches.Where(t => t.Status != TrancheStatus.Paid && t.Status != TrancheStatus.Cancelled)
                .OrderBy(t => t.Number).Select(t => t.DueOn).FirstOrDefault(),
            NextStatus = g.Tranches.Where(t => t.Status != TrancheStatus.Paid && t.Status != TrancheStatus.Cancelled)
                .OrderBy(t => t.Number).Select(t => (TrancheStatus?)t.Status).FirstOrDefault(),
        };

    /// <summary>
    /// The editions' ledger figures, each an aggregate subquery: what the decisions gave, the grants (all, and those the
    /// filter keeps), what they decided and agreed, and their tranches planned, paid and cancelled.
    /// </summary>
    private static IQueryable<EditionFigures> Figures(GrantHubDbContext db, IQueryable<CompetitionEdition> editions, GrantKind? kind, GrantStatus? status) =>
        editions.AsNoTracking().Select(e => new EditionFigures
        {
            Id = e.Id,
            Name = e.Name,
            Year = e.Year,
            Pool = e.Pool,
            Final = db.Publicities.Any(p => p.EditionId == e.Id && p.FinalizedAt != null),
            Decided = db.Decisions.Where(d => d.EditionId == e.Id && d.Outcome != DecisionOutcome.NotSelected).Sum(d => (long)d.Amount),
            Count = db.Grants.Count(g => g.EditionId == e.Id),
            Matching = db.Grants.Count(g => g.EditionId == e.Id && (kind == null || g.Kind == kind) && (status == null || g.Status == status)),
            GrantsDecided = db.Grants.Where(g => g.EditionId == e.Id).Sum(g => (long)g.DecidedAmount),
            Agreed = db.Grants.Where(g => g.EditionId == e.Id && g.AgreedAmount != null).Sum(g => (long)g.AgreedAmount!.Value),
            Planned = db.Grants.Where(g => g.EditionId == e.Id).SelectMany(g => g.Tranches)
                .Where(t => t.Status != TrancheStatus.Cancelled).Sum(t => (long)t.Amount),
            Paid = db.Grants.Where(g => g.EditionId == e.Id).SelectMany(g => g.Tranches)
                .Where(t => t.Status == TrancheStatus.Paid).Sum(t => (long)t.Amount),
            Cancelled = db.Grants.Where(g => g.EditionId == e.Id).SelectMany(g => g.Tranches)
                .Where(t => t.Status == TrancheStatus.Cancelled).Sum(t => (long)t.Amount),
        });

    /// <summary>One ledger row as the database adds it up (sums in fen).</summary>
    private sealed class RowData
    {
        public Guid Id { get; init; }
        public string ProjectName { get; init; } = "";
        public Guid OrganizationId { get; init; }
        public string OrganizationName { get; init; } = "";
        public Guid EditionId { get; init; }
        public string EditionName { get; init; } = "";
        public GrantKind Kind { get; init; }
        public GrantStatus Status { get; init; }
        public Money Decided { get; init; }
        public Money? Agreed { get; init; }
        public long Planned { get; init; }
        public long Paid { get; init; }
        public long Cancelled { get; init; }
        public int? NextNumber { get; init; }
        public TrancheTrigger? NextTrigger { get; init; }
        public DateOnly? NextDueOn { get; init; }
        public TrancheStatus? NextStatus { get; init; }

        public LedgerRow ToRow() => new()
        {
            Id = Id,
            ProjectName = ProjectName,
            OrganizationId = OrganizationId,
            OrganizationName = OrganizationName,
            EditionId = EditionId,
            EditionName = EditionName,
            Kind = Kind,
            Status = Status,
            Decided = Decided,
            Agreed = Agreed ?? Money.Zero,
            Planned = new Money(Planned),
            Paid = new Money(Paid),
            Cancelled = new Money(Cancelled),
            Next = NextStep.Of(Kind, Status, NextNumber is { } number
                ? new OpenTranche(number, NextTrigger!.Value, NextDueOn, NextStatus!.Value)
                : null),
        };
    }

    /// <summary>An edition's ledger figures as the database adds them up (sums in fen).</summary>
    private sealed class EditionFigures
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public int Year { get; init; }
        public Money Pool { get; init; }
        public bool Final { get; init; }
        public long Decided { get; init; }
        public int Count { get; init; }
        public int Matching { get; init; }
        public long GrantsDecided { get; init; }
        public long Agreed { get; init; }
        public long Planned { get; init; }
        public long Paid { get; init; }
        public long Cancelled { get; init; }

        public LedgerTotals Totals() => new(Count, new Money(GrantsDecided), new Money(Agreed), new Money(Planned), new Money(Paid),
            new Money(Cancelled), new Money(Planned - Paid));
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
