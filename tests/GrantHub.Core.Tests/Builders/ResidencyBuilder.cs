using GrantHub.Core.Incubation;

namespace GrantHub.Core.Tests.Builders;

/// <summary>A residency brought to the state a test needs through its own transitions, never by setting fields.</summary>
public sealed class ResidencyBuilder
{
    /// <summary>Monday 2 March 2026, 09:00 China time.</summary>
    public static readonly DateTime AppliedAt = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly StartsOn = new(2026, 3, 9);

    public const string Staff = "staff-user";

    private Guid _organizationId = Guid.NewGuid();
    private int _centerId = 1;
    private ResidencyStatus _status = ResidencyStatus.Applied;
    private Placement _placement = Placement.Desk;
    private int? _desk = 1;

    public ResidencyBuilder Of(Guid organizationId)
    {
        _organizationId = organizationId;
        return this;
    }

    public ResidencyBuilder AtCenter(int centerId)
    {
        _centerId = centerId;
        return this;
    }

    public ResidencyBuilder UnderReview() => In(ResidencyStatus.UnderReview);

    public ResidencyBuilder Admitted() => In(ResidencyStatus.Admitted);

    public ResidencyBuilder AdmittedVirtually()
    {
        _placement = Placement.Virtual;
        _desk = null;
        return In(ResidencyStatus.Admitted);
    }

    public ResidencyBuilder AdmittedAtDesk(int desk)
    {
        _placement = Placement.Desk;
        _desk = desk;
        return In(ResidencyStatus.Admitted);
    }

    public ResidencyBuilder Rejected() => In(ResidencyStatus.Rejected);

    public ResidencyBuilder Graduated() => In(ResidencyStatus.Graduated);

    public ResidencyBuilder Exited() => In(ResidencyStatus.Exited);

    public ResidencyBuilder In(ResidencyStatus status)
    {
        _status = status;
        return this;
    }

    public Residency Build()
    {
        var r = Residency.Apply(_organizationId, _centerId, "需要办公场地和登记备案指导", AppliedAt);
        if (_status == ResidencyStatus.Applied) return r;
        r.StartReview(AppliedAt.AddDays(1));
        switch (_status)
        {
            case ResidencyStatus.UnderReview:
                return r;
            case ResidencyStatus.Rejected:
                r.Reject("近两年年检不合格", Staff, AppliedAt.AddDays(2));
                return r;
        }
        r.Admit(StartsOn, 12, _placement, _desk, Staff, AppliedAt.AddDays(3));
        switch (_status)
        {
            case ResidencyStatus.Graduated:
                r.Graduate(AssessmentBuilder.For(r).Graduation().Scoring(20, 20, 20, 20).Build(), 60, StartsOn.AddMonths(12),
                    Certificates.Number(2027, _centerId, 1));
                break;
            case ResidencyStatus.Exited:
                r.Exit("组织解散", StartsOn.AddMonths(2));
                break;
        }
        return r;
    }
}

/// <summary>An assessment of an admitted residency; by default a capacity assessment scoring 15 on each dimension.</summary>
public sealed class AssessmentBuilder
{
    private readonly Residency _residency;
    private AssessmentKind _kind = AssessmentKind.Capacity;
    private int[] _scores = [15, 15, 15, 15];
    private DateOnly _on = ResidencyBuilder.StartsOn.AddMonths(6);
    private DateTime _recordedAt = ResidencyBuilder.AppliedAt.AddMonths(6);

    private AssessmentBuilder(Residency residency) => _residency = residency;

    public static AssessmentBuilder For(Residency residency) => new(residency);

    public AssessmentBuilder Graduation()
    {
        _kind = AssessmentKind.Graduation;
        return this;
    }

    public AssessmentBuilder Scoring(int governance, int team, int finance, int projectOperation)
    {
        _scores = [governance, team, finance, projectOperation];
        return this;
    }

    public AssessmentBuilder On(DateOnly on, DateTime? recordedAt = null)
    {
        _on = on;
        _recordedAt = recordedAt ?? ChinaTime.StartOfDayUtc(on).AddHours(3);
        return this;
    }

    public Assessment Build() => Assessment.Record(_residency, _kind, _on, _scores[0], _scores[1], _scores[2], _scores[3],
        "治理结构健全", ResidencyBuilder.Staff, _recordedAt);
}
