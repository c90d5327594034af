using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// A score sheet brought to the state a test needs through its own methods: an assignment, a declaration of no
/// conflict, a started draft; optionally fully scored and submitted. The rubric is a small one with a bonus item.
/// </summary>
public sealed class ScoreSheetBuilder
{
    public const int Need = 1;
    public const int Design = 2;
    public const int Bonus = 3;
    public const string Judge = "judge-1";

    public static readonly DateTime Now = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);
    public static readonly Guid EditionId = Guid.Parse("01900000-0000-7000-8000-000000000001");
    public static readonly Guid AppId = Guid.Parse("01900000-0000-7000-8000-0000000000a1");

    /// <summary>Need 40 + design 60 = 100, and a 5-point bonus item; a comment below 60% of a maximum.</summary>
    public static readonly ScoringRules Rules = new(
        [new ScoringCriterion(Need, "需求分析", 40), new ScoringCriterion(Design, "项目设计", 60), new ScoringCriterion(Bonus, "加分项", 5, IsBonus: true)],
        CommentBelowPercent: 60);

    private bool _scored;
    private bool _submitted;

    public static Assignment NewAssignment() => new(EditionId, AppId, Judge, Assignment.FirstRound, Now.AddDays(-1));

    public ScoreSheetBuilder Scored()
    {
        _scored = true;
        return this;
    }

    public ScoreSheetBuilder Submitted()
    {
        _scored = true;
        _submitted = true;
        return this;
    }

    public ScoreSheet Build()
    {
        var assignment = NewAssignment();
        var sheet = ScoreSheet.Start(assignment, ConflictDeclaration.NoConflict(AppId, Judge, Now.AddHours(-1)), Now.AddHours(-1));
        if (_scored) sheet.Save(Rules, [new ScoreEntry(Need, 32m), new ScoreEntry(Design, 50.5m)], Now.AddMinutes(-30));
        if (_submitted) sheet.Submit(Rules, Now.AddMinutes(-20));
        return sheet;
    }
}
