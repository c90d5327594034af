namespace GrantHub.Core.Tests;

public class MoneyComparison
{
    private static readonly Money Less = new(99_999);
    private static readonly Money More = new(100_000);

    [Fact]
    public void The_smaller_amount_is_less_than_the_larger()
    {
        Assert.True(Less < More);
        Assert.False(More < Less);
        Assert.True(More > Less);
        Assert.False(Less > More);
    }

    [Fact]
    public void An_amount_is_less_or_equal_and_greater_or_equal_to_itself()
    {
        var same = new Money(99_999);

        Assert.True(Less <= same);
        Assert.True(Less >= same);
        Assert.False(Less < same);
        Assert.False(Less > same);
        Assert.True(Less <= More);
        Assert.False(More <= Less);
    }

    [Fact]
    public void Amounts_with_the_same_fen_are_equal()
    {
        Assert.Equal(Money.FromYuan(999.99m), Less);
        Assert.True(Money.FromYuan(999.99m) == Less);
        Assert.NotEqual(Less, More);
    }

    [Fact]
    public void CompareTo_orders_negative_zero_and_positive_amounts()
    {
        var amounts = new[] { new Money(5), new Money(-3), Money.Zero, new Money(-10), new Money(200) };

        Array.Sort(amounts);

        Assert.Equal([-10L, -3L, 0L, 5L, 200L], amounts.Select(m => m.Fen));
        Assert.Equal(0, new Money(7).CompareTo(new Money(7)));
        Assert.True(new Money(-1).CompareTo(Money.Zero) < 0);
    }
}
