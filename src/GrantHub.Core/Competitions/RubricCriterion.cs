namespace GrantHub.Core.Competitions;

/// <summary>One line of the scoring rubric; its maximum points are its weight in the 100-point total.</summary>
public class RubricCriterion
{
    public int Id { get; private set; }
    public Guid EditionId { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public int MaxPoints { get; private set; }
    /// <summary>A bonus item (加分项): optional, on top of the 100 points.</summary>
    public bool IsBonus { get; private set; }

    private RubricCriterion() { }

    internal RubricCriterion(Guid editionId, int order, string name, int maxPoints, bool isBonus)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Each criterion needs a name.");
        if (maxPoints is < 1 or > 100) throw new DomainException("A criterion is worth between 1 and 100 points.");
        EditionId = editionId;
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
}
