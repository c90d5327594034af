namespace GrantHub.Web.Jobs;

/// <summary>The <c>Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    /// <summary>When the reminder job runs (Hangfire cron, in <see cref="TimeZone"/>): daily at 09:00 by default.</summary>
    public string Cron { get; set; } = "0 9 * * *";

    /// <summary>The time zone of <see cref="Cron"/> (an IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Reminders written per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The site's address as people reach it, for the links in reminder e-mails (a job has no request to take it from).</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";
}
