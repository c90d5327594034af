using GrantHub.Core.Auditing;
using GrantHub.Core.Organizations;

namespace GrantHub.Core.Competitions;

/// <summary>
/// One edition of a public-benefit venture competition (公益创投大赛): its money, its rules, its dates and its rubric.
/// Once it opens, rules that would invalidate submitted applications are frozen.
/// </summary>
public class CompetitionEdition : IAudited
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Year { get; private set; }
    public string Organizer { get; private set; } = "";
    /// <summary>The call (申报指南): what the edition funds and why, shown on its public page.</summary>
    public string Call { get; private set; } = "";
    public EditionStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    public Money Pool { get; private set; }
    public Money PerProjectCap { get; private set; }
    /// <summary>配套资金: matching funds must be at least this percentage of the fiscal funds requested (0 = none required).</summary>
    public int MinMatchingPercent { get; private set; }

    /// <summary>Bit (1 &lt;&lt; type) per eligible <see cref="OrganizationType"/>; 0 means every type.</summary>
    public int EligibleTypesMask { get; private set; }
    public int? MinYearsRegistered { get; private set; }
    public EvaluationGrade MinGrade { get; private set; }
    public bool RequiresResidency { get; private set; }
    public bool AllowsSeveralApplications { get; private set; }

    /// <summary>China-time calendar dates; applications are taken from the start of OpensOn to the end of ClosesOn.</summary>
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public DateOnly ReviewEndsOn { get; private set; }
    public int PublicityDays { get; private set; }

    public int JudgesPerApplication { get; private set; }
    public AggregationMethod Aggregation { get; private set; }
    public bool BlindReview { get; private set; }
    /// <summary>A judge must comment on a criterion scored below this share of its maximum (percent).</summary>
    public int CommentBelowPercent { get; private set; }

    /// <summary>An optional second round (路演/答辩) for a shortlist, scored against its own rubric (criteria of round 2).</summary>
    public bool HasSecondRound { get; private set; }
    /// <summary>
    /// How the final score of a shortlisted application is made: the written round's aggregate weighs this share
    /// (percent) and the second round's the rest. 0: the second round alone decides; 50 (the default): equal weight.
    /// </summary>
    public int WrittenRoundPercent { get; private set; } = 50;
    public int SecondRoundJudgesPerApplication { get; private set; } = 5;
    /// <summary>When the officer chose the first shortlist: from then on the second round's rubric and weights are fixed.</summary>
    public DateTime? SecondRoundOpenedAt { get; private set; }

    public long Version { get; private set; }

    public List<EditionCategory> Categories { get; private set; } = [];
    public List<RubricCriterion> Rubric { get; private set; } = [];
    public List<AwardTier> AwardTiers { get; private set; } = [];

    private CompetitionEdition() { }

    public static CompetitionEdition Draft(string name, int year, string organizer, DateOnly opensOn, DateOnly closesOn)
    {
        var edition = new CompetitionEdition
        {
            Id = Guid.CreateVersion7(),
            Status = EditionStatus.Draft,
            JudgesPerApplication = 5,
            Aggregation = AggregationMethod.TrimmedMean,
            PublicityDays = 7,
            CommentBelowPercent = 60,
            MinMatchingPercent = 0,
        };
        edition.SetBasics(name, year, organizer, "");
        edition.SetTimeline(opensOn, closesOn, closesOn.AddDays(30), 7);
        var order = 0;
        foreach (var (criterion, points) in RubricCriterion.Default)
            edition.Rubric.Add(new RubricCriterion(edition.Id, ++order, criterion, points, isBonus: false));
        return edition;
    }

    public bool IsPublished => Status == EditionStatus.Published;

    /// <summary>Taking applications: published, and today (China time) between the opening and closing dates.</summary>
    public bool IsOpen(DateTime nowUtc) => IsPublished && nowUtc >= ChinaTime.StartOfDayUtc(OpensOn) && nowUtc < Deadline;

    /// <summary>The first instant after the closing date, China time: a submission must come before it.</summary>
    public DateTime Deadline => ChinaTime.StartOfDayUtc(ClosesOn.AddDays(1));

    /// <summary>After opening, rules that submitted applications were checked against cannot change.</summary>
    public bool RulesFrozen(DateTime nowUtc) => RulesFrozenAt(Status, OpensOn, nowUtc);

    /// <summary>The same rule for pages that read the edition's columns without loading it.</summary>
    public static bool RulesFrozenAt(EditionStatus status, DateOnly opensOn, DateTime nowUtc) =>
        status == EditionStatus.Published && nowUtc >= ChinaTime.StartOfDayUtc(opensOn);

    public void SetBasics(string name, int year, string organizer, string call)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("The edition needs a name.");
        if (year is < 2000 or > 2100) throw new DomainException("The year is not plausible.");
        Name = name.Trim();
        Year = year;
        Organizer = organizer.Trim();
        Call = call.Trim();
        Version++;
    }

    /// <summary>The dates of a draft. A published edition's dates change through the overload with the clock.</summary>
    public void SetTimeline(DateOnly opensOn, DateOnly closesOn, DateOnly reviewEndsOn, int publicityDays)
    {
        if (IsPublished) throw new InvalidOperationException("A published edition's timeline changes through SetTimeline(..., nowUtc).");
        ApplyTimeline(opensOn, closesOn, reviewEndsOn, publicityDays);
    }

    /// <summary>
    /// Once the edition is open, organizations are preparing against its published dates: the opening date is fixed and
    /// the closing date may be extended, never brought forward. The review window and publicity stay adjustable.
    /// </summary>
    public void SetTimeline(DateOnly opensOn, DateOnly closesOn, DateOnly reviewEndsOn, int publicityDays, DateTime nowUtc)
    {
        if (RulesFrozen(nowUtc))
        {
            if (opensOn != OpensOn) throw new DomainException("The edition is open: its opening date can no longer change.");
            if (closesOn < ClosesOn) throw new DomainException("The edition is open: the closing date can be extended but not brought forward.");
        }
        ApplyTimeline(opensOn, closesOn, reviewEndsOn, publicityDays);
    }

    private void ApplyTimeline(DateOnly opensOn, DateOnly closesOn, DateOnly reviewEndsOn, int publicityDays)
    {
        if (closesOn < opensOn) throw new DomainException("The closing date comes before the opening date.");
        if (reviewEndsOn < closesOn) throw new DomainException("The review must end after applications close.");
        if (publicityDays is < 1 or > 30) throw new DomainException("Publicity lasts between {0} and {1} days.", 1, 30);
        OpensOn = opensOn;
        ClosesOn = closesOn;
        ReviewEndsOn = reviewEndsOn;
        PublicityDays = publicityDays;
        Version++;
    }

    /// <summary>Money and eligibility: frozen once the edition opens.</summary>
    public void SetRules(Money pool, Money perProjectCap, int minMatchingPercent, IReadOnlyCollection<OrganizationType> eligibleTypes,
        int? minYearsRegistered, EvaluationGrade minGrade, bool requiresResidency, bool allowsSeveralApplications, DateTime nowUtc)
    {
        if (RulesFrozen(nowUtc)) throw new DomainException("The edition is open: its money and eligibility rules can no longer change.");
        if (pool <= Money.Zero) throw new DomainException("The pool must be above zero.");
        if (perProjectCap <= Money.Zero || perProjectCap > pool) throw new DomainException("The cap per project must be above zero and within the pool.");
        if (minMatchingPercent is < 0 or > 500) throw new DomainException("The matching-funds ratio must be between 0% and 500%.");
        if (minYearsRegistered is < 0 or > 50) throw new DomainException("The minimum years registered must be between 0 and 50.");
        if (AwardTotal > pool) throw new DomainException("The award tiers add up to {0}, more than the pool of {1}.", AwardTotal, pool);
        Pool = pool;
        PerProjectCap = perProjectCap;
        MinMatchingPercent = minMatchingPercent;
        EligibleTypesMask = eligibleTypes.Aggregate(0, (mask, t) => mask | (1 << (int)t));
        MinYearsRegistered = minYearsRegistered;
        MinGrade = minGrade;
        RequiresResidency = requiresResidency;
        AllowsSeveralApplications = allowsSeveralApplications;
        Version++;
    }

    public void SetReview(int judgesPerApplication, AggregationMethod aggregation, bool blindReview, int commentBelowPercent)
    {
        if (judgesPerApplication is < 1 or > 15) throw new DomainException("Between {0} and {1} judges per application.", 1, 15);
        if (commentBelowPercent is < 0 or > 100) throw new DomainException("The comment threshold is a percentage from 0 to 100.");
        JudgesPerApplication = judgesPerApplication;
        Aggregation = aggregation;
        BlindReview = blindReview;
        CommentBelowPercent = commentBelowPercent;
        Version++;
    }

    public void SetCategories(IEnumerable<string> names, DateTime nowUtc)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        if (wanted.Count == 0) throw new DomainException("An edition needs at least one category.");
        var removed = Categories.Where(c => !wanted.Contains(c.Name)).ToList();
        if (removed.Count > 0 && RulesFrozen(nowUtc)) throw new DomainException("The edition is open: categories can be added but not removed.");
        foreach (var c in removed) Categories.Remove(c);
        foreach (var name in wanted.Where(n => Categories.All(c => c.Name != n)))
            Categories.Add(new EditionCategory(Id, name));
        Version++;
    }

    /// <summary>
    /// The written round's rubric; changes only before review begins, until the edition opens in practice. The second
    /// round's criteria are left as they are.
    /// </summary>
    public void SetRubric(IEnumerable<(string Name, int MaxPoints, bool IsBonus)> criteria, DateTime nowUtc)
    {
        if (RulesFrozen(nowUtc)) throw new DomainException("The edition is open: its rubric can no longer change.");
        var made = Criteria(criteria, RubricCriterion.FirstRound);
        Rubric.RemoveAll(c => c.Round == RubricCriterion.FirstRound);
        Rubric.AddRange(made);
        Version++;
    }

    /// <summary>One round's criteria in their order (1: the written review, 2: 路演/答辩).</summary>
    public IReadOnlyList<RubricCriterion> RubricOf(int round) => Rubric.Where(c => c.Round == round).OrderBy(c => c.Order).ToList();

    public bool SecondRoundOpen => SecondRoundOpenedAt is not null;

    /// <summary>
    /// Adds, changes or drops the second round (路演/答辩): its rubric (100 points without bonus items, like the first),
    /// the written round's weight in the final score (0–100 %, the second round weighs the rest) and its judges per
    /// shortlisted application. Free until the first shortlist is chosen; then only the number of judges may change.
    /// </summary>
    public void SetSecondRound(bool enabled, int writtenRoundPercent, int judgesPerApplication,
        IEnumerable<(string Name, int MaxPoints, bool IsBonus)> criteria)
    {
        if (SecondRoundOpen) throw new DomainException("The second round has started: its rubric and weights can no longer change.");
        if (!enabled)
        {
            Rubric.RemoveAll(c => c.Round == RubricCriterion.SecondRound);
            HasSecondRound = false;
            Version++;
            return;
        }
        if (writtenRoundPercent is < 0 or > 100) throw new DomainException("The written round's weight is a percentage from 0 to 100.");
        CheckSecondRoundJudges(judgesPerApplication);
        var made = Criteria(criteria, RubricCriterion.SecondRound);
        Rubric.RemoveAll(c => c.Round == RubricCriterion.SecondRound);
        Rubric.AddRange(made);
        HasSecondRound = true;
        WrittenRoundPercent = writtenRoundPercent;
        SecondRoundJudgesPerApplication = judgesPerApplication;
        Version++;
    }

    /// <summary>How many judges each shortlisted application gets in the second round; may change after it opened.</summary>
    public void SetSecondRoundJudges(int judgesPerApplication)
    {
        if (!HasSecondRound) throw new DomainException("This edition has no second round.");
        CheckSecondRoundJudges(judgesPerApplication);
        SecondRoundJudgesPerApplication = judgesPerApplication;
        Version++;
    }

    /// <summary>The officer chose the first shortlist: the second round is under way, its rubric and weights fixed.</summary>
    public void OpenSecondRound(DateTime nowUtc)
    {
        if (!HasSecondRound) throw new DomainException("This edition has no second round.");
        if (SecondRoundOpen) throw new DomainException("The second round is already open.");
        if (Rubric.All(c => c.Round != RubricCriterion.SecondRound)) throw new DomainException("The second round needs its rubric first.");
        SecondRoundOpenedAt = nowUtc;
        Version++;
    }

    private static void CheckSecondRoundJudges(int judgesPerApplication)
    {
        if (judgesPerApplication is < 1 or > 15) throw new DomainException("Between {0} and {1} judges per application.", 1, 15);
    }

    /// <summary>One round's rubric, checked whole before anything is replaced: 100 points without bonus items, names unique.</summary>
    private List<RubricCriterion> Criteria(IEnumerable<(string Name, int MaxPoints, bool IsBonus)> criteria, int round)
    {
        var list = criteria.ToList();
        if (list.Count == 0) throw new DomainException("The rubric needs at least one criterion.");
        if (list.Where(c => !c.IsBonus).Sum(c => c.MaxPoints) != 100) throw new DomainException("The criteria (without bonus items) must add up to 100 points.");
        if (list.Select(c => c.Name.Trim()).Distinct().Count() != list.Count) throw new DomainException("Each criterion needs its own name.");
        var order = 0;
        return list.Select(c => new RubricCriterion(Id, ++order, c.Name, c.MaxPoints, c.IsBonus, round)).ToList();
    }

    /// <summary>Prizes come out of the pool: the tiers together cannot promise more than it holds (once the pool is set).</summary>
    public void SetAwardTiers(IEnumerable<(string Name, Money Amount, int Count)> tiers)
    {
        var list = tiers.Select(t => new AwardTier(Id, t.Name, t.Amount, t.Count)).ToList();
        var total = Total(list);
        if (Pool > Money.Zero && total > Pool) throw new DomainException("The award tiers add up to {0}, more than the pool of {1}.", total, Pool);
        AwardTiers.Clear();
        AwardTiers.AddRange(list);
        Version++;
    }

    /// <summary>What the award tiers pay out when every prize is given.</summary>
    public Money AwardTotal => Total(AwardTiers);

    private static Money Total(IEnumerable<AwardTier> tiers) =>
        tiers.Aggregate(Money.Zero, (sum, t) => sum + new Money(checked(t.Amount.Fen * t.Count)));

    public void Publish(DateTime nowUtc)
    {
        if (IsPublished) throw new DomainException("The edition is already published.");
        if (Pool <= Money.Zero || PerProjectCap <= Money.Zero) throw new DomainException("Set the pool and the cap per project before publishing.");
        if (Categories.Count == 0) throw new DomainException("An edition needs at least one category.");
        if (nowUtc >= Deadline) throw new DomainException("The closing date has passed: move it to a later day before publishing.");
        Status = EditionStatus.Published;
        PublishedAt = nowUtc;
        Version++;
    }

    public bool AcceptsType(OrganizationType type) => EligibleTypesMask == 0 || (EligibleTypesMask & (1 << (int)type)) != 0;

    public IReadOnlyList<OrganizationType> EligibleTypes =>
        EligibleTypesMask == 0 ? [] : OrganizationTypes.All.Where(AcceptsType).ToList();
}
