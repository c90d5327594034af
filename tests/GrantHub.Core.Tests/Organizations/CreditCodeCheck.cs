using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>GB 32100-2015: 18 characters from the set without I O S V Z, digits in positions 3–8, a check character last.</summary>
public sealed class CreditCodeCheck
{
    [Theory]
    [InlineData(KnownCreditCodes.PublishedSample)]
    [InlineData(KnownCreditCodes.SocialGroup)]
    [InlineData(KnownCreditCodes.SocialService)]
    [InlineData(KnownCreditCodes.Foundation)]
    public void A_valid_code_passes_and_comes_back_unchanged(string code)
    {
        Assert.Null(CreditCode.Check(code, out var normalized));
        Assert.Equal(code, normalized);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_the_code_is_kept_upper_case()
    {
        Assert.Null(CreditCode.Check("  " + KnownCreditCodes.Foundation.ToLowerInvariant() + " ", out var normalized));
        Assert.Equal(KnownCreditCodes.Foundation, normalized);
    }

    [Fact]
    public void A_prefix_other_than_the_civil_affairs_ones_is_not_rejected()
    {
        // 91 is an enterprise; new prefixes appear, so only the check decides.
        Assert.True(CreditCode.IsValid(KnownCreditCodes.PublishedSample));
    }

    [Theory]
    [InlineData(KnownCreditCodes.SocialGroup, '1')]
    [InlineData(KnownCreditCodes.Foundation, 'J')]
    [InlineData(KnownCreditCodes.PublishedSample, '2')]
    public void A_wrong_check_character_is_reported_as_such(string valid, char wrong)
    {
        Assert.Equal(CreditCodeProblem.WrongCheckCharacter, CreditCode.Check(valid[..17] + wrong, out _));
    }

    [Fact]
    public void A_typo_in_the_middle_is_caught_by_the_check_character()
    {
        var typo = KnownCreditCodes.SocialService[..10] + "6" + KnownCreditCodes.SocialService[11..];
        Assert.Equal(CreditCodeProblem.WrongCheckCharacter, CreditCode.Check(typo, out _));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    [InlineData('-')]
    [InlineData('号')]
    public void Letters_outside_the_character_set_are_forbidden(char forbidden)
    {
        var code = KnownCreditCodes.SocialGroup[..9] + forbidden + KnownCreditCodes.SocialGroup[10..];
        Assert.Equal(CreditCodeProblem.ForbiddenCharacter, CreditCode.Check(code, out _));
    }

    [Fact]
    public void A_lower_case_forbidden_letter_is_forbidden_too()
    {
        var code = KnownCreditCodes.SocialGroup[..9] + "o" + KnownCreditCodes.SocialGroup[10..];
        Assert.Equal(CreditCodeProblem.ForbiddenCharacter, CreditCode.Check(code, out _));
    }

    [Theory]
    [InlineData("51320000MJ4812345")]
    [InlineData("51320000MJ481234500")]
    [InlineData("5132")]
    [InlineData("51320000MJ4812345 0")]
    public void A_code_of_other_than_18_characters_has_the_wrong_length(string code)
    {
        Assert.Equal(CreditCodeProblem.WrongLength, CreditCode.Check(code, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void No_code_at_all_is_empty(string? code)
    {
        Assert.Equal(CreditCodeProblem.Empty, CreditCode.Check(code, out _));
    }

    [Theory]
    [InlineData("51A20000MJ4812345")]
    [InlineData("5132000MMJ4812345")]
    public void Letters_in_the_region_code_are_refused(string first17)
    {
        // A check character that fits, so that only the region can be wrong.
        var code = first17 + CreditCode.CheckCharacter(first17);
        Assert.Equal(CreditCodeProblem.RegionNotDigits, CreditCode.Check(code, out _));
    }
}
