using GrantHub.Core.Auditing;

namespace GrantHub.Core.Incubation;

public enum AssessmentKind
{
    /// <summary>Periodic capacity assessment during residency.</summary>
    Capacity = 0,

    /// <summary>出壳评估: decides graduation.</summary>
    Graduation = 1,
}

/// <summary>An assessment on the four dimensions, each scored 0–25, 100 in all.</summary>
public class Assessment : IAudited
{
    public const int MaxPerDimension = 25;

    public Guid Id { get; private set; }
    public Guid ResidencyId { get; private set; }
    public AssessmentKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>治理结构 governance and structure.</summary>
    public int Governance { get; private set; }
    /// <summary>团队能力 team capacity.</summary>
    public int Team { get; private set; }
    /// <summary>财务管理 financial management.</summary>
    public int Finance { get; private set; }
    /// <summary>项目运作 project operation.</summary>
    public int ProjectOperation { get; private set; }
    public string Comment { get; private set; } = "";
    public string AssessedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    public int Total => Governance + Team + Finance + ProjectOperation;

    public bool Passes(int passMark) => Total >= passMark;

    private Assessment() { }

    public static Assessment Record(Residency residency, AssessmentKind kind, DateOnly on, int governance, int team, int finance,
        int projectOperation, string comment, string assessedByUserId, DateTime now)
    {
        residency.EnsureAdmitted();
        residency.EnsureNotBeforeStart(on);
        foreach (var score in new[] { governance, team, finance, projectOperation })
        {
            if (score is < 0 or > MaxPerDimension)
                throw new DomainException("Each dimension is scored from 0 to {0}.", MaxPerDimension);
        }
        return new Assessment
        {
            Id = Guid.CreateVersion7(),
            ResidencyId = residency.Id,
            Kind = kind,
            On = on,
            Governance = governance,
            Team = team,
            Finance = finance,
            ProjectOperation = projectOperation,
            Comment = comment.Trim(),
            AssessedByUserId = assessedByUserId,
            RecordedAt = now,
        };
    }

    /// <summary>The most recent assessment of a kind (by date, then by when it was recorded), or null.</summary>
    public static Assessment? Latest(IEnumerable<Assessment> assessments, AssessmentKind kind) =>
        assessments.Where(a => a.Kind == kind).OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt).FirstOrDefault();
}
