using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a port the system picks, keeping every message it
/// accepts. The app's MailKit transport talks to it exactly as it would to a production relay.
/// </summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private readonly CollectingMessageStore _store;
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private InProcessSmtpServer(CollectingMessageStore store, SmtpServer.SmtpServer server, CancellationTokenSource stop, Task running, int port)
    {
        _store = store;
        _server = server;
        _stop = stop;
        _running = running;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Every message accepted so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Messages => _store.Messages.ToList();

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Starts listening on <paramref name="port"/> (0: a port the system picks).</summary>
    public static async Task<InProcessSmtpServer> StartAsync(int port = 0)
    {
        var store = new CollectingMessageStore();
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult((IPEndPoint)e.LocalEndPoint);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test.local")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(listeners);

        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var first = await Task.WhenAny(started.Task, running, Task.Delay(TimeSpan.FromSeconds(10)));
        if (first != started.Task)
        {
            await stop.CancelAsync();
            throw new InvalidOperationException("The in-process SMTP server did not start listening.",
                running.IsFaulted ? running.Exception : null);
        }
        return new InProcessSmtpServer(store, server, stop, running, started.Task.Result.Port);
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Stopped by cancellation, as asked.
        }
        _stop.Dispose();
    }

    private sealed class CollectingMessageStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream();
            foreach (var segment in buffer)
                await stream.WriteAsync(segment, cancellationToken);
            stream.Position = 0;
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
