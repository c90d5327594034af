using System.Text.Json;

namespace GrantHub.Core.Notifications;

/// <summary>
/// An in-app notification (站内消息) for one user, shown under the bell. The text is stored as a localizer key (its
/// English text) with arguments, and rendered in the reader's language when read.
/// </summary>
public class Notification
{
    public const int MaxLinkLength = 300;

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string MessageKey { get; private set; } = "";
    /// <summary>The arguments of <see cref="MessageKey"/> as a JSON array of strings.</summary>
    public string ArgsJson { get; private set; } = "[]";
    /// <summary>Where the notification leads (a local path), if anywhere.</summary>
    public string? Link { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }
    /// <summary>Set when the same notification must never be written twice (e.g. a reminder step); unique.</summary>
    public string? DeduplicationKey { get; private set; }

    private Notification() { }

    public static Notification For(string userId, string messageKey, IEnumerable<string> args, string? link, DateTime nowUtc, string? deduplicationKey = null)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("The recipient is required.", nameof(userId));
        if (string.IsNullOrWhiteSpace(messageKey)) throw new ArgumentException("The message is required.", nameof(messageKey));
        if (link is { Length: > MaxLinkLength }) throw new ArgumentException("The link is too long.", nameof(link));
        // A local path as Url.IsLocalUrl sees it: "/…", but not "//host" or "/\host" (a browser reads both as another site), and no control character.
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//") || link.StartsWith("/\\") || link.Any(char.IsControl)))
            throw new ArgumentException("The link must be a local path.", nameof(link));
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            MessageKey = messageKey,
            ArgsJson = JsonSerializer.Serialize(args.ToArray()),
            Link = link,
            CreatedAt = nowUtc,
            DeduplicationKey = deduplicationKey,
        };
    }

    public string[] Args => JsonSerializer.Deserialize<string[]>(ArgsJson) ?? [];

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTime nowUtc) => ReadAt ??= nowUtc;
}
