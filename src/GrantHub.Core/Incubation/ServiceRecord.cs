namespace GrantHub.Core.Incubation;

public enum ServiceType
{
    Training = 0,         // 培训
    Mentoring = 1,        // 督导/陪伴
    Space = 2,            // 场地
    RegistrationHelp = 3, // 登记协助
    ActivitySubsidy = 4,  // 活动补贴
    Other = 5,
}

/// <summary>A service the center gave a resident: the ledger (台账) of services is generated from these.</summary>
public class ServiceRecord
{
    public Guid Id { get; private set; }
    public Guid ResidencyId { get; private set; }
    public ServiceType Type { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>Duration in minutes (entered as hours, in half hours).</summary>
    public int Minutes { get; private set; }
    public string Topic { get; private set; } = "";
    public int Attendees { get; private set; }
    /// <summary>For an activity subsidy: the amount granted.</summary>
    public Money Amount { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private ServiceRecord() { }

    public static ServiceRecord Record(Residency residency, ServiceType type, DateOnly on, int minutes, string topic, int attendees,
        Money amount, string recordedByUserId, DateTime now)
    {
        residency.EnsureAdmitted();
        if (string.IsNullOrWhiteSpace(topic)) throw new DomainException("Say what the service was about.");
        if (minutes is < 0 or > 24 * 60) throw new DomainException("A service lasts between 0 and 24 hours.");
        if (attendees < 0) throw new DomainException("The number of attendees cannot be negative.");
        if (amount < Money.Zero) throw new DomainException("The amount cannot be negative.");
        if (type == ServiceType.ActivitySubsidy && amount == Money.Zero)
            throw new DomainException("Enter the amount of the activity subsidy.");
        if (type != ServiceType.ActivitySubsidy && amount != Money.Zero)
            throw new DomainException("Only an activity subsidy has an amount.");
        residency.EnsureNotBeforeStart(on);
        return new ServiceRecord
        {
            Id = Guid.CreateVersion7(),
            ResidencyId = residency.Id,
            Type = type,
            On = on,
            Minutes = minutes,
            Topic = topic.Trim(),
            Attendees = attendees,
            Amount = amount,
            RecordedByUserId = recordedByUserId,
            RecordedAt = now,
        };
    }
}
