namespace GrantHub.Core.Competitions;

/// <summary>One line of a project budget: subject, what for, unit price × quantity, and who pays it.</summary>
public class BudgetLine
{
    public int Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public int Order { get; private set; }
    public string Subject { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Money UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public FundsSource Source { get; private set; }

    public Money Subtotal => new(checked(UnitPrice.Fen * Quantity));

    private BudgetLine() { }

    internal BudgetLine(Guid applicationId, int order, string subject, string description, Money unitPrice, int quantity, FundsSource source)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new DomainException("Budget line {0}: the subject is required.", order);
        if (unitPrice <= Money.Zero) throw new DomainException("Budget line {0}: the unit price must be above zero.", order);
        if (quantity is < 1 or > 100_000) throw new DomainException("Budget line {0}: the quantity must be between 1 and 100000.", order);
        ApplicationId = applicationId;
        Order = order;
        Subject = subject.Trim();
        Description = description.Trim();
        UnitPrice = unitPrice;
        Quantity = quantity;
        Source = source;
    }
}

/// <summary>A budget's totals, and the edition's two money rules checked against them.</summary>
public sealed record BudgetTotals(Money Fiscal, Money Matching)
{
    public Money Total => Fiscal + Matching;

    public static BudgetTotals Of(IEnumerable<BudgetLine> lines)
    {
        var list = lines.ToList();
        return new BudgetTotals(
            list.Where(l => l.Source == FundsSource.Fiscal).Aggregate(Money.Zero, (s, l) => s + l.Subtotal),
            list.Where(l => l.Source == FundsSource.Matching).Aggregate(Money.Zero, (s, l) => s + l.Subtotal));
    }

    /// <summary>The least matching money the edition's ratio asks for, in whole fen rounded up.</summary>
    public Money MatchingRequired(int minMatchingPercent) => new((Fiscal.Fen * minMatchingPercent + 99) / 100);

    public void Check(CompetitionEdition edition)
    {
        if (Fiscal <= Money.Zero) throw new DomainException("The budget requests no fiscal funds: add at least one line paid from the grant.");
        if (Fiscal > edition.PerProjectCap)
            throw new DomainException("The fiscal funds requested ({0}) exceed the cap per project ({1}).", Fiscal, edition.PerProjectCap);
        var required = MatchingRequired(edition.MinMatchingPercent);
        if (Matching < required)
            throw new DomainException("Matching funds of {0} are below the {1}% of the fiscal funds the edition asks for ({2}).",
                Matching, edition.MinMatchingPercent, required);
    }
}
