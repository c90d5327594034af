using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;
using static GrantHub.Core.Tests.Judging.ScoreSheetBuilder;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Saving a draft: each score within the criterion's range; save and come back; all or nothing.</summary>
public sealed class ScoreSheetSave
{
    [Fact]
    public void Scores_within_range_are_kept_and_totalled()
    {
        var sheet = new ScoreSheetBuilder().Build();

        sheet.Save(Rules, [new ScoreEntry(Need, 40m, " 需求清楚 "), new ScoreEntry(Design, 0.5m, "设计缺少关键环节")], Now);

        Assert.Equal(40m, sheet.Scores.Single(s => s.CriterionId == Need).Points);
        Assert.Equal("需求清楚", sheet.Scores.Single(s => s.CriterionId == Need).Comment);
        Assert.Equal(40.5m, sheet.Total);
        Assert.Equal(Now, sheet.UpdatedAt);
    }

    [Theory]
    [InlineData(Need, 40.5)]
    [InlineData(Need, -1)]
    [InlineData(Design, 61)]
    [InlineData(Bonus, 5.5)]
    public void A_score_outside_the_criterion_range_is_refused(int criterionId, double points)
    {
        var sheet = new ScoreSheetBuilder().Build();

        Refusal.Expect("{0}: the score must be between 0 and {1}.",
            () => sheet.Save(Rules, [new ScoreEntry(criterionId, (decimal)points, "说明")], Now));
        Assert.Empty(sheet.Scores);
    }

    [Fact]
    public void The_maximum_and_zero_are_in_range()
    {
        var sheet = new ScoreSheetBuilder().Build();

        sheet.Save(Rules, [new ScoreEntry(Design, 60m), new ScoreEntry(Bonus, 0m, "无加分事项")], Now);

        Assert.Equal(60m, sheet.Total);
    }

    [Fact]
    public void A_score_finer_than_one_decimal_is_refused()
    {
        var sheet = new ScoreSheetBuilder().Build();

        Refusal.Expect("{0}: a score has at most one decimal place.", () => sheet.Save(Rules, [new ScoreEntry(Need, 30.25m)], Now));
    }

    [Fact]
    public void One_bad_score_saves_nothing()
    {
        var sheet = new ScoreSheetBuilder().Build();

        Assert.Throws<DomainException>(() => sheet.Save(Rules, [new ScoreEntry(Need, 30m), new ScoreEntry(Design, 99m)], Now));

        Assert.Empty(sheet.Scores);
    }

    [Fact]
    public void A_criterion_outside_the_rubric_is_refused()
    {
        var sheet = new ScoreSheetBuilder().Build();

        Refusal.Expect("This criterion is not in the rubric.", () => sheet.Save(Rules, [new ScoreEntry(99, 1m)], Now));
    }

    [Fact]
    public void Saving_again_changes_the_score_in_place_and_keeps_the_others()
    {
        var sheet = new ScoreSheetBuilder().Scored().Build();
        var design = sheet.Scores.Single(s => s.CriterionId == Design);

        sheet.Save(Rules, [new ScoreEntry(Design, 55m)], Now);

        Assert.Same(design, sheet.Scores.Single(s => s.CriterionId == Design));
        Assert.Equal(55m, design.Points);
        Assert.Equal(32m, sheet.Scores.Single(s => s.CriterionId == Need).Points);
    }

    [Fact]
    public void An_empty_score_clears_the_criterion()
    {
        var sheet = new ScoreSheetBuilder().Scored().Build();

        sheet.Save(Rules, [new ScoreEntry(Design, null)], Now);

        Assert.Equal([Need], sheet.Scores.Select(s => s.CriterionId));
    }

    [Fact]
    public void Each_save_moves_the_version_for_concurrency()
    {
        var sheet = new ScoreSheetBuilder().Build();
        var before = sheet.Version;

        sheet.Save(Rules, [new ScoreEntry(Need, 30m)], Now);

        Assert.Equal(before + 1, sheet.Version);
    }
}
