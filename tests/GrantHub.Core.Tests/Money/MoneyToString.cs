using System.Globalization;

namespace GrantHub.Core.Tests;

public class MoneyToString
{
    [Theory]
    [InlineData(123456, "¥1,234.56")]
    [InlineData(0, "¥0.00")]
    [InlineData(5, "¥0.05")]
    [InlineData(1230, "¥12.30")]
    [InlineData(100, "¥1.00")]
    [InlineData(123456789, "¥1,234,567.89")]
    [InlineData(100000000000, "¥1,000,000,000.00")]
    public void Shows_yuan_with_a_yen_sign_thousands_separators_and_two_decimals(long fen, string expected)
    {
        Assert.Equal(expected, new Money(fen).ToString());
    }

    [Theory]
    [InlineData(-123456, "-¥1,234.56")]
    [InlineData(-5, "-¥0.05")]
    [InlineData(-100000, "-¥1,000.00")]
    public void Puts_the_minus_sign_before_the_yen_sign(long fen, string expected)
    {
        Assert.Equal(expected, new Money(fen).ToString());
    }

    [Fact]
    public void Shows_the_smallest_possible_amount_without_overflowing()
    {
        Assert.Equal("-¥92,233,720,368,547,758.08", new Money(long.MinValue).ToString());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Reads_the_same_whatever_the_current_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal("¥1,234.56", new Money(123456).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
