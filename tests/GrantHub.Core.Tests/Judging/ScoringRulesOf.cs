using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Competitions;

namespace GrantHub.Core.Tests.Judging;

public sealed class ScoringRulesOf
{
    [Fact]
    public void The_rules_are_the_editions_rubric_in_order_and_its_comment_threshold()
    {
        var edition = new EditionBuilder().Build();
        edition.SetRubric([("需求", 40, false), ("设计", 60, false), ("加分", 5, true)], EditionBuilder.BeforeOpening);
        edition.SetReview(5, edition.Aggregation, false, 50);

        var rules = ScoringRules.Of(edition);

        Assert.Equal(["需求", "设计", "加分"], rules.Criteria.Select(c => c.Name));
        Assert.Equal([40, 60, 5], rules.Criteria.Select(c => c.MaxPoints));
        Assert.Equal([false, false, true], rules.Criteria.Select(c => c.IsBonus));
        Assert.Equal(50, rules.CommentBelowPercent);
    }
}
