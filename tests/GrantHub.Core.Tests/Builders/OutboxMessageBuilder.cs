using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Builders;

/// <summary>An outbox message as the relay finds it: queued, then claimed by a relay run.</summary>
public sealed class OutboxMessageBuilder
{
    public static readonly DateTime Queued = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private DateTime _claimedUntil = Queued.AddMinutes(5);
    private bool _claimed = true;

    public OutboxMessageBuilder NotClaimed()
    {
        _claimed = false;
        return this;
    }

    public OutboxMessageBuilder ClaimedUntil(DateTime until)
    {
        _claimedUntil = until;
        return this;
    }

    public OutboxMessage Build()
    {
        var message = OutboxMessage.Create("applicant@example.cn", "申请已提交", "<p>已提交</p>", "已提交", Queued);
        if (_claimed)
        {
            message.ClaimToken = Guid.NewGuid();
            message.ClaimedUntil = _claimedUntil;
        }
        return message;
    }
}
