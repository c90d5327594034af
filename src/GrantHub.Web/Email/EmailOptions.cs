namespace GrantHub.Web.Email;

/// <summary>The <c>Email</c> section. Without <c>Email:Smtp:Host</c> mail is written as .eml files to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "GrantHub <noreply@granthub.local>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Relative to the content root; used when no SMTP host is set.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    public int BatchSize { get; set; } = 50;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>None, Auto, SslOnConnect or StartTls (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public int TimeoutSeconds { get; set; } = 30;
}
