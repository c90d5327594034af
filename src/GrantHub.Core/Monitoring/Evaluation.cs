using GrantHub.Core.Auditing;
using GrantHub.Core.Funding;

namespace GrantHub.Core.Monitoring;

public enum EvaluationKind
{
    /// <summary>中期评估.</summary>
    Midterm = 0,
    /// <summary>结项评估.</summary>
    Final = 1,
}

/// <summary>
/// A mid-term or final evaluation of a funded project (100 points, pass at the pass mark, 60 by default), recorded by
/// the officer or for a third-party evaluator. One of each kind per project. A pass releases the tranche waiting on
/// it; a fail stops the project and cancels its unpaid tranches (<see cref="Grant.ApplyEvaluation"/>).
/// </summary>
public class Evaluation : IAudited
{
    public const int DefaultPassMark = 60;
    public const int MaxTextLength = 2000;

    public Guid Id { get; private set; }
    public Guid GrantId { get; private set; }
    public EvaluationKind Kind { get; private set; }
    public decimal Score { get; private set; }
    public int PassMark { get; private set; }
    public bool Passed { get; private set; }
    /// <summary>Who evaluated: the officer's name or the third-party evaluator (第三方评估机构).</summary>
    public string Evaluator { get; private set; } = "";
    public string Comment { get; private set; } = "";
    public DateOnly EvaluatedOn { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private Evaluation() { }

    public static Evaluation Record(Grant grant, EvaluationKind kind, decimal score, int passMark, string evaluator, string comment,
        DateOnly evaluatedOn, DateOnly today, IEnumerable<EvaluationKind> alreadyRecorded, string userId, DateTime nowUtc)
    {
        if (score is < 0 or > 100) throw new DomainException("A score is between {0} and {1}.", 0, 100);
        if (decimal.Round(score, 1) != score) throw new DomainException("A score has at most one decimal place.");
        if (passMark is < 1 or > 100) throw new DomainException("The pass mark is between {0} and {1}.", 1, 100);
        if (evaluatedOn > today) throw new DomainException("The day evaluated cannot be in the future.");
        var who = (evaluator ?? "").Trim();
        if (who.Length == 0) throw new DomainException("Say who evaluated the project.");
        if (who.Length > 200) throw new DomainException("A name has at most {0} characters.", 200);
        var text = (comment ?? "").Trim();
        if (text.Length > MaxTextLength) throw new DomainException("A comment has at most {0} characters.", MaxTextLength);
        var recorded = alreadyRecorded.ToList();
        if (recorded.Contains(kind)) throw new DomainException("This evaluation is already recorded.");
        if (kind == EvaluationKind.Final && !recorded.Contains(EvaluationKind.Midterm) && grant.Tranches.Any(t => t.Trigger == TrancheTrigger.MidtermPassed))
            throw new DomainException("Record the mid-term evaluation first.");

        var passed = score >= passMark;
        grant.ApplyEvaluation(kind == EvaluationKind.Final, passed, userId, nowUtc);
        return new Evaluation
        {
            Id = Guid.CreateVersion7(),
            GrantId = grant.Id,
            Kind = kind,
            Score = score,
            PassMark = passMark,
            Passed = passed,
            Evaluator = who,
            Comment = text,
            EvaluatedOn = evaluatedOn,
            RecordedByUserId = userId,
            RecordedAt = nowUtc,
        };
    }
}
