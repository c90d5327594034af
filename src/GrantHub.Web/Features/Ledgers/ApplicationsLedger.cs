using System.Runtime.CompilerServices;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using GrantHub.Web.Features.Ranking;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>One line of the applications ledger: an application with its screening, scores, rank and decision.</summary>
public sealed class ApplicationLedgerRow
{
    public int No { get; init; }
    public int Year { get; init; }
    public string Edition { get; init; } = "";
    public string Organization { get; init; } = "";
    public string Project { get; init; } = "";
    public string? Category { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public string Status { get; init; } = "";
    public string? ScreeningNote { get; init; }
    public decimal Requested { get; init; }
    public int? Scores { get; init; }
    public decimal? WrittenScore { get; init; }
    public decimal? SecondRoundScore { get; init; }
    public decimal? FinalScore { get; init; }
    public int? Rank { get; init; }
    public string? Decision { get; init; }
    public decimal? Amount { get; init; }
}

/// <summary>
/// 创投申报与评审台账: every submitted application (drafts are not applications yet), edition by edition.
/// <para>The scores are the ranking page's own (<see cref="RankingQueries.LoadAsync"/>, the edition's aggregation
/// method: mean, trimmed mean or normalized, the second round combined into the final score), so the ledger never
/// disagrees with the ranking the decisions were made on. That costs what opening the edition's ranking page costs —
/// its submitted sheets are read once per edition, and released before the next — which is small next to a
/// competition's few hundred applications; the application lines themselves are read in pages. No judge's name or
/// individual score is written: the ledger keeps the aggregate.</para>
/// </summary>
public sealed class ApplicationsLedger(GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope) : Ledger(db, l, scope)
{
    public override Task<int> CountAsync(CancellationToken ct) => Applications(EditionIds()).CountAsync(ct);

    public override IReadOnlyList<LedgerSheet> Sheets() =>
    [
        new LedgerSheet<ApplicationLedgerRow>(L["Competition applications"], Columns(), RowsAsync()),
    ];

    private List<LedgerColumn> Columns() =>
    [
        new(nameof(ApplicationLedgerRow.No), L["No."], 6),
        new(nameof(ApplicationLedgerRow.Year), L["Year"], 7),
        new(nameof(ApplicationLedgerRow.Edition), L["Edition"], 26),
        new(nameof(ApplicationLedgerRow.Organization), L["Organization"], 30),
        new(nameof(ApplicationLedgerRow.Project), L["Project name"], 30),
        new(nameof(ApplicationLedgerRow.Category), L["Category"], 14),
        new(nameof(ApplicationLedgerRow.SubmittedOn), L["Submitted on"], 12, LedgerColumn.Date),
        new(nameof(ApplicationLedgerRow.Status), L["Status"], 14),
        new(nameof(ApplicationLedgerRow.ScreeningNote), L["Reason not eligible"], 24),
        new(nameof(ApplicationLedgerRow.Requested), L["Fiscal funds requested (yuan)"], 14, LedgerColumn.Yuan),
        new(nameof(ApplicationLedgerRow.Scores), L["Scores submitted"], 10),
        new(nameof(ApplicationLedgerRow.WrittenScore), L["Written score"], 10, LedgerColumn.Score),
        new(nameof(ApplicationLedgerRow.SecondRoundScore), L["Second-round score"], 10, LedgerColumn.Score),
        new(nameof(ApplicationLedgerRow.FinalScore), L["Final score"], 10, LedgerColumn.Score),
        new(nameof(ApplicationLedgerRow.Rank), L["Rank"], 7),
        new(nameof(ApplicationLedgerRow.Decision), L["Decision"], 12),
        new(nameof(ApplicationLedgerRow.Amount), L["Amount (yuan)"], 14, LedgerColumn.Yuan),
    ];

    private async IAsyncEnumerable<ApplicationLedgerRow> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var no = 0;
        foreach (var edition in await EditionsAsync(ct))
        {
            Dictionary<Guid, FinalRankedApplication>? ranked = null;
            var after = Guid.Empty;
            while (true)
            {
                var page = await Page(edition.Id, after).ToListAsync(ct);
                if (page.Count == 0) break;
                after = page[^1].Id;
                if (ranked is null && page.Any(a => a.Status == ApplicationStatus.Eligible))
                {
                    var ranking = await RankingQueries.LoadAsync(Db, edition.Id, _ => "");
                    ranked = ranking?.Final.ToDictionary(f => f.ApplicationId) ?? [];
                }
                foreach (var a in page)
                {
                    var r = ranked?.GetValueOrDefault(a.Id);
                    yield return new ApplicationLedgerRow
                    {
                        No = ++no,
                        Year = edition.Year,
                        Edition = edition.Name,
                        Organization = a.Organization,
                        Project = a.Project,
                        Category = a.Category,
                        SubmittedOn = ChinaDate(a.SubmittedAt),
                        Status = Label(a.Status),
                        ScreeningNote = a.Status == ApplicationStatus.Ineligible ? a.ScreeningReason : null,
                        Requested = Yuan(a.Requested),
                        Scores = r?.FirstRoundLine.ScoreCount,
                        WrittenScore = r?.Written,
                        SecondRoundScore = r?.SecondRound,
                        FinalScore = r is null ? null : edition.HasSecondRound ? r.Final : r.Written,
                        Rank = r?.Rank,
                        Decision = a.Outcome is { } outcome ? Label(outcome) : null,
                        Amount = a.Outcome is DecisionOutcome.Funded or DecisionOutcome.Awarded && a.Amount is { } amount ? Yuan(amount) : null,
                    };
                }
                if (page.Count < PageSize) break;
            }
        }
    }

    /// <summary>Submitted applications (not drafts) of these editions, of the scope's organizations.</summary>
    private IQueryable<Application> Applications(IQueryable<Guid> editions)
    {
        var applications = Db.Applications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft && editions.Contains(a.EditionId));
        if (ScopedOrganizations is { } scoped) applications = applications.Where(a => scoped.Contains(a.OrganizationId));
        return applications;
    }

    /// <summary>The next page of an edition's applications after <paramref name="after"/> (in id order), with their names and decision.</summary>
    internal IQueryable<ApplicationLine> Page(Guid editionId, Guid after)
    {
        var applications = Db.Applications.AsNoTracking()
            .Where(a => a.EditionId == editionId && a.Status != ApplicationStatus.Draft && a.Id.CompareTo(after) > 0);
        if (ScopedOrganizations is { } scoped) applications = applications.Where(a => scoped.Contains(a.OrganizationId));
        return from a in applications.OrderBy(a => a.Id).Take(PageSize)
               join o in Db.Organizations on a.OrganizationId equals o.Id
               orderby a.Id
               select new ApplicationLine(a.Id, o.Name, a.ProjectName,
                   Db.Set<EditionCategory>().Where(c => c.Id == a.CategoryId).Select(c => c.Name).FirstOrDefault(),
                   a.SubmittedAt, a.Status, a.ScreeningReason, a.FiscalRequested,
                   Db.Decisions.Where(d => d.ApplicationId == a.Id).Select(d => (DecisionOutcome?)d.Outcome).FirstOrDefault(),
                   Db.Decisions.Where(d => d.ApplicationId == a.Id).Select(d => (Money?)d.Amount).FirstOrDefault());
    }

    internal sealed record ApplicationLine(Guid Id, string Organization, string Project, string? Category, DateTime? SubmittedAt,
        ApplicationStatus Status, string? ScreeningReason, Money Requested, DecisionOutcome? Outcome, Money? Amount);
}
