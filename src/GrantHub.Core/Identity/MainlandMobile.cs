using System.Text.RegularExpressions;

namespace GrantHub.Core.Identity;

/// <summary>A mainland China mobile number: 11 digits, 1[3-9]xxxxxxxxx, after stripping +86 / 86 and separators.</summary>
public static partial class MainlandMobile
{
    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Pattern();

    /// <summary>The 11-digit form, or null when the input is not a mainland mobile number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal)) digits = digits[2..];
        return Pattern().IsMatch(digits) ? digits : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;
}
