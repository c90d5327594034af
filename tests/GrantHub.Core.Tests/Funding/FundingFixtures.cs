namespace GrantHub.Core.Tests.Funding;

/// <summary>Helpers shared by the funding tests: refusals by message, and amounts written in yuan as on a payment slip.</summary>
internal static class FundingFixtures
{
    /// <summary>Asserts that a rule said no with the expected message (the English localizer key).</summary>
    public static DomainException Refused(string messageKey, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(messageKey, ex.MessageKey);
        return ex;
    }

    public static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    public static Money[] Yuan(params decimal[] yuan) => yuan.Select(Money.FromYuan).ToArray();

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (s, a) => s + a);
}
