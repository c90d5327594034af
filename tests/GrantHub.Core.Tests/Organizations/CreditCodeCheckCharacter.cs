using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

public sealed class CreditCodeCheckCharacter
{
    [Theory]
    [InlineData(KnownCreditCodes.PublishedSample)]
    [InlineData(KnownCreditCodes.SocialService)]
    [InlineData(KnownCreditCodes.Foundation)]
    public void Is_the_last_character_of_a_known_code(string code)
    {
        Assert.Equal(code[17], CreditCode.CheckCharacter(code.AsSpan(0, 17)));
    }

    [Fact]
    public void Is_zero_when_the_weighted_sum_is_a_multiple_of_31()
    {
        // 31 − 0 = 31 wraps to 0.
        Assert.Equal('0', CreditCode.CheckCharacter(KnownCreditCodes.SocialGroup.AsSpan(0, 17)));
    }

    [Fact]
    public void Ignores_case()
    {
        Assert.Equal('3', CreditCode.CheckCharacter("52320583mj5566778"));
    }

    [Fact]
    public void Refuses_other_than_17_characters()
    {
        Assert.Throws<ArgumentException>(() => CreditCode.CheckCharacter("5132"));
    }
}
