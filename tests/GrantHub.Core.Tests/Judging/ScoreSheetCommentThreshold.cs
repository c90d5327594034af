using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>A score below the edition's share of the maximum (here 60%) needs a comment.</summary>
public sealed class ScoreSheetCommentThreshold
{
    private const string NeedsComment = "{0}: a score below {1}% of the maximum needs a comment.";

    [Theory]
    [InlineData(Need, 23.9)]   // 60% of 40 is 24
    [InlineData(Design, 35.5)] // 60% of 60 is 36
    [InlineData(Design, 0)]
    public void A_low_score_without_a_comment_is_refused(int criterionId, double points)
    {
        var sheet = new ScoreSheetBuilder().Build();

        var refusal = Refusal.Expect(NeedsComment, () => sheet.Save(Rules, [new ScoreEntry(criterionId, (decimal)points, "  ")], Now));
        Assert.Equal(60, refusal.Args[1]);
        Assert.Empty(sheet.Scores);
    }

    [Fact]
    public void A_low_score_with_a_comment_is_kept()
    {
        var sheet = new ScoreSheetBuilder().Build();

        sheet.Save(Rules, [new ScoreEntry(Need, 10m, "需求调研不足，缺少数据")], Now);

        Assert.Equal("需求调研不足，缺少数据", sheet.Scores.Single().Comment);
    }

    [Theory]
    [InlineData(Need, 24)]
    [InlineData(Design, 36)]
    public void A_score_at_the_threshold_needs_no_comment(int criterionId, double points)
    {
        var sheet = new ScoreSheetBuilder().Build();

        sheet.Save(Rules, [new ScoreEntry(criterionId, (decimal)points)], Now);

        Assert.Single(sheet.Scores);
    }

    [Fact]
    public void The_threshold_is_the_editions()
    {
        var sheet = new ScoreSheetBuilder().Build();
        var strict = Rules with { CommentBelowPercent = 90 };

        Refusal.Expect(NeedsComment, () => sheet.Save(strict, [new ScoreEntry(Need, 35m)], Now));
        sheet.Save(Rules with { CommentBelowPercent = 0 }, [new ScoreEntry(Need, 0m)], Now);
        Assert.Single(sheet.Scores);
    }
}
