using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>Award tiers (name, amount, how many): valid each, and together within the pool.</summary>
public sealed class EditionAwardTiers
{
    [Fact]
    public void Tiers_are_kept_in_order_and_add_up()
    {
        var edition = new EditionBuilder().Build();

        edition.SetAwardTiers([("一等奖", Money.FromYuan(8_000m), 5), ("二等奖", Money.FromYuan(5_000m), 10)]);

        Assert.Equal(["一等奖", "二等奖"], edition.AwardTiers.Select(t => t.Name));
        Assert.Equal(Money.FromYuan(90_000m), edition.AwardTotal);
    }

    [Fact]
    public void Tiers_that_promise_more_than_the_pool_are_refused_and_the_old_tiers_stay()
    {
        var edition = new EditionBuilder().Build();
        edition.SetAwardTiers([("一等奖", Money.FromYuan(8_000m), 5)]);

        var ex = Refusal.Expect("The award tiers add up to {0}, more than the pool of {1}.",
            () => edition.SetAwardTiers([("一等奖", Money.FromYuan(200_000m), 2), ("二等奖", Money.FromYuan(0.01m), 1)]));

        Assert.Equal(new object[] { Money.FromYuan(400_000.01m), EditionBuilder.Pool }, ex.Args);
        Assert.Single(edition.AwardTiers);
    }

    [Fact]
    public void Tiers_exactly_as_large_as_the_pool_are_allowed()
    {
        var edition = new EditionBuilder().Build();

        edition.SetAwardTiers([("一等奖", Money.FromYuan(100_000m), 4)]);

        Assert.Equal(EditionBuilder.Pool, edition.AwardTotal);
    }

    [Fact]
    public void Before_the_pool_is_set_any_total_is_accepted()
    {
        var edition = new EditionBuilder().Bare().Build();

        edition.SetAwardTiers([("一等奖", Money.FromYuan(1_000_000m), 3)]);

        Assert.Single(edition.AwardTiers);
    }

    [Fact]
    public void No_tiers_at_all_is_allowed()
    {
        var edition = new EditionBuilder().Build();
        edition.SetAwardTiers([("一等奖", Money.FromYuan(8_000m), 5)]);

        edition.SetAwardTiers([]);

        Assert.Empty(edition.AwardTiers);
    }

    [Theory]
    [InlineData("", 100, 1, "An award tier needs a name.")]
    [InlineData("三等奖", 0, 1, "An award tier's amount must be above zero.")]
    [InlineData("三等奖", 100, 0, "An award tier is given at least once.")]
    public void An_incomplete_tier_is_refused(string name, int yuan, int count, string message)
    {
        var edition = new EditionBuilder().Build();

        Refusal.Expect(message, () => edition.SetAwardTiers([(name, Money.FromYuan(yuan), count)]));
    }
}
