namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>The app with its SMTP transport pointed at an <see cref="InProcessSmtpServer"/> of its own.</summary>
public sealed class MailFactory : GrantHubFactory
{
    public MailFactory()
    {
        Smtp = InProcessSmtpServer.StartAsync().GetAwaiter().GetResult();
        Settings["Email:Smtp:Host"] = Smtp.Host;
        Settings["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Email:Smtp:Security"] = "None";
        Settings["Email:Smtp:TimeoutSeconds"] = "10";
    }

    public InProcessSmtpServer Smtp { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
