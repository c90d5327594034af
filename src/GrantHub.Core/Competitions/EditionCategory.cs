namespace GrantHub.Core.Competitions;

/// <summary>A category of projects in an edition (为老服务, 青少年 …).</summary>
public class EditionCategory
{
    public int Id { get; private set; }
    public Guid EditionId { get; private set; }
    public string Name { get; private set; } = "";

    private EditionCategory() { }

    internal EditionCategory(Guid editionId, string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A category needs a name.");
        EditionId = editionId;
        Name = name.Trim();
    }
}

/// <summary>A prize tier for awarded (奖励) projects: gold, silver, bronze or fixed amounts, paid once.</summary>
public class AwardTier
{
    public int Id { get; private set; }
    public Guid EditionId { get; private set; }
    public string Name { get; private set; } = "";
    public Money Amount { get; private set; }
    public int Count { get; private set; }

    private AwardTier() { }

    internal AwardTier(Guid editionId, string name, Money amount, int count)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An award tier needs a name.");
        if (amount <= Money.Zero) throw new DomainException("An award tier's amount must be above zero.");
        if (count < 1) throw new DomainException("An award tier is given at least once.");
        EditionId = editionId;
        Name = name.Trim();
        Amount = amount;
        Count = count;
    }
}
