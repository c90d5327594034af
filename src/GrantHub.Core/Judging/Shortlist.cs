using GrantHub.Core.Auditing;
using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>
/// An application the officer chose from the first-round ranking for the second round (路演/答辩 入围名单), one per
/// application. Where it stood when chosen is kept, so a pick out of ranking order stays explainable; audited.
/// </summary>
public class ShortlistEntry : IAudited
{
    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    /// <summary>Its position in the first-round ranking when it was shortlisted.</summary>
    public int FirstRoundPosition { get; private set; }
    /// <summary>Its first-round aggregate when it was shortlisted.</summary>
    public decimal FirstRoundAggregate { get; private set; }
    public DateTime AddedAt { get; private set; }
    public string AddedByUserId { get; private set; } = "";

    private ShortlistEntry() { }

    /// <summary>Shortlists a ranked application of an edition that has a second round.</summary>
    public static ShortlistEntry Add(CompetitionEdition edition, RankedApplication firstRound, string officerUserId, DateTime nowUtc)
    {
        if (!edition.HasSecondRound) throw new DomainException("This edition has no second round.");
        if (firstRound.Aggregate is not { } aggregate)
            throw new DomainException("Only an application with first-round scores can be shortlisted.");
        return new ShortlistEntry
        {
            Id = Guid.CreateVersion7(),
            EditionId = edition.Id,
            ApplicationId = firstRound.ApplicationId,
            FirstRoundPosition = firstRound.Position,
            FirstRoundAggregate = aggregate,
            AddedAt = nowUtc,
            AddedByUserId = officerUserId,
        };
    }
}

/// <summary>How a shortlist is drawn from the first-round ranking.</summary>
public static class Shortlist
{
    /// <summary>
    /// The top <paramref name="count"/>: every ranked application whose rank (competition rank on the aggregate, "1, 2,
    /// 2, 4") is <paramref name="count"/> or better, in ranking order. A tie at the cut keeps all of its applications,
    /// so the list may be longer than asked — no tie-break decides who goes on to present.
    /// </summary>
    public static IReadOnlyList<RankedApplication> Top(RankingResult firstRound, int count)
    {
        if (count < 1) throw new DomainException("Shortlist at least one application.");
        return firstRound.Applications.Where(a => a.Rank is { } rank && rank <= count).ToList();
    }
}
