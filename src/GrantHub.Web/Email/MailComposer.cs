using System.Net;
using GrantHub.Core.Notifications;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Email;

/// <summary>
/// Builds an outbox row in the current UI culture: a greeting, a few paragraphs, optionally one button. The caller adds
/// it to the DbContext with its own change, so the mail and the change are saved together.
/// </summary>
public sealed class MailComposer(IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public OutboxMessage Compose(string to, string recipientName, string subject, IEnumerable<string> paragraphs,
        (string Text, string Url)? action = null, string? deduplicationKey = null)
    {
        var lines = paragraphs.ToList();
        var greeting = l["Hello {0},", recipientName].Value;
        var signature = l["GrantHub — venture philanthropy and incubation platform"].Value;

        var html = $"<p>{Enc(greeting)}</p>" + string.Concat(lines.Select(p => $"<p>{Enc(p)}</p>"))
            + (action is { } a ? $"<p><a href=\"{Enc(a.Url)}\" style=\"display:inline-block;padding:8px 16px;background:#0d6efd;color:#fff;border-radius:4px;text-decoration:none\">{Enc(a.Text)}</a></p><p style=\"color:#666;font-size:12px\">{Enc(a.Url)}</p>" : "")
            + $"<p style=\"color:#666\">{Enc(signature)}</p>";
        var text = string.Join("\n\n", [greeting, .. lines, .. action is { } b ? new[] { $"{b.Text}: {b.Url}" } : [], signature]);

        return OutboxMessage.Create(to, subject, html, text, clock.GetUtcNow().UtcDateTime, deduplicationKey);
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
