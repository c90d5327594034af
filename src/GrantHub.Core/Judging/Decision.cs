using GrantHub.Core.Auditing;
using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>What the officer decides for an application after the ranking (立项/获奖/未入选).</summary>
public enum DecisionOutcome
{
    NotSelected = 0,
    /// <summary>立项资助: an amount from the pool, at most the cap per project and the fiscal funds requested.</summary>
    Funded = 1,
    /// <summary>获奖: one of the edition's award tiers, paying the tier's amount.</summary>
    Awarded = 2,
}

/// <summary>
/// What the other decisions of the edition already take: their total (funded amounts and awards) and how many times
/// each award tier is given. Computed from the edition's decisions leaving out the application being decided.
/// </summary>
public sealed record DecidedSoFar(Money Total, IReadOnlyDictionary<int, int> TierCounts)
{
    public static readonly DecidedSoFar Nothing = new(Money.Zero, new Dictionary<int, int>());

    public int TimesGiven(int tierId) => TierCounts.TryGetValue(tierId, out var n) ? n : 0;

    /// <summary>The tally of <paramref name="decisions"/> without the one on <paramref name="exceptApplicationId"/>.</summary>
    public static DecidedSoFar Of(IEnumerable<Decision> decisions, Guid exceptApplicationId)
    {
        var total = Money.Zero;
        var tiers = new Dictionary<int, int>();
        foreach (var d in decisions)
        {
            if (d.ApplicationId == exceptApplicationId) continue;
            total += d.Amount;
            if (d.AwardTierId is { } tier) tiers[tier] = tiers.GetValueOrDefault(tier) + 1;
        }
        return new DecidedSoFar(total, tiers);
    }
}

/// <summary>
/// The officer's decision on one eligible application (one per application). Changeable until the results are
/// published (publishing comes with publicity). The rule that protects the money: the decisions of an edition together
/// never take more than its pool — checked on every decision against what the other decisions already take
/// (<see cref="DecidedSoFar"/>); the page makes two officers' decisions on one edition conflict (the edition's version
/// moves with each decision), so the check always runs against the committed total.
/// </summary>
public class Decision : IAudited
{
    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DecisionOutcome Outcome { get; private set; }
    /// <summary>Funded: the amount granted; awarded: the tier's amount; not selected: zero.</summary>
    public Money Amount { get; private set; }
    public int? AwardTierId { get; private set; }
    public string DecidedByUserId { get; private set; } = "";
    public DateTime DecidedAt { get; private set; }
    /// <summary>Set when the edition's results are finalized (<see cref="Publicity.Finalize"/>); no change after.</summary>
    public DateTime? FinalizedAt { get; private set; }
    public long Version { get; private set; }

    private Decision() { }

    /// <summary>The first decision on <paramref name="application"/>.</summary>
    public static Decision Make(CompetitionEdition edition, Application application, DecisionOutcome outcome, Money? amount, int? awardTierId,
        DecidedSoFar others, string officerUserId, DateTime nowUtc)
    {
        var decision = new Decision { Id = Guid.CreateVersion7(), EditionId = edition.Id, ApplicationId = application.Id };
        decision.Change(edition, application, outcome, amount, awardTierId, others, officerUserId, nowUtc);
        return decision;
    }

    /// <summary>Changes the decision; every rule is checked again, all or nothing.</summary>
    public void Change(CompetitionEdition edition, Application application, DecisionOutcome outcome, Money? amount, int? awardTierId,
        DecidedSoFar others, string officerUserId, DateTime nowUtc)
    {
        if (application.Id != ApplicationId || application.EditionId != edition.Id || EditionId != edition.Id)
            throw new ArgumentException("The decision, the application and the edition do not belong together.", nameof(application));
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The deciding officer is required.", nameof(officerUserId));
        if (FinalizedAt is not null) throw new DomainException("The results are final: decisions can no longer change.");
        if (application.Status != ApplicationStatus.Eligible)
            throw new DomainException("Only an application that passed eligibility screening can be decided.");

        Money granted;
        int? tierId = null;
        switch (outcome)
        {
            case DecisionOutcome.Funded:
                if (amount is not { } a || a <= Money.Zero) throw new DomainException("Give the amount granted, above zero.");
                if (a > edition.PerProjectCap)
                    throw new DomainException("{0} is more than the cap per project of {1}.", a, edition.PerProjectCap);
                if (a > application.FiscalRequested)
                    throw new DomainException("{0} is more than the {1} of fiscal funds the application requested.", a, application.FiscalRequested);
                granted = a;
                break;
            case DecisionOutcome.Awarded:
                var tier = edition.AwardTiers.FirstOrDefault(t => t.Id == awardTierId)
                           ?? throw new DomainException("Choose one of the edition's award tiers.");
                if (others.TimesGiven(tier.Id) >= tier.Count)
                    throw new DomainException("The award \"{0}\" is already given {1} times, as many as the edition has.", tier.Name, tier.Count);
                granted = tier.Amount;
                tierId = tier.Id;
                break;
            case DecisionOutcome.NotSelected:
                granted = Money.Zero;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }
        var left = edition.Pool - others.Total;
        if (granted > left)
            throw new DomainException("{0} is more than what is left of the pool: {1} of {2}.", granted, left, edition.Pool);

        Outcome = outcome;
        Amount = granted;
        AwardTierId = tierId;
        DecidedByUserId = officerUserId;
        DecidedAt = nowUtc;
        Version++;
    }

    internal void MakeFinal(DateTime nowUtc)
    {
        if (FinalizedAt is not null) return;
        FinalizedAt = nowUtc;
        Version++;
    }
}
