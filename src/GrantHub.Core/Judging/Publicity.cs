using GrantHub.Core.Auditing;
using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>
/// The publication of an edition's results (结果公示), one per edition. Publishing opens the publicity period: it ends
/// on the China-time date of publication plus the edition's publicity days, and objections are accepted through the
/// end of that day. While published and not final, a decision changes only on an application with an upheld
/// objection. After the period, with no objection open, the officer finalizes: every decision becomes final.
/// </summary>
public class Publicity : IAudited
{
    public Guid EditionId { get; private set; }
    public DateTime PublishedAt { get; private set; }
    public string PublishedByUserId { get; private set; } = "";
    /// <summary>The last day of the publicity period (China time), inclusive.</summary>
    public DateOnly EndsOn { get; private set; }
    public DateTime? FinalizedAt { get; private set; }
    public string? FinalizedByUserId { get; private set; }
    public long Version { get; private set; }

    private Publicity() { }

    public bool IsFinal => FinalizedAt is not null;

    /// <summary>The first instant after the period: midnight China time after <see cref="EndsOn"/>.</summary>
    public DateTime PeriodEndUtc => ChinaTime.StartOfDayUtc(EndsOn.AddDays(1));

    public bool AcceptsObjections(DateTime nowUtc) => !IsFinal && nowUtc < PeriodEndUtc;

    /// <summary>Publishes the results of <paramref name="edition"/>: every eligible application must have a decision.</summary>
    public static Publicity Publish(CompetitionEdition edition, IEnumerable<Guid> eligibleApplicationIds, IEnumerable<Decision> decisions,
        string officerUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The publishing officer is required.", nameof(officerUserId));
        var decided = decisions.Where(d => d.EditionId == edition.Id).Select(d => d.ApplicationId).ToHashSet();
        var eligible = eligibleApplicationIds.ToList();
        if (eligible.Count == 0) throw new DomainException("There is no eligible application: there are no results to publish.");
        var missing = eligible.Count(id => !decided.Contains(id));
        if (missing > 0)
            throw new DomainException("Decide every eligible application before publishing the results: {0} still without a decision.", missing);
        return new Publicity
        {
            EditionId = edition.Id,
            PublishedAt = nowUtc,
            PublishedByUserId = officerUserId,
            EndsOn = DateOnly.FromDateTime(ChinaTime.ToChina(nowUtc)).AddDays(edition.PublicityDays),
            Version = 1,
        };
    }

    /// <summary>
    /// Refuses a change to the decision on <paramref name="applicationId"/> unless the results are unpublished, or
    /// published, not final, and an objection on that application was upheld.
    /// </summary>
    public static void EnsureDecisionMayChange(Publicity? publicity, Guid applicationId, IEnumerable<Objection> objections)
    {
        if (publicity is null) return;
        if (publicity.IsFinal) throw new DomainException("The results are final: decisions can no longer change.");
        if (!objections.Any(o => o.EditionId == publicity.EditionId && o.ApplicationId == applicationId && o.Status == ObjectionStatus.Upheld))
            throw new DomainException("The results are published: a decision changes only after an objection on it is upheld.");
    }

    /// <summary>Makes the results final once the period is over and no objection is open.</summary>
    public void Finalize(IEnumerable<Objection> objections, IEnumerable<Decision> decisions, string officerUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The finalizing officer is required.", nameof(officerUserId));
        if (IsFinal) throw new DomainException("The results are final: decisions can no longer change.");
        if (nowUtc < PeriodEndUtc)
            throw new DomainException("The publicity period runs until {0}: the results can be finalized only after it ends.", EndsOn.ToString("yyyy-MM-dd"));
        var open = objections.Count(o => o.EditionId == EditionId && o.Status == ObjectionStatus.Open);
        if (open > 0) throw new DomainException("{0} objections are still open: resolve them before finalizing.", open);
        FinalizedAt = nowUtc;
        FinalizedByUserId = officerUserId;
        foreach (var d in decisions.Where(d => d.EditionId == EditionId)) d.MakeFinal(nowUtc);
        Version++;
    }
}
