using Microsoft.Extensions.Options;
using MimeKit;

namespace GrantHub.Web.Email;

/// <summary>Writes each message as an .eml file, so the local run works offline and mail can be opened in any client.</summary>
public sealed class PickupFolderMailTransport(IOptions<EmailOptions> options, IWebHostEnvironment env) : IMailTransport
{
    public string Folder => Path.Combine(env.ContentRootPath, options.Value.PickupFolder);

    public Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailSession>(new Session(Folder));
    }

    private sealed class Session(string folder) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Sanitize(message.MessageId ?? Guid.NewGuid().ToString())}.eml";
            await message.WriteToAsync(Path.Combine(folder, name), ct);
        }

        private static string Sanitize(string id) =>
            new(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
