using System.Text.Json;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Notifications;

public sealed record NotificationsPage(Page<NotificationRow> Page, int Unread);

public sealed record NotificationRow(Guid Id, string MessageKey, string ArgsJson, string? Link, DateTime CreatedAt, DateTime? ReadAt)
{
    public bool IsRead => ReadAt is not null;

    /// <summary>
    /// The message in the reader's language. The arguments are shown as stored (already formatted, never looked up). A
    /// row whose arguments no longer fit its text (a changed key) shows the text with its placeholders rather than failing.
    /// </summary>
    public string Text(IStringLocalizer<SharedResource> l)
    {
        var args = JsonSerializer.Deserialize<string[]>(ArgsJson) ?? [];
        try
        {
            return l[MessageKey, args.Cast<object>().ToArray()].Value;
        }
        catch (FormatException)
        {
            return l[MessageKey].Value;
        }
    }
}

/// <summary>What the bell shows: nothing at 0, the count up to 99, "99+" beyond.</summary>
public sealed record BellModel(int Unread)
{
    public string? Badge => Unread switch
    {
        <= 0 => null,
        > 99 => "99+",
        _ => Unread.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
