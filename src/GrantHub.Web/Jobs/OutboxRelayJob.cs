using GrantHub.Web.Email;

namespace GrantHub.Web.Jobs;

/// <summary>Relays the e-mail outbox. Safe to run twice or on two nodes at once: messages are claimed before sending.</summary>
public sealed class OutboxRelayJob(OutboxRelay relay)
{
    public const string RecurringId = "outbox-relay";

    public Task<int> RunAsync(CancellationToken ct) => relay.RelayAsync(ct);
}
