namespace GrantHub.Core.Organizations;

public enum CreditCodeProblem
{
    Empty,
    WrongLength,
    ForbiddenCharacter,
    RegionNotDigits,
    WrongCheckCharacter,
}

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码), checked by GB 32100-2015: the character set
/// without I, O, S, V, Z; positions 3–8 a region code of digits; position 18 a check character over the first 17.
/// Lower case is accepted; the code is kept upper case.
/// </summary>
public static class CreditCode
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when the code is valid; the normalized (trimmed, upper-case) code in <paramref name="normalized"/>.</summary>
    public static CreditCodeProblem? Check(string? input, out string normalized)
    {
        normalized = (input ?? "").Trim().ToUpperInvariant();
        if (normalized.Length == 0) return CreditCodeProblem.Empty;
        if (normalized.Length != 18) return CreditCodeProblem.WrongLength;
        if (normalized.Any(c => Charset.IndexOf(c) < 0)) return CreditCodeProblem.ForbiddenCharacter;
        if (!normalized.AsSpan(2, 6).ToString().All(char.IsAsciiDigit)) return CreditCodeProblem.RegionNotDigits;
        return normalized[17] == CheckCharacter(normalized.AsSpan(0, 17)) ? null : CreditCodeProblem.WrongCheckCharacter;
    }

    public static bool IsValid(string? input) => Check(input, out _) is null;

    /// <summary>The 18th character for the first 17: r = 31 − (Σ value×weight mod 31), 31 → 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("A credit code's check covers exactly 17 characters.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(char.ToUpperInvariant(first17[i]));
            if (value < 0) throw new ArgumentException($"'{first17[i]}' is not in the credit-code character set.", nameof(first17));
            sum += value * Weights[i];
        }
        var r = 31 - sum % 31;
        return Charset[r == 31 ? 0 : r];
    }
}
