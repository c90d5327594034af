using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>A judge declares no conflict or a conflict of a kind; "none" can become a conflict, never the reverse.</summary>
public sealed class ConflictDeclarationDeclare
{
    [Fact]
    public void No_conflict_allows_judging()
    {
        var d = ConflictDeclaration.NoConflict(AppId, Judge, Now);

        Assert.False(d.HasConflict);
        Assert.Null(d.Kind);
        Assert.True(d.AllowsJudging);
        Assert.Equal(Now, d.DeclaredAt);
    }

    [Fact]
    public void A_conflict_keeps_its_kind_and_note_and_blocks_judging()
    {
        var d = ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.MemberOfOrganization, "  我是该机构理事  ", Now);

        Assert.True(d.HasConflict);
        Assert.Equal(ConflictKind.MemberOfOrganization, d.Kind);
        Assert.Equal("我是该机构理事", d.Note);
        Assert.True(d.Blocks);
        Assert.False(d.AllowsJudging);
    }

    [Fact]
    public void Another_kind_of_conflict_needs_a_description()
    {
        Refusal.Expect("Describe the conflict of interest.",
            () => ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.Other, " ", Now));
    }

    [Fact]
    public void A_judge_who_declared_none_can_report_a_conflict_later()
    {
        var d = ConflictDeclaration.NoConflict(AppId, Judge, Now);

        d.ReportConflict(ConflictKind.PriorTie, "曾受聘为该机构顾问", Now.AddDays(1));

        Assert.True(d.Blocks);
        Assert.Equal(ConflictKind.PriorTie, d.Kind);
        Assert.Equal(Now.AddDays(1), d.DeclaredAt);
    }

    [Fact]
    public void A_declared_conflict_cannot_be_declared_again()
    {
        var d = ConflictDeclaration.Conflict(AppId, Judge, ConflictKind.PriorTie, "", Now);

        Refusal.Expect("A conflict of interest is already declared for this application.",
            () => d.ReportConflict(ConflictKind.Other, "其他", Now));
        Assert.Equal(ConflictKind.PriorTie, d.Kind);
    }
}
