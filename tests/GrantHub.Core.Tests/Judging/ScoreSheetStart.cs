using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>No content before the declaration: a sheet (and with it the application) opens only after "no conflict".</summary>
public sealed class ScoreSheetStart
{
    [Fact]
    public void A_judge_who_declared_no_conflict_starts_a_draft_of_their_assignment()
    {
        var assignment = NewAssignment();

        var sheet = ScoreSheet.Start(assignment, ConflictDeclaration.NoConflict(AppId, Judge, Now), Now);

        Assert.Equal(assignment.Id, sheet.AssignmentId);
        Assert.Equal(AppId, sheet.ApplicationId);
        Assert.Equal(Judge, sheet.JudgeUserId);
        Assert.Equal(Assignment.FirstRound, sheet.Round);
        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
        Assert.Empty(sheet.Scores);
    }

    [Fact]
    public void Without_a_declaration_the_sheet_does_not_open()
    {
        Refusal.Expect("Declare whether you have a conflict of interest with this application before opening it.",
            () => ScoreSheet.Start(NewAssignment(), null, Now));
    }

    [Fact]
    public void A_declared_conflict_keeps_the_judge_out()
    {
        var conflict = ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.PriorTie, "曾为该机构做过督导", Now);

        Refusal.Expect("You declared a conflict of interest with this application: you cannot score it.",
            () => ScoreSheet.Start(NewAssignment(), conflict, Now));
    }

    [Fact]
    public void A_conflict_lifted_by_the_officer_lets_the_judge_score()
    {
        var conflict = ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.Other, "同一小区居民", Now);
        conflict.Lift("officer-1", "仅为同一小区居民，与机构无业务往来", Now.AddHours(1));

        var sheet = ScoreSheet.Start(NewAssignment(), conflict, Now.AddHours(2));

        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
    }

    [Fact]
    public void Another_judges_declaration_does_not_count()
    {
        var someoneElses = ConflictDeclaration.NoConflict(AppId, "judge-2", Now);

        Assert.Throws<ArgumentException>(() => ScoreSheet.Start(NewAssignment(), someoneElses, Now));
    }

    [Fact]
    public void A_declaration_on_another_application_does_not_count()
    {
        var otherApplication = ConflictDeclaration.NoConflict(Guid.CreateVersion7(), Judge, Now);

        Assert.Throws<ArgumentException>(() => ScoreSheet.Start(NewAssignment(), otherApplication, Now));
    }
}
