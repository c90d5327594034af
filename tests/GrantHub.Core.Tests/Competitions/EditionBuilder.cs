using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>
/// An edition brought to the state a test needs through its own methods: a draft with the default rubric, rules and
/// categories set, optionally published. Dates are China-time days of 2026.
/// </summary>
public sealed class EditionBuilder
{
    public static readonly DateOnly OpensOn = new(2026, 4, 1);
    public static readonly DateOnly ClosesOn = new(2026, 5, 15);

    /// <summary>Ten days before opening, 09:00 China time: the officer drafts and publishes.</summary>
    public static readonly DateTime BeforeOpening = new(2026, 3, 22, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>0:00 China time on the opening day (16:00 UTC the day before).</summary>
    public static readonly DateTime Opening = new(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc);

    /// <summary>The first instant after the closing day: 0:00 China time on 16 May (16:00 UTC on 15 May).</summary>
    public static readonly DateTime Deadline = new(2026, 5, 15, 16, 0, 0, DateTimeKind.Utc);

    public static readonly Money Pool = Money.FromYuan(400_000m);
    public static readonly Money Cap = Money.FromYuan(30_000m);

    private bool _published;
    private bool _withRules = true;
    private string[] _categories = ["为老服务", "青少年教育"];

    public EditionBuilder Published()
    {
        _published = true;
        return this;
    }

    /// <summary>Straight from <see cref="CompetitionEdition.Draft"/>: no pool, no cap, no categories.</summary>
    public EditionBuilder Bare()
    {
        _withRules = false;
        _categories = [];
        return this;
    }

    public EditionBuilder WithCategories(params string[] names)
    {
        _categories = names;
        return this;
    }

    public CompetitionEdition Build()
    {
        var edition = CompetitionEdition.Draft("仪征市第四届社区公益创投大赛", 2026, "仪征市民政局", OpensOn, ClosesOn);
        if (_withRules)
            edition.SetRules(Pool, Cap, 10, [OrganizationType.CommunityOrganization], null, EvaluationGrade.None, false, false, BeforeOpening);
        if (_categories.Length > 0) edition.SetCategories(_categories, BeforeOpening);
        if (_published) edition.Publish(BeforeOpening);
        return edition;
    }

    /// <summary>Rules as they are before the edition opens, for SetRules calls that only change one thing.</summary>
    public static void SetRules(CompetitionEdition edition, DateTime nowUtc, Money? pool = null, Money? cap = null, int matching = 10) =>
        edition.SetRules(pool ?? Pool, cap ?? Cap, matching, [OrganizationType.CommunityOrganization], null, EvaluationGrade.None, false, false, nowUtc);
}
