using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The officer may lift a conflict only with a written reason.</summary>
public sealed class ConflictDeclarationLift
{
    private static ConflictDeclaration AConflict() =>
        ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.StaffOfItsCenter, "", Now);

    [Fact]
    public void A_lifted_conflict_records_who_when_and_why_and_no_longer_blocks()
    {
        var d = AConflict();

        d.Lift("officer-1", "  该评审员已于三年前离开该孵化中心  ", Now.AddHours(1));

        Assert.False(d.Blocks);
        Assert.True(d.HasConflict);
        Assert.Equal("officer-1", d.LiftedByUserId);
        Assert.Equal(Now.AddHours(1), d.LiftedAt);
        Assert.Equal("该评审员已于三年前离开该孵化中心", d.LiftReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Lifting_without_a_reason_is_refused(string reason)
    {
        var d = AConflict();

        Refusal.Expect("Give the reason for lifting the conflict of interest.", () => d.Lift("officer-1", reason, Now));
        Assert.True(d.Blocks);
    }

    [Fact]
    public void There_is_nothing_to_lift_without_a_conflict()
    {
        var d = ConflictDeclaration.NoConflict(AppId, Judge, Now);

        Refusal.Expect("There is no conflict of interest to lift.", () => d.Lift("officer-1", "理由", Now));
    }

    [Fact]
    public void A_conflict_is_lifted_once()
    {
        var d = AConflict();
        d.Lift("officer-1", "理由", Now);

        Refusal.Expect("This conflict of interest is already lifted.", () => d.Lift("officer-2", "另一个理由", Now.AddHours(1)));
        Assert.Equal("officer-1", d.LiftedByUserId);
    }
}
