using System.Runtime.CompilerServices;
using GrantHub.Core.Data;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Features.Reports;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>One line of the reports sheet: a report a funded project owes, and how it went.</summary>
public sealed class ReportLedgerRow
{
    public int No { get; init; }
    public int Year { get; init; }
    public string Edition { get; init; } = "";
    public string Organization { get; init; } = "";
    public string Project { get; init; } = "";
    public string Report { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateOnly DueOn { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public string Status { get; init; } = "";
    public string Late { get; init; } = "";
    public int DaysLate { get; init; }
    public string Excused { get; init; } = "";
    public int ReturnedTimes { get; init; }
}

/// <summary>One line of the evaluations sheet: a mid-term or final evaluation of a funded project.</summary>
public sealed class EvaluationLedgerRow
{
    public int No { get; init; }
    public int Year { get; init; }
    public string Edition { get; init; } = "";
    public string Organization { get; init; } = "";
    public string Project { get; init; } = "";
    public string Kind { get; init; } = "";
    public decimal Score { get; init; }
    public int PassMark { get; init; }
    public string Passed { get; init; } = "";
    public DateOnly EvaluatedOn { get; init; }
    public string Evaluator { get; init; } = "";
}

/// <summary>
/// 项目报告与评估台账: two sheets, edition by edition — every report (due, first submitted, status, late by the same
/// rule as everywhere: first submitted after its due date in China time, or still owed after it; excused; how many
/// times it was returned for revision), and every evaluation (kind, score, pass mark, passed, date, evaluator).
/// One query per page of each.
/// </summary>
public sealed class ReportsLedger(GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope) : Ledger(db, l, scope)
{
    public override async Task<int> CountAsync(CancellationToken ct)
    {
        var editions = EditionIds();
        var grants = GrantIds(Db.Grants.Where(g => editions.Contains(g.EditionId)));
        var reports = await Db.ProjectReports.CountAsync(r => grants.Contains(r.GrantId), ct);
        var evaluations = await Db.Evaluations.CountAsync(e => grants.Contains(e.GrantId), ct);
        return reports + evaluations;
    }

    public override IReadOnlyList<LedgerSheet> Sheets() =>
    [
        new LedgerSheet<ReportLedgerRow>(L["Reports"], ReportColumns(), ReportsAsync()),
        new LedgerSheet<EvaluationLedgerRow>(L["Evaluations"], EvaluationColumns(), EvaluationsAsync()),
    ];

    private List<LedgerColumn> ReportColumns() =>
    [
        new(nameof(ReportLedgerRow.No), L["No."], 6),
        new(nameof(ReportLedgerRow.Year), L["Year"], 7),
        new(nameof(ReportLedgerRow.Edition), L["Edition"], 26),
        new(nameof(ReportLedgerRow.Organization), L["Organization"], 30),
        new(nameof(ReportLedgerRow.Project), L["Project name"], 30),
        new(nameof(ReportLedgerRow.Report), L["Report"], 18),
        new(nameof(ReportLedgerRow.Kind), L["Kind"], 12),
        new(nameof(ReportLedgerRow.DueOn), L["Due on"], 12, LedgerColumn.Date),
        new(nameof(ReportLedgerRow.SubmittedOn), L["First submitted on"], 12, LedgerColumn.Date),
        new(nameof(ReportLedgerRow.Status), L["Status"], 12),
        new(nameof(ReportLedgerRow.Late), L["Late"], 8),
        new(nameof(ReportLedgerRow.DaysLate), L["Days late"], 8),
        new(nameof(ReportLedgerRow.Excused), L["Delay excused"], 8),
        new(nameof(ReportLedgerRow.ReturnedTimes), L["Times returned for revision"], 10),
    ];

    private List<LedgerColumn> EvaluationColumns() =>
    [
        new(nameof(EvaluationLedgerRow.No), L["No."], 6),
        new(nameof(EvaluationLedgerRow.Year), L["Year"], 7),
        new(nameof(EvaluationLedgerRow.Edition), L["Edition"], 26),
        new(nameof(EvaluationLedgerRow.Organization), L["Organization"], 30),
        new(nameof(EvaluationLedgerRow.Project), L["Project name"], 30),
        new(nameof(EvaluationLedgerRow.Kind), L["Kind"], 12),
        new(nameof(EvaluationLedgerRow.Score), L["Score"], 8, LedgerColumn.Score),
        new(nameof(EvaluationLedgerRow.PassMark), L["Pass mark"], 8),
        new(nameof(EvaluationLedgerRow.Passed), L["Passed"], 8),
        new(nameof(EvaluationLedgerRow.EvaluatedOn), L["Evaluated on"], 12, LedgerColumn.Date),
        new(nameof(EvaluationLedgerRow.Evaluator), L["Evaluator"], 24),
    ];

    private async IAsyncEnumerable<ReportLedgerRow> ReportsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var no = 0;
        foreach (var edition in await EditionsAsync(ct))
        {
            var after = Guid.Empty;
            while (true)
            {
                var page = await ReportsPage(edition.Id, after).ToListAsync(ct);
                if (page.Count == 0) break;
                after = page[^1].Id;
                foreach (var r in page)
                {
                    var daysLate = ReportDelay.DaysLate(r.DueOn, r.FirstSubmittedAt, Scope.Today);
                    yield return new ReportLedgerRow
                    {
                        No = ++no,
                        Year = edition.Year,
                        Edition = edition.Name,
                        Organization = r.Organization,
                        Project = r.Project,
                        Report = ReportNames.Of(L, r.Kind, r.Number, r.Title),
                        Kind = Label(r.Kind),
                        DueOn = r.DueOn,
                        SubmittedOn = ChinaDate(r.FirstSubmittedAt),
                        Status = Label(r.Status),
                        Late = YesNo(daysLate > 0),
                        DaysLate = daysLate,
                        Excused = YesNo(r.ExcusedAt is not null),
                        ReturnedTimes = r.ReturnCount,
                    };
                }
                if (page.Count < PageSize) break;
            }
        }
    }

    private async IAsyncEnumerable<EvaluationLedgerRow> EvaluationsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var no = 0;
        foreach (var edition in await EditionsAsync(ct))
        {
            var after = Guid.Empty;
            while (true)
            {
                var page = await EvaluationsPage(edition.Id, after).ToListAsync(ct);
                if (page.Count == 0) break;
                after = page[^1].Id;
                foreach (var e in page)
                {
                    yield return new EvaluationLedgerRow
                    {
                        No = ++no,
                        Year = edition.Year,
                        Edition = edition.Name,
                        Organization = e.Organization,
                        Project = e.Project,
                        Kind = Label(e.Kind),
                        Score = e.Score,
                        PassMark = e.PassMark,
                        Passed = YesNo(e.Passed),
                        EvaluatedOn = e.EvaluatedOn,
                        Evaluator = e.Evaluator,
                    };
                }
                if (page.Count < PageSize) break;
            }
        }
    }

    /// <summary>The ids of these grants that pay the scope's organizations.</summary>
    private IQueryable<Guid> GrantIds(IQueryable<Core.Funding.Grant> grants)
    {
        if (ScopedOrganizations is { } scoped) grants = grants.Where(g => scoped.Contains(g.OrganizationId));
        return grants.Select(g => g.Id);
    }

    internal IQueryable<ReportLine> ReportsPage(Guid editionId, Guid after)
    {
        var grants = GrantIds(Db.Grants.Where(g => g.EditionId == editionId));
        return from r in Db.ProjectReports.AsNoTracking().Where(r => grants.Contains(r.GrantId) && r.Id.CompareTo(after) > 0)
                   .OrderBy(r => r.Id).Take(PageSize)
               join g in Db.Grants on r.GrantId equals g.Id
               join a in Db.Applications on g.ApplicationId equals a.Id
               join o in Db.Organizations on g.OrganizationId equals o.Id
               orderby r.Id
               select new ReportLine(r.Id, o.Name, a.ProjectName, r.Kind, r.Number, r.Title, r.DueOn, r.FirstSubmittedAt, r.Status,
                   r.ExcusedAt, r.ReturnCount);
    }

    internal IQueryable<EvaluationLine> EvaluationsPage(Guid editionId, Guid after)
    {
        var grants = GrantIds(Db.Grants.Where(g => g.EditionId == editionId));
        return from e in Db.Evaluations.AsNoTracking().Where(e => grants.Contains(e.GrantId) && e.Id.CompareTo(after) > 0)
                   .OrderBy(e => e.Id).Take(PageSize)
               join g in Db.Grants on e.GrantId equals g.Id
               join a in Db.Applications on g.ApplicationId equals a.Id
               join o in Db.Organizations on g.OrganizationId equals o.Id
               orderby e.Id
               select new EvaluationLine(e.Id, o.Name, a.ProjectName, e.Kind, e.Score, e.PassMark, e.Passed, e.EvaluatedOn, e.Evaluator);
    }

    internal sealed record ReportLine(Guid Id, string Organization, string Project, ReportKind Kind, int Number, string Title, DateOnly DueOn,
        DateTime? FirstSubmittedAt, ReportStatus Status, DateTime? ExcusedAt, int ReturnCount);

    internal sealed record EvaluationLine(Guid Id, string Organization, string Project, EvaluationKind Kind, decimal Score, int PassMark,
        bool Passed, DateOnly EvaluatedOn, string Evaluator);
}
