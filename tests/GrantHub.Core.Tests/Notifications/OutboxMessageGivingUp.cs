using GrantHub.Core.Notifications;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Notifications;

public class OutboxMessageGivingUp
{
    private static readonly DateTime Now = OutboxMessageBuilder.Queued.AddSeconds(20);

    private static OutboxMessage FailedTimes(int failures)
    {
        var message = new OutboxMessageBuilder().Build();
        for (var i = 0; i < failures; i++)
            message.MarkFailed($"failure {i + 1}", Now.AddHours(i));
        return message;
    }

    [Fact]
    public void Allows_twelve_attempts()
    {
        Assert.Equal(12, OutboxMessage.MaxAttempts);
    }

    [Fact]
    public void Still_retries_after_one_failure_fewer_than_the_maximum()
    {
        var message = FailedTimes(OutboxMessage.MaxAttempts - 1);

        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(11, message.Attempts);
    }

    [Fact]
    public void Gives_up_with_status_failed_at_the_maximum_number_of_attempts()
    {
        var message = FailedTimes(OutboxMessage.MaxAttempts);

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal("failure 12", message.LastError);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void Schedules_no_further_attempt_once_it_has_given_up()
    {
        var beforeLast = FailedTimes(OutboxMessage.MaxAttempts - 1);
        var scheduled = beforeLast.NextAttemptAt;

        beforeLast.MarkFailed("final failure", scheduled);

        Assert.Equal(OutboxStatus.Failed, beforeLast.Status);
        Assert.Equal(scheduled, beforeLast.NextAttemptAt);
        Assert.Null(beforeLast.ClaimToken);
    }
}
