using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;

namespace GrantHub.Core.Tests.Funding;

/// <summary>Records evaluations of a project the way the officer's page does: on 1 December 2026 (mid-term) or 1 June 2027 (final).</summary>
internal static class EvaluationFixtures
{
    public const string Officer = "officer-1";
    public const string Evaluator = "扬州市社会组织评估中心";

    public static readonly DateOnly MidtermDay = new(2026, 12, 1);
    public static readonly DateTime MidtermAt = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly FinalDay = new(2027, 6, 1);
    public static readonly DateTime FinalAt = new(2027, 6, 1, 6, 0, 0, DateTimeKind.Utc);

    public static Evaluation Midterm(Grant grant, decimal score, int passMark = Evaluation.DefaultPassMark, params EvaluationKind[] recorded) =>
        Evaluation.Record(grant, EvaluationKind.Midterm, score, passMark, Evaluator, "按计划推进", MidtermDay, MidtermDay, recorded, Officer, MidtermAt);

    public static Evaluation Final(Grant grant, decimal score, params EvaluationKind[] recorded) =>
        Evaluation.Record(grant, EvaluationKind.Final, score, Evaluation.DefaultPassMark, Evaluator, "目标达成", FinalDay, FinalDay, recorded, Officer, FinalAt);
}
