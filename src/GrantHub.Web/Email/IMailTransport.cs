using MimeKit;

namespace GrantHub.Web.Email;

/// <summary>Where relayed mail goes: an SMTP server, or the pickup folder on a machine without one.</summary>
public interface IMailTransport
{
    /// <summary>One connection for a whole batch.</summary>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
