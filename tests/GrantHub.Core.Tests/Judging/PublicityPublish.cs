using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Results are published only when every eligible application has a decision; the period ends in China time.</summary>
public sealed class PublicityPublish
{
    [Fact]
    public void Publishing_with_an_eligible_application_undecided_is_refused_with_how_many()
    {
        var f = new PublicityFixtures();
        var c = Eligible(f.Edition);

        var ex = Refused("Decide every eligible application before publishing the results: {0} still without a decision.",
            () => Publicity.Publish(f.Edition, [f.A.Id, f.B.Id, c.Id], f.Decisions, Officer, f.Now));
        Assert.Equal([1], ex.Args.Cast<int>());
    }

    [Fact]
    public void Publishing_with_no_eligible_application_is_refused()
    {
        var f = new PublicityFixtures();
        Refused("There is no eligible application: there are no results to publish.",
            () => Publicity.Publish(f.Edition, [], f.Decisions, Officer, f.Now));
    }

    [Fact]
    public void The_period_ends_on_the_China_date_of_publication_plus_the_publicity_days()
    {
        var f = new PublicityFixtures();
        f.SetChinaTime(7, 1, 23, 59, 59);
        Assert.Equal(new DateOnly(2026, 7, 8), f.Publish().EndsOn);

        f.SetChinaTime(7, 2, 0, 0, 0); // 16:00 UTC on 1 July: already 2 July in China
        var publicity = f.Publish();
        Assert.Equal(new DateOnly(2026, 7, 9), publicity.EndsOn);
        Assert.Equal(new DateTime(2026, 7, 9, 16, 0, 0, DateTimeKind.Utc), publicity.PeriodEndUtc);
        Assert.Equal(f.Edition.Id, publicity.EditionId);
        Assert.False(publicity.IsFinal);
    }
}
