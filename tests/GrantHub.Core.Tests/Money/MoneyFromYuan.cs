using System.Globalization;

namespace GrantHub.Core.Tests;

public class MoneyFromYuan
{
    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("0.01", 1)]
    [InlineData("0.10", 10)]
    [InlineData("5", 500)]
    [InlineData("0", 0)]
    [InlineData("-5.50", -550)]
    [InlineData("1234.5600", 123456)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    public void Converts_an_amount_with_at_most_two_decimals_to_exact_fen(string yuan, long expectedFen)
    {
        var money = Money.FromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture));

        Assert.Equal(expectedFen, money.Fen);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("-0.009")]
    [InlineData("99.999")]
    public void Rejects_an_amount_that_is_not_a_whole_number_of_fen(string yuan)
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.FromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture)));

        Assert.Equal("yuan", ex.ParamName);
    }

    [Fact]
    public void Refuses_an_amount_too_large_for_a_long_of_fen()
    {
        Assert.Throws<OverflowException>(() => Money.FromYuan(92233720368547758.08m));
    }

    [Fact]
    public void Gives_back_the_yuan_it_was_made_from()
    {
        Assert.Equal(1234.56m, Money.FromYuan(1234.56m).Yuan);
        Assert.Equal(-0.07m, Money.FromYuan(-0.07m).Yuan);
    }
}
