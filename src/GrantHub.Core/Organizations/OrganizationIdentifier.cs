namespace GrantHub.Core.Organizations;

/// <summary>
/// What identifies an organization: a registered type carries a unified social credit code; a filed community
/// organization carries its filing number (备案号), or its credit code if it has registered since.
/// </summary>
public static class OrganizationIdentifier
{
    public const int FilingNumberMaxLength = 50;

    /// <summary>
    /// The normalized credit code and filing number to store for what the person typed (exactly one is set).
    /// Throws a <see cref="DomainException"/> the person reads when the input does not fit the type.
    /// </summary>
    public static (string? CreditCode, string? FilingNumber) Resolve(OrganizationType type, string? input)
    {
        if (type.RequiresCreditCode())
        {
            if (Organizations.CreditCode.Check(input, out var normalized) is not null)
                throw new DomainException("The unified social credit code is not valid.");
            return (normalized, null);
        }
        var filing = string.IsNullOrWhiteSpace(input) ? null : input.Trim().ToUpperInvariant();
        if (filing is null) throw new DomainException("A filed community organization needs its filing number.");
        if (filing.Length > FilingNumberMaxLength)
            throw new DomainException("A filing number has at most {0} characters.", FilingNumberMaxLength);
        // A community organization may also have registered since; accept its code in place of the filing number.
        return Organizations.CreditCode.IsValid(filing) ? (filing, null) : (null, filing);
    }

    /// <summary>The credit code <see cref="Resolve"/> would store, or null (none, or the input is not valid): for the duplicate check.</summary>
    public static string? CreditCodeOf(OrganizationType type, string? input)
    {
        try
        {
            return Resolve(type, input).CreditCode;
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
