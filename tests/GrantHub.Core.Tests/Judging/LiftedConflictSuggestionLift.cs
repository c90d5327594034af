using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// The officer overrides a conflict suggested by the data only with a written reason; the ruling covers the kinds it
/// weighed, and a kind suggested later needs a ruling of its own.
/// </summary>
public sealed class LiftedConflictSuggestionLift
{
    [Fact]
    public void A_lifted_suggestion_records_who_when_why_and_the_kinds_it_covers()
    {
        var lifted = LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.StaffOfItsCenter], "officer-1", "  该评审员只在中心兼职授课，与该机构无往来  ", Now);

        Assert.Equal(AppId, lifted.ApplicationId);
        Assert.Equal(Judge, lifted.JudgeUserId);
        Assert.Equal("officer-1", lifted.LiftedByUserId);
        Assert.Equal(Now, lifted.LiftedAt);
        Assert.Equal("该评审员只在中心兼职授课，与该机构无往来", lifted.Reason);
        Assert.Equal([ConflictKind.StaffOfItsCenter], lifted.Kinds);
        Assert.True(lifted.Covers([ConflictKind.StaffOfItsCenter]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Lifting_without_a_reason_is_refused(string reason)
    {
        Refusal.Expect("Give the reason for lifting the conflict of interest.",
            () => LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.MemberOfOrganization], "officer-1", reason, Now));
    }

    [Fact]
    public void The_reason_has_at_most_1000_characters()
    {
        Refusal.Expect("The reason has at most {0} characters.",
            () => LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.PriorTie], "officer-1", new string('理', 1001), Now));
    }

    [Fact]
    public void A_kind_the_data_suggests_later_is_not_covered_until_lifted_again()
    {
        var lifted = LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.PriorTie], "officer-1", "旧的关联已结束", Now);

        Assert.False(lifted.Covers([ConflictKind.PriorTie, ConflictKind.StaffOfItsCenter]));

        lifted.LiftAgain([ConflictKind.PriorTie, ConflictKind.StaffOfItsCenter], "officer-2", "新到中心任职，但不负责该机构", Now.AddDays(3));
        Assert.True(lifted.Covers([ConflictKind.PriorTie, ConflictKind.StaffOfItsCenter]));
        Assert.Equal("officer-2", lifted.LiftedByUserId);
        Assert.Equal("新到中心任职，但不负责该机构", lifted.Reason);
    }

    [Fact]
    public void Lifting_again_what_is_already_covered_is_refused()
    {
        var lifted = LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.PriorTie], "officer-1", "旧的关联已结束", Now);

        Refusal.Expect("This suggested conflict of interest is already lifted.",
            () => lifted.LiftAgain([ConflictKind.PriorTie], "officer-1", "再次说明", Now));
    }

    [Fact]
    public void Only_kinds_the_data_can_suggest_are_lifted_this_way()
    {
        Refusal.Expect("Only a conflict suggested by the data can be lifted this way.",
            () => LiftedConflictSuggestion.Lift(AppId, Judge, [ConflictKind.Other], "officer-1", "理由", Now));
        Refusal.Expect("The data suggests no conflict of interest here.",
            () => LiftedConflictSuggestion.Lift(AppId, Judge, [], "officer-1", "理由", Now));
    }
}
