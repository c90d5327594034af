namespace GrantHub.Core.Tests.Incubation;

/// <summary>Asserts that a rule said no with the expected message (the English localizer key).</summary>
internal static class Refusal
{
    public static DomainException Expect(string messageKey, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(messageKey, ex.MessageKey);
        return ex;
    }

    public const string WrongState = "This residency is {0}: that step is not possible now.";
}
