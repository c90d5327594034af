using GrantHub.Core.Notifications;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Notifications;

public class OutboxMessageMarkSent
{
    private static readonly DateTime Now = OutboxMessageBuilder.Queued.AddSeconds(20);

    [Fact]
    public void Records_the_message_as_sent_at_that_instant()
    {
        var message = new OutboxMessageBuilder().Build();

        message.MarkSent(Now);

        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(Now, message.SentAt);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public void Releases_the_claim_of_the_relay_run()
    {
        var message = new OutboxMessageBuilder().Build();

        message.MarkSent(Now);

        Assert.Null(message.ClaimToken);
        Assert.Null(message.ClaimedUntil);
    }

    [Fact]
    public void After_earlier_failures_counts_the_attempt_and_clears_the_last_error()
    {
        var message = new OutboxMessageBuilder().Build();
        message.MarkFailed("421 try again later", Now);
        message.MarkFailed("421 try again later", Now.AddMinutes(1));

        message.MarkSent(Now.AddMinutes(3));

        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(3, message.Attempts);
        Assert.Null(message.LastError);
        Assert.Equal(Now.AddMinutes(3), message.SentAt);
    }
}
