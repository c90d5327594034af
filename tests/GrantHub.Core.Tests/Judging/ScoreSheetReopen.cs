using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Only the officer reopens a submitted sheet, and only with a reason.</summary>
public sealed class ScoreSheetReopen
{
    [Fact]
    public void A_reopened_sheet_is_a_draft_again_with_the_reason_kept()
    {
        var sheet = new ScoreSheetBuilder().Submitted().Build();

        sheet.Reopen("officer-1", "  预算合理性评分与评语不一致，请复核  ", Now);

        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
        Assert.Null(sheet.SubmittedAt);
        Assert.Equal("预算合理性评分与评语不一致，请复核", sheet.ReopenReason);
        Assert.Equal("officer-1", sheet.ReopenedByUserId);
        Assert.Equal(Now, sheet.ReopenedAt);
        sheet.Save(Rules, [new ScoreEntry(Need, 35m)], Now.AddHours(1));
        Assert.Equal(35m, sheet.Scores.Single(s => s.CriterionId == Need).Points);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reopening_without_a_reason_is_refused(string reason)
    {
        var sheet = new ScoreSheetBuilder().Submitted().Build();

        Refusal.Expect("Give the reason for reopening the score sheet.", () => sheet.Reopen("officer-1", reason, Now));
        Assert.True(sheet.IsLocked);
    }

    [Fact]
    public void A_draft_cannot_be_reopened()
    {
        var sheet = new ScoreSheetBuilder().Scored().Build();

        Refusal.Expect("Only a submitted score sheet can be reopened.", () => sheet.Reopen("officer-1", "理由", Now));
        Assert.Null(sheet.ReopenedAt);
    }
}
