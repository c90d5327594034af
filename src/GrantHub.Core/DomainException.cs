namespace GrantHub.Core;

/// <summary>
/// A rule said no: an illegal state change, a duplicate, an over-allocated desk. The message is the English text
/// of a localizer key (the web layer shows it in the person's language); the arguments fill its placeholders.
/// </summary>
public sealed class DomainException(string messageKey, params object[] args) : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, messageKey, args))
{
    public string MessageKey { get; } = messageKey;

    public object[] Args { get; } = args;
}
