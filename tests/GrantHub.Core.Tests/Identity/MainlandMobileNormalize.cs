using GrantHub.Core.Identity;

namespace GrantHub.Core.Tests.Identity;

public class MainlandMobileNormalize
{
    [Theory]
    [InlineData("+86 139-1234-5678")]
    [InlineData("8613912345678")]
    [InlineData("13912345678")]
    [InlineData("+8613912345678")]
    [InlineData("+86-139-1234-5678")]
    [InlineData(" 139 1234 5678 ")]
    [InlineData("139\t1234\u00A05678")]
    public void Reduces_a_mainland_mobile_number_to_its_eleven_digits(string input)
    {
        Assert.Equal("13912345678", MainlandMobile.Normalize(input));
        Assert.True(MainlandMobile.IsValid(input));
    }

    [Theory]
    [InlineData("13012345678")]
    [InlineData("15912345678")]
    [InlineData("19912345678")]
    public void Accepts_every_second_digit_from_three_to_nine(string input)
    {
        Assert.Equal(input, MainlandMobile.Normalize(input));
    }

    [Theory]
    [InlineData("12345678901")]      // 11 digits, but no mobile prefix starts 12
    [InlineData("11912345678")]      // nor 11
    [InlineData("1391234567")]       // 10 digits
    [InlineData("139123456789")]     // 12 digits
    [InlineData("23912345678")]      // does not start with 1
    [InlineData("861391234567")]     // 86 + only 10 digits
    [InlineData("+86 1391234567")]
    [InlineData("+1 139-1234-5678")]
    [InlineData("139abcd5678")]
    [InlineData("1391234567a")]
    [InlineData("phone")]
    [InlineData("(139) 1234 5678")]
    public void Rejects_anything_that_is_not_a_mainland_mobile_number(string input)
    {
        Assert.Null(MainlandMobile.Normalize(input));
        Assert.False(MainlandMobile.IsValid(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Rejects_an_empty_number(string? input)
    {
        Assert.Null(MainlandMobile.Normalize(input));
        Assert.False(MainlandMobile.IsValid(input));
    }

    [Theory]
    [InlineData("１３９１２３４５６７８")]         // full-width digits
    // .NET's \d matches every Unicode digit; the pattern uses [0-9] so these are not stored as a phone number.
    [InlineData("139١٢٣٤٥٦٧٨")]
    public void Rejects_digits_that_are_not_ascii(string input)
    {
        Assert.Null(MainlandMobile.Normalize(input));
    }
}
