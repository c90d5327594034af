namespace GrantHub.Core.Notifications;

/// <summary>
/// The record that one reminder went out (what, which item, which step, to whom), under a unique key such as
/// <c>report:{id}:due-7:{userId}</c>. Written in the same transaction as the reminder's notification and e-mail, so a
/// job that runs twice, on two nodes, or again after a crash finds it and sends nothing more.
/// </summary>
public class SentReminder
{
    public const int MaxKeyLength = 200;

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTime SentAt { get; private set; }

    private SentReminder() { }

    public SentReminder(string key, string userId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength) throw new ArgumentException("A reminder key is required and short.", nameof(key));
        Key = key;
        UserId = userId;
        SentAt = nowUtc;
    }
}
