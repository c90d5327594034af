using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Submitting needs every regular criterion scored; a submitted sheet is locked.</summary>
public sealed class ScoreSheetSubmit
{
    private const string Locked = "This score sheet is submitted and locked: only the officer can reopen it.";

    [Fact]
    public void A_fully_scored_sheet_is_submitted_without_the_optional_bonus_item()
    {
        var sheet = new ScoreSheetBuilder().Scored().Build();

        sheet.Submit(Rules, Now);

        Assert.Equal(ScoreSheetStatus.Submitted, sheet.Status);
        Assert.Equal(Now, sheet.SubmittedAt);
        Assert.True(sheet.IsLocked);
    }

    [Fact]
    public void A_criterion_left_unscored_blocks_the_submission()
    {
        var sheet = new ScoreSheetBuilder().Build();
        sheet.Save(Rules, [new ScoreEntry(Need, 30m), new ScoreEntry(Bonus, 3m)], Now);

        var refusal = Refusal.Expect("{0} is not scored yet: score every criterion before submitting.", () => sheet.Submit(Rules, Now));
        Assert.Equal("项目设计", refusal.Args[0]);
        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
    }

    [Fact]
    public void A_submitted_sheet_cannot_be_saved()
    {
        var sheet = new ScoreSheetBuilder().Submitted().Build();

        Refusal.Expect(Locked, () => sheet.Save(Rules, [new ScoreEntry(Need, 40m)], Now));
        Assert.Equal(32m, sheet.Scores.Single(s => s.CriterionId == Need).Points);
    }

    [Fact]
    public void A_submitted_sheet_cannot_be_submitted_again()
    {
        var sheet = new ScoreSheetBuilder().Submitted().Build();
        var submittedAt = sheet.SubmittedAt;

        Refusal.Expect(Locked, () => sheet.Submit(Rules, Now.AddHours(1)));
        Assert.Equal(submittedAt, sheet.SubmittedAt);
    }

    [Fact]
    public void A_score_that_breaks_a_stricter_rubric_blocks_the_submission()
    {
        // Saved under a 60% threshold without a comment; submitted against rules asking one below 90%.
        var sheet = new ScoreSheetBuilder().Scored().Build();

        Refusal.Expect("{0}: a score below {1}% of the maximum needs a comment.", () => sheet.Submit(Rules with { CommentBelowPercent = 90 }, Now));
        Assert.False(sheet.IsLocked);
    }
}
