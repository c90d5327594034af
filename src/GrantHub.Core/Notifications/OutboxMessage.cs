namespace GrantHub.Core.Notifications;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Gave up after <see cref="OutboxMessage.MaxAttempts"/>; an administrator can see it.</summary>
    Failed = 2,
}

/// <summary>
/// An e-mail waiting to be sent. Written in the same transaction as the change that caused it, relayed by a job;
/// a message is claimed before it is sent, so two relays running at once never send it twice.
/// </summary>
public class OutboxMessage
{
    /// <summary>Retries over about 16 hours (1, 2, 4 … 128 minutes, then every 4 hours): a mail server down overnight loses nothing.</summary>
    public const int MaxAttempts = 12;

    public long Id { get; set; }

    /// <summary>Set when the same e-mail must never be queued twice (e.g. a reminder: "report 12 due in 7 days").</summary>
    public string? DeduplicationKey { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string TextBody { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The relay run that holds this message; others leave it alone until <see cref="ClaimedUntil"/>.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public static OutboxMessage Create(string to, string subject, string htmlBody, string textBody, DateTime now,
        string? deduplicationKey = null) => new()
    {
        To = to,
        Subject = subject,
        HtmlBody = htmlBody,
        TextBody = textBody,
        CreatedAt = now,
        NextAttemptAt = now,
        DeduplicationKey = deduplicationKey,
    };

    public void MarkSent(DateTime now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        Attempts++;
        ClaimToken = null;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>Backs off 1, 2, 4 … minutes (at most 4 hours) and gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimToken = null;
        ClaimedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }
        NextAttemptAt = now + BackoffAfter(Attempts);
    }

    public static TimeSpan BackoffAfter(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(240, Math.Pow(2, Math.Max(0, attempts - 1))));
}
