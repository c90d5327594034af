using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>The cap per project and the co-funding rule, checked in whole fen.</summary>
public sealed class BudgetTotalsCheck
{
    private static BudgetTotals Totals(decimal fiscalYuan, decimal matchingYuan) => new(Money.FromYuan(fiscalYuan), Money.FromYuan(matchingYuan));

    [Fact]
    public void Fiscal_funds_exactly_at_the_cap_are_accepted()
    {
        var edition = ApplicationBuilder.Edition(matchingPercent: 0);

        Totals(30_000m, 0m).Check(edition);
    }

    [Fact]
    public void One_fen_over_the_cap_is_refused()
    {
        var edition = ApplicationBuilder.Edition(matchingPercent: 0);

        ApplicationRefusal.Expect("The fiscal funds requested ({0}) exceed the cap per project ({1}).", () => Totals(30_000.01m, 0m).Check(edition));
    }

    [Fact]
    public void The_matching_funds_required_round_up_to_the_next_fen()
    {
        // 10% of ¥100.01 is 1000.1 fen: the organization must bring 1001 fen.
        var totals = Totals(100.01m, 10.01m);

        Assert.Equal(new Money(1001), totals.MatchingRequired(10));
        Assert.Equal(new Money(0), totals.MatchingRequired(0));
        Assert.Equal(new Money(1000), Totals(100m, 0m).MatchingRequired(10));
    }

    [Fact]
    public void Matching_funds_one_fen_short_of_the_rounded_up_requirement_are_refused()
    {
        var edition = ApplicationBuilder.Edition(matchingPercent: 10);

        ApplicationRefusal.Expect("Matching funds of {0} are below the {1}% of the fiscal funds the edition asks for ({2}).",
            () => Totals(100.01m, 10.00m).Check(edition));
        Totals(100.01m, 10.01m).Check(edition);
    }

    [Fact]
    public void A_budget_without_fiscal_funds_is_refused()
    {
        var edition = ApplicationBuilder.Edition(matchingPercent: 0);

        ApplicationRefusal.Expect("The budget requests no fiscal funds: add at least one line paid from the grant.", () => Totals(0m, 500m).Check(edition));
    }

    [Fact]
    public void Totals_add_the_subtotals_of_each_source()
    {
        var application = new ApplicationBuilder()
            .WithBudget(("物资", Money.FromYuan(12.34m), 3, FundsSource.Fiscal), ("补贴", new Money(1), 7, FundsSource.Fiscal),
                ("场地", Money.FromYuan(100m), 2, FundsSource.Matching))
            .Build(ApplicationBuilder.Edition());

        var totals = BudgetTotals.Of(application.Budget);

        Assert.Equal(new Money(3702 + 7), totals.Fiscal);
        Assert.Equal(new Money(20000), totals.Matching);
        Assert.Equal(new Money(23709), totals.Total);
        Assert.Equal(totals.Fiscal, application.FiscalRequested);
    }
}
