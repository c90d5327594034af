namespace GrantHub.Core.Competitions;

/// <summary>
/// One line of a scoring rubric; its maximum points are its weight in the 100-point total. <see cref="Round"/> says which
/// rubric it belongs to: 1 the written review (书面评审), 2 the shortlist's presentation and defense (路演/答辩).
/// </summary>
public class RubricCriterion
{
    public const int FirstRound = 1;
    public const int SecondRound = 2;

    public int Id { get; private set; }
    public Guid EditionId { get; private set; }
    /// <summary>1: the written review's rubric; 2: the second round's (路演/答辩). Order counts within a round.</summary>
    public int Round { get; private set; } = FirstRound;
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public int MaxPoints { get; private set; }
    /// <summary>A bonus item (加分项): optional, on top of the 100 points.</summary>
    public bool IsBonus { get; private set; }

    private RubricCriterion() { }

    internal RubricCriterion(Guid editionId, int order, string name, int maxPoints, bool isBonus, int round = FirstRound)
    {
        if (round is not (FirstRound or SecondRound)) throw new DomainException("The round is 1 or 2.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Each criterion needs a name.");
        if (maxPoints is < 1 or > 100) throw new DomainException("A criterion is worth between 1 and 100 points.");
        EditionId = editionId;
        Round = round;
        Order = order;
        Name = name.Trim();
        MaxPoints = maxPoints;
        IsBonus = isBonus;
    }

    /// <summary>
    /// The default rubric of the domain: 100 points over six criteria. Criterion names are content the officer edits,
    /// written in the users' language, not interface strings.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, int MaxPoints)> Default =
    [
        ("需求分析", 20),
        ("项目设计与可行性", 25),
        ("创新性与示范性", 15),
        ("组织与团队", 15),
        ("预算合理性", 15),
        ("可持续性与成效", 10),
    ];

    /// <summary>
    /// The default rubric of the second round (路演/答辩), proposed when the officer adds one: how the team presents,
    /// how it answers the panel, and the two things a live defense shows best.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, int MaxPoints)> DefaultSecondRound =
    [
        ("路演表现", 30),
        ("答辩回应", 30),
        ("项目可行性", 25),
        ("团队能力", 15),
    ];
}
