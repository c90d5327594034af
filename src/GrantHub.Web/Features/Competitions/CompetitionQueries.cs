using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Competitions;

/// <summary>Reads for the public competition pages: a fixed number of queries whatever the number of editions.</summary>
public static class CompetitionQueries
{
    /// <summary>Published editions: open ones first (closing soonest first), then those about to open, then closed ones, latest first.</summary>
    public static async Task<Page<CompetitionCard>> PublishedAsync(GrantHubDbContext db, DateOnly today, int page, int size)
    {
        var published = db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Published);
        var total = await published.CountAsync();
        var rows = await published
            .OrderBy(e => e.OpensOn <= today && e.ClosesOn >= today ? 0 : e.OpensOn > today ? 1 : 2)
            .ThenBy(e => e.ClosesOn >= today ? (DateOnly?)e.ClosesOn : null)
            .ThenByDescending(e => e.ClosesOn)
            .ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id, e.Name, e.Year, e.Organizer, e.Status, e.OpensOn, e.ClosesOn, e.Pool, e.PerProjectCap,
                Categories = e.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var cards = rows.Select(e => new CompetitionCard(e.Id, e.Name, e.Year, e.Organizer,
            new PhaseBadge(EditionPhases.Of(e.Status, e.OpensOn, e.ClosesOn, today), e.OpensOn, e.ClosesOn), e.Pool, e.PerProjectCap, e.Categories)).ToList();
        return new Page<CompetitionCard>(cards, page, size, total);
    }

    /// <summary>The call of one edition, drafts included (the caller decides who may see a draft); null when there is none.</summary>
    public static async Task<CallPage?> CallAsync(GrantHubDbContext db, Guid id, DateOnly today)
    {
        var e = await db.Editions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Name, x.Year, x.Organizer, x.Call, x.Status, x.OpensOn, x.ClosesOn, x.ReviewEndsOn, x.PublicityDays,
                x.Pool, x.PerProjectCap, x.MinMatchingPercent, x.EligibleTypesMask, x.MinYearsRegistered, x.MinGrade, x.RequiresResidency,
                x.AllowsSeveralApplications, x.JudgesPerApplication, x.Aggregation, x.BlindReview, x.CommentBelowPercent,
                Categories = x.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToList(),
                Rubric = x.Rubric.Where(c => c.Round == RubricCriterion.FirstRound).OrderBy(c => c.Order).Select(c => new RubricLine(c.Name, c.MaxPoints, c.IsBonus)).ToList(),
                Awards = x.AwardTiers.OrderBy(t => t.Id).Select(t => new AwardLine(t.Name, t.Amount, t.Count)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync();
        if (e is null) return null;
        return new CallPage
        {
            Id = e.Id,
            Name = e.Name,
            Year = e.Year,
            Organizer = e.Organizer,
            Call = e.Call,
            Badge = new PhaseBadge(EditionPhases.Of(e.Status, e.OpensOn, e.ClosesOn, today), e.OpensOn, e.ClosesOn),
            ReviewEndsOn = e.ReviewEndsOn,
            PublicityDays = e.PublicityDays,
            Pool = e.Pool,
            Cap = e.PerProjectCap,
            Eligibility = new EligibilityRules(EligibilityRules.TypesOf(e.EligibleTypesMask), e.MinYearsRegistered, e.MinGrade, e.RequiresResidency,
                e.AllowsSeveralApplications, e.MinMatchingPercent),
            JudgesPerApplication = e.JudgesPerApplication,
            Aggregation = e.Aggregation,
            BlindReview = e.BlindReview,
            CommentBelowPercent = e.CommentBelowPercent,
            Categories = e.Categories,
            Rubric = e.Rubric,
            Awards = e.Awards,
        };
    }
}
