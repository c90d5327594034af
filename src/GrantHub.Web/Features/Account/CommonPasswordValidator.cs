using GrantHub.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using GrantHub.Web.Resources;

namespace GrantHub.Web.Features.Account;

/// <summary>
/// ASVS 6.2.4: refuse passwords that appear on lists of the most common ones (Chinese and international), and the
/// person's own e-mail name. Length is checked by Identity's RequiredLength.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<AppUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "88888888", "66666666",
        "12341234", "11223344", "123123123", "147258369", "a1234567", "a12345678", "aa123456", "abc12345",
        "abcd1234", "qwertyui", "qwerty123", "1qaz2wsx", "1q2w3e4r", "zxcvbnm1", "asdfghjk", "password",
        "password1", "passw0rd", "p@ssw0rd", "iloveyou", "woaini1314", "woaini520", "5201314520", "13145201314",
        "admin123", "admin888", "administrator", "letmein1", "welcome1", "sunshine", "football", "baseball",
        "princess", "dragon12", "monkey12", "superman", "trustno1", "qazwsxedc", "1234qwer", "qwer1234",
        "zaq12wsx", "aaaaaaaa", "abcdefgh", "granthub", "granthub1", "gongyi123", "shequ123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var localPart = user.Email?.Split('@')[0];
        var tooCommon = Common.Contains(password)
            || (!string.IsNullOrEmpty(localPart) && string.Equals(password, localPart, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(tooCommon
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = l["This password is too common or too easy to guess. Choose a longer phrase."],
            })
            : IdentityResult.Success);
    }
}
