using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Competitions;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Editions;

/// <summary>Reads for the officer's edition pages: a fixed number of queries whatever the number of editions and applications.</summary>
public static class EditionQueries
{
    /// <summary>Every edition, drafts included, latest first; applications counted per edition and status in one grouped query.</summary>
    public static async Task<Page<EditionRow>> ListAsync(GrantHubDbContext db, DateOnly today, int page, int size)
    {
        var total = await db.Editions.CountAsync();
        var editions = await db.Editions.AsNoTracking()
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.OpensOn).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new { e.Id, e.Name, e.Year, e.Organizer, e.Status, e.OpensOn, e.ClosesOn, e.Pool })
            .ToListAsync();
        var ids = editions.Select(e => e.Id).ToList();
        var counts = (await db.Applications.AsNoTracking().Where(a => ids.Contains(a.EditionId))
                .GroupBy(a => new { a.EditionId, a.Status })
                .Select(g => new { g.Key.EditionId, g.Key.Status, Count = g.Count() })
                .ToListAsync())
            .ToLookup(c => c.EditionId);
        var rows = editions.Select(e => new EditionRow(e.Id, e.Name, e.Year, e.Organizer,
            new PhaseBadge(EditionPhases.Of(e.Status, e.OpensOn, e.ClosesOn, today), e.OpensOn, e.ClosesOn), e.Pool,
            counts[e.Id].OrderBy(c => c.Status).Select(c => (c.Status, c.Count)).ToList())).ToList();
        return new Page<EditionRow>(rows, page, size, total);
    }

    /// <summary>The header of an edition's pages, or null when there is no such edition.</summary>
    public static async Task<EditionHeader?> HeaderAsync(GrantHubDbContext db, Guid id, DateTime nowUtc)
    {
        var e = await db.Editions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Name, x.Year, x.Status, x.OpensOn, x.ClosesOn, x.Version })
            .SingleOrDefaultAsync();
        return e is null ? null : Header(e.Id, e.Name, e.Year, e.Status, e.OpensOn, e.ClosesOn, e.Version, nowUtc);
    }

    /// <summary>The header of an edition already loaded for a change.</summary>
    public static EditionHeader HeaderOf(CompetitionEdition e, DateTime nowUtc) =>
        Header(e.Id, e.Name, e.Year, e.Status, e.OpensOn, e.ClosesOn, e.Version, nowUtc);

    private static EditionHeader Header(Guid id, string name, int year, EditionStatus status, DateOnly opensOn, DateOnly closesOn, long version,
        DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToChina(nowUtc));
        var frozen = CompetitionEdition.RulesFrozenAt(status, opensOn, nowUtc);
        return new EditionHeader(id, name, year, new PhaseBadge(EditionPhases.Of(status, opensOn, closesOn, today), opensOn, closesOn), frozen, version);
    }

    public static async Task<EditionOverview?> OverviewAsync(GrantHubDbContext db, Guid id, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToChina(nowUtc));
        var call = await CompetitionQueries.CallAsync(db, id, today);
        if (call is null) return null;
        var more = await db.Editions.AsNoTracking().Where(e => e.Id == id).Select(e => new
        {
            e.Status, e.Version, e.PublishedAt, e.HasSecondRound, e.WrittenRoundPercent, e.SecondRoundJudgesPerApplication, e.SecondRoundOpenedAt,
            SecondRubric = e.Rubric.Where(c => c.Round == RubricCriterion.SecondRound).OrderBy(c => c.Order)
                .Select(c => new RubricLine(c.Name, c.MaxPoints, c.IsBonus)).ToList(),
        }).SingleAsync();
        var applications = await db.Applications.AsNoTracking().Where(a => a.EditionId == id)
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync();
        return new EditionOverview
        {
            Edition = Header(call.Id, call.Name, call.Year, more.Status, call.OpensOn, call.ClosesOn, more.Version, nowUtc),
            Call = call,
            PublishedAt = more.PublishedAt,
            Applications = applications.OrderBy(a => a.Status).Select(a => (a.Status, a.Count)).ToList(),
            SecondRound = new SecondRoundSummary(more.HasSecondRound, more.WrittenRoundPercent, more.SecondRoundJudgesPerApplication,
                more.SecondRoundOpenedAt, more.SecondRubric),
        };
    }

    public static BasicsForm BasicsOf(CompetitionEdition e) =>
        new() { Version = e.Version, Name = e.Name, Year = e.Year, Organizer = e.Organizer, Call = e.Call };

    public static TimelineForm TimelineOf(CompetitionEdition e) =>
        new() { Version = e.Version, OpensOn = e.OpensOn, ClosesOn = e.ClosesOn, ReviewEndsOn = e.ReviewEndsOn, PublicityDays = e.PublicityDays };

    public static RulesForm RulesOf(CompetitionEdition e) => new()
    {
        Version = e.Version,
        Pool = e.Pool > Money.Zero ? e.Pool.Yuan : null,
        Cap = e.PerProjectCap > Money.Zero ? e.PerProjectCap.Yuan : null,
        MinMatchingPercent = e.MinMatchingPercent,
        EligibleTypes = [.. e.EligibleTypes],
        MinYearsRegistered = e.MinYearsRegistered,
        MinGrade = e.MinGrade,
        RequiresResidency = e.RequiresResidency,
        AllowsSeveralApplications = e.AllowsSeveralApplications,
    };

    public static ReviewForm ReviewOf(CompetitionEdition e) => new()
    {
        Version = e.Version, JudgesPerApplication = e.JudgesPerApplication, Aggregation = e.Aggregation, BlindReview = e.BlindReview,
        CommentBelowPercent = e.CommentBelowPercent,
    };

    public static CategoriesForm CategoriesOf(CompetitionEdition e) =>
        new() { Version = e.Version, Categories = string.Join("\n", e.Categories.OrderBy(c => c.Id).Select(c => c.Name)) };

    public static RubricForm RubricOf(CompetitionEdition e) => new()
    {
        Version = e.Version,
        Rows = [.. e.RubricOf(RubricCriterion.FirstRound).Select(c => new RubricRow { Name = c.Name, MaxPoints = c.MaxPoints, IsBonus = c.IsBonus })],
    };

    /// <summary>The second round as it is; without one, the default rubric and equal weights are proposed.</summary>
    public static SecondRoundForm SecondRoundOf(CompetitionEdition e)
    {
        var criteria = e.RubricOf(RubricCriterion.SecondRound);
        return new SecondRoundForm
        {
            Version = e.Version,
            Enabled = e.HasSecondRound,
            WrittenRoundPercent = e.WrittenRoundPercent,
            JudgesPerApplication = e.SecondRoundJudgesPerApplication,
            Rows = criteria.Count > 0
                ? [.. criteria.Select(c => new RubricRow { Name = c.Name, MaxPoints = c.MaxPoints, IsBonus = c.IsBonus })]
                : [.. RubricCriterion.DefaultSecondRound.Select(c => new RubricRow { Name = c.Name, MaxPoints = c.MaxPoints })],
        };
    }

    public static AwardsForm AwardsOf(CompetitionEdition e) => new()
    {
        Version = e.Version,
        Rows = [.. e.AwardTiers.OrderBy(t => t.Id).Select(t => new AwardRow { Name = t.Name, Amount = t.Amount.Yuan, Count = t.Count })],
    };
}
