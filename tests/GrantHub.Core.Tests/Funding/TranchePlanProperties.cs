using GrantHub.Core.Funding;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// Over many random grants and plans (a fixed seed, so a failure can be replayed): whenever a split is accepted, its
/// tranches add up to the grant to the fen, none is zero or less, each but the last is its percentage rounded down, and
/// the last is above its exact share by less than one fen per other tranche; a split is refused only when a share rounds
/// down to nothing.
/// </summary>
public sealed class TranchePlanProperties
{
    private const int Cases = 5_000;

    [Theory]
    [InlineData(20260701)]
    [InlineData(42)]
    public void Random_percentage_plans_always_add_up_to_the_grant_with_no_empty_tranche(int seed)
    {
        var random = new Random(seed);
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < Cases; i++)
        {
            var grant = new Money(RandomFen(random));
            var percents = RandomPercents(random);
            var context = $"seed {seed}, case {i}: {grant} split {string.Join("/", percents)}";

            var someShareIsNothing = percents.SkipLast(1).Any(p => decimal.Floor(grant.Fen * p / 100m) == 0);
            if (someShareIsNothing)
            {
                var ex = Assert.Throws<DomainException>(() => TranchePlan.SplitByPercent(grant, percents));
                Assert.True(ex.MessageKey == "Each tranche needs a share above zero.", context);
                refused++;
                continue;
            }

            var amounts = TranchePlan.SplitByPercent(grant, percents);
            Assert.True(amounts.Count == percents.Length, context);
            Assert.True(Sum(amounts) == grant, context);
            Assert.True(amounts.All(a => a > Money.Zero), context);
            for (var k = 0; k < amounts.Count - 1; k++)
                Assert.True(amounts[k].Fen == (long)decimal.Floor(grant.Fen * percents[k] / 100m), context);
            var exactLast = grant.Fen * percents[^1] / 100m;
            Assert.True(amounts[^1].Fen >= exactLast && amounts[^1].Fen <= exactLast + percents.Length - 1, context);
            accepted++;
        }

        // Both outcomes were really exercised.
        Assert.True(accepted > Cases / 2, $"{accepted} accepted");
        Assert.True(refused > 0, $"{refused} refused");
    }

    [Theory]
    [InlineData(TrancheTemplate.FiftyThirtyTwenty)]
    [InlineData(TrancheTemplate.SixtyForty)]
    [InlineData(TrancheTemplate.Single)]
    public void Every_template_of_any_grant_from_one_yuan_up_adds_up_and_passes_the_agreement_check(TrancheTemplate template)
    {
        var random = new Random(7 + (int)template);
        for (var i = 0; i < Cases; i++)
        {
            var grant = new Money(random.NextInt64(100, 100_000_000_00));
            var plan = TranchePlan.FromTemplate(grant, template);

            Assert.True(Sum(plan.Select(t => t.Amount)) == grant, $"{template} of {grant}");
            Assert.True(plan.All(t => t.Amount > Money.Zero), $"{template} of {grant}");
            TranchePlan.Check(grant, plan);
        }
    }

    /// <summary>Mostly ordinary grants (¥1 to ¥1,000,000), some tiny ones (1 fen to ¥1) where rounding bites.</summary>
    private static long RandomFen(Random random) => random.Next(10) == 0
        ? random.NextInt64(1, 101)
        : random.NextInt64(100, 1_000_000_00 + 1);

    /// <summary>1 to 6 percentages in hundredths of a percent, each at least 0.01%, adding up to exactly 100%.</summary>
    private static decimal[] RandomPercents(Random random)
    {
        var count = random.Next(1, TranchePlan.MaxTranches + 1);
        // Cut 10,000 hundredths at count − 1 distinct points.
        var cuts = new SortedSet<int>();
        while (cuts.Count < count - 1) cuts.Add(random.Next(1, 10_000));
        var bounds = new[] { 0 }.Concat(cuts).Append(10_000).ToArray();
        return bounds.Zip(bounds.Skip(1), (a, b) => (b - a) / 100m).ToArray();
    }
}
