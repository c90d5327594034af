using GrantHub.Core.Notifications;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Notifications;

public class OutboxMessageMarkFailed
{
    private static readonly DateTime Now = OutboxMessageBuilder.Queued.AddSeconds(20);

    [Fact]
    public void Retries_one_minute_after_the_first_failure()
    {
        var message = new OutboxMessageBuilder().Build();

        message.MarkFailed("connection refused", Now);

        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(Now.AddMinutes(1), message.NextAttemptAt);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void Doubles_the_wait_after_each_failure_until_it_gives_up()
    {
        var message = new OutboxMessageBuilder().Build();
        var waits = new List<double>();
        var now = Now;

        for (var i = 0; i < 20 && message.Status == OutboxStatus.Pending; i++)
        {
            message.MarkFailed("timeout", now);
            if (message.Status == OutboxStatus.Pending)
            {
                waits.Add((message.NextAttemptAt - now).TotalMinutes);
                now = message.NextAttemptAt;
            }
        }

        // With MaxAttempts = 12 there are eleven retries over about 16 hours: a mail server down overnight loses nothing.
        Assert.Equal([1d, 2d, 4d, 8d, 16d, 32d, 64d, 128d, 240d, 240d, 240d], waits);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(7, 64)]
    [InlineData(8, 128)]
    [InlineData(9, 240)]   // 256 minutes, capped at 4 hours
    [InlineData(20, 240)]
    [InlineData(200, 240)]
    public void Waits_two_to_the_power_of_the_failures_so_far_minus_one_minutes_at_most_four_hours(int attempts, double minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxMessage.BackoffAfter(attempts));
    }

    [Fact]
    public void Releases_the_claim_so_a_later_relay_run_can_retry()
    {
        var message = new OutboxMessageBuilder().Build();

        message.MarkFailed("connection refused", Now);

        Assert.Null(message.ClaimToken);
        Assert.Null(message.ClaimedUntil);
    }

    [Fact]
    public void Keeps_the_error_for_an_administrator_to_read()
    {
        var message = new OutboxMessageBuilder().Build();

        message.MarkFailed("550 mailbox unavailable", Now);

        Assert.Equal("550 mailbox unavailable", message.LastError);
    }

    [Fact]
    public void Keeps_only_the_first_thousand_characters_of_a_long_error()
    {
        var message = new OutboxMessageBuilder().Build();
        var stackTrace = new string('x', 999) + "yz" + new string('.', 500);

        message.MarkFailed(stackTrace, Now);

        Assert.Equal(1000, message.LastError!.Length);
        Assert.EndsWith("xy", message.LastError);
    }
}
