namespace GrantHub.Core.Tests;

public class MoneyArithmetic
{
    [Fact]
    public void Adding_sums_the_fen_exactly()
    {
        // 0.1 + 0.2 is the classic double trap; whole fen makes it exact.
        var sum = Money.FromYuan(0.10m) + Money.FromYuan(0.20m);

        Assert.Equal(new Money(30), sum);
        Assert.Equal(0.30m, sum.Yuan);
    }

    [Fact]
    public void Subtracting_can_go_below_zero()
    {
        var difference = new Money(1_000) - new Money(1_250);

        Assert.Equal(-250, difference.Fen);
    }

    [Fact]
    public void Adding_zero_changes_nothing()
    {
        Assert.Equal(new Money(987_654), new Money(987_654) + Money.Zero);
        Assert.Equal(0, Money.Zero.Fen);
    }

    [Fact]
    public void Adding_past_the_largest_amount_throws_instead_of_wrapping_around()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
    }

    [Fact]
    public void Subtracting_past_the_smallest_amount_throws_instead_of_wrapping_around()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MinValue) - new Money(1));
    }

    [Fact]
    public void Many_small_tranches_add_up_to_the_grant_without_rounding_drift()
    {
        var total = Money.Zero;
        for (var i = 0; i < 1_000; i++)
            total += Money.FromYuan(0.01m);

        Assert.Equal(Money.FromYuan(10m), total);
    }
}
