using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

public sealed class BudgetLineRules
{
    private static Application Draft() => new ApplicationBuilder().Empty().Build(ApplicationBuilder.Edition());

    [Fact]
    public void A_line_needs_a_subject() =>
        ApplicationRefusal.Expect("Budget line {0}: the subject is required.",
            () => Draft().SetBudget([(" ", "", Money.FromYuan(1m), 1, FundsSource.Fiscal)], ApplicationBuilder.During));

    [Fact]
    public void A_line_needs_a_price_above_zero() =>
        ApplicationRefusal.Expect("Budget line {0}: the unit price must be above zero.",
            () => Draft().SetBudget([("物资", "", Money.Zero, 1, FundsSource.Fiscal)], ApplicationBuilder.During));

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void A_line_needs_a_plausible_quantity(int quantity) =>
        ApplicationRefusal.Expect("Budget line {0}: the quantity must be between 1 and 100000.",
            () => Draft().SetBudget([("物资", "", Money.FromYuan(1m), quantity, FundsSource.Fiscal)], ApplicationBuilder.During));

    [Fact]
    public void A_refused_line_leaves_the_saved_budget_as_it_was()
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());
        var before = application.Budget.Select(b => b.Subject).ToList();

        Assert.Throws<DomainException>(() => application.SetBudget(
            [("新物资", "", Money.FromYuan(1m), 1, FundsSource.Fiscal), ("", "", Money.FromYuan(1m), 1, FundsSource.Fiscal)], ApplicationBuilder.During));

        Assert.Equal(before, application.Budget.Select(b => b.Subject));
    }
}
