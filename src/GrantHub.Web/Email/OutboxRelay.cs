using GrantHub.Core.Data;
using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GrantHub.Web.Email;

/// <summary>
/// Sends what the outbox holds. A run first claims due messages with one conditional UPDATE, so a second run
/// (another node, a retry) sees them taken; each message is marked sent as soon as the server accepts it.
/// </summary>
public sealed class OutboxRelay(
    GrantHubDbContext db, IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxRelay> log)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> RelayAsync(CancellationToken ct)
    {
        var batch = await ClaimAsync(ct);
        if (batch.Count == 0) return 0;

        IMailSession session;
        try
        {
            session = await transport.OpenAsync(ct);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not connect to the mail server; {Count} messages will be retried", batch.Count);
            foreach (var m in batch) m.MarkFailed(ex.Message, Now);
            await db.SaveChangesAsync(ct);
            return 0;
        }

        var sent = 0;
        await using (session)
        {
            foreach (var message in batch)
            {
                try
                {
                    await session.SendAsync(ToMime(message), ct);
                    message.MarkSent(Now);
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning(ex, "Outbox message {Id} failed (attempt {Attempt})", message.Id, message.Attempts + 1);
                    message.MarkFailed(ex.Message, Now);
                }
                // Saved per message: a crash later in the batch must not send this one again.
                await db.SaveChangesAsync(ct);
            }
        }
        return sent;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken ct)
    {
        var now = Now;
        var token = Guid.NewGuid();
        var candidates = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];

        // The WHERE is evaluated again under the write lock: of two runs that saw the same rows, one claims them.
        var until = now + ClaimFor;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until), ct);
        return await db.OutboxMessages.Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(ct);
    }

    private MimeMessage ToMime(OutboxMessage m)
    {
        var mime = new MimeMessage
        {
            Subject = m.Subject,
            // A stable id lets a receiving server drop a duplicate after a crash between sending and marking.
            MessageId = $"outbox-{m.Id}@granthub",
            Date = new DateTimeOffset(DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc)),
            Body = new BodyBuilder { HtmlBody = m.HtmlBody, TextBody = m.TextBody }.ToMessageBody(),
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(m.To));
        return mime;
    }
}
