using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;
using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>Money and eligibility: within their bounds, and frozen once the published edition opens.</summary>
public sealed class EditionRules
{
    private static readonly DateTime Before = EditionBuilder.BeforeOpening;

    [Fact]
    public void The_rules_are_kept_as_given()
    {
        var edition = new EditionBuilder().Bare().Build();

        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000.50m), 20,
            [OrganizationType.CommunityOrganization, OrganizationType.SocialGroup], 2, EvaluationGrade.A3, true, true, Before);

        Assert.Equal(new Money(40_000_000), edition.Pool);
        Assert.Equal(new Money(3_000_050), edition.PerProjectCap);
        Assert.Equal(20, edition.MinMatchingPercent);
        Assert.Equal([OrganizationType.SocialGroup, OrganizationType.CommunityOrganization], edition.EligibleTypes);
        Assert.True(edition.AcceptsType(OrganizationType.CommunityOrganization));
        Assert.False(edition.AcceptsType(OrganizationType.Foundation));
        Assert.Equal(2, edition.MinYearsRegistered);
        Assert.Equal(EvaluationGrade.A3, edition.MinGrade);
        Assert.True(edition.RequiresResidency);
        Assert.True(edition.AllowsSeveralApplications);
    }

    [Fact]
    public void No_eligible_type_ticked_means_every_type_may_apply()
    {
        var edition = new EditionBuilder().Bare().Build();

        edition.SetRules(EditionBuilder.Pool, EditionBuilder.Cap, 0, [], null, EvaluationGrade.None, false, false, Before);

        Assert.Empty(edition.EligibleTypes);
        Assert.All(OrganizationTypes.All, t => Assert.True(edition.AcceptsType(t)));
    }

    [Fact]
    public void A_cap_equal_to_the_pool_is_allowed()
    {
        var edition = new EditionBuilder().Bare().Build();

        EditionBuilder.SetRules(edition, Before, pool: Money.FromYuan(50_000m), cap: Money.FromYuan(50_000m));

        Assert.Equal(edition.Pool, edition.PerProjectCap);
    }

    [Theory]
    [InlineData(50_000.01)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_cap_above_the_pool_or_not_above_zero_is_refused(decimal capYuan)
    {
        var edition = new EditionBuilder().Bare().Build();

        Refusal.Expect("The cap per project must be above zero and within the pool.",
            () => EditionBuilder.SetRules(edition, Before, pool: Money.FromYuan(50_000m), cap: Money.FromYuan(capYuan)));

        Assert.Equal(Money.Zero, edition.PerProjectCap);
    }

    [Fact]
    public void A_pool_of_nothing_is_refused()
    {
        var edition = new EditionBuilder().Bare().Build();

        Refusal.Expect("The pool must be above zero.", () => EditionBuilder.SetRules(edition, Before, pool: Money.Zero, cap: Money.Zero));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(501)]
    public void A_matching_ratio_out_of_range_is_refused(int percent)
    {
        var edition = new EditionBuilder().Bare().Build();

        Refusal.Expect("The matching-funds ratio must be between 0% and 500%.", () => EditionBuilder.SetRules(edition, Before, matching: percent));
    }

    [Fact]
    public void A_pool_smaller_than_the_award_tiers_is_refused()
    {
        var edition = new EditionBuilder().Build();
        edition.SetAwardTiers([("一等奖", Money.FromYuan(10_000m), 5)]);

        var ex = Refusal.Expect("The award tiers add up to {0}, more than the pool of {1}.",
            () => EditionBuilder.SetRules(edition, Before, pool: Money.FromYuan(49_999.99m), cap: Money.FromYuan(10_000m)));

        Assert.Equal(new object[] { Money.FromYuan(50_000m), Money.FromYuan(49_999.99m) }, ex.Args);
        Assert.Equal(EditionBuilder.Pool, edition.Pool);
    }

    [Fact]
    public void A_published_edition_changes_its_rules_until_the_last_instant_before_it_opens()
    {
        var edition = new EditionBuilder().Published().Build();

        EditionBuilder.SetRules(edition, EditionBuilder.Opening.AddTicks(-1), matching: 30);

        Assert.Equal(30, edition.MinMatchingPercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(86_400 * 20)]
    [InlineData(86_400 * 200)]
    public void Once_the_published_edition_opens_its_rules_are_frozen(int secondsAfterOpening)
    {
        var edition = new EditionBuilder().Published().Build();
        var version = edition.Version;

        Refusal.Expect("The edition is open: its money and eligibility rules can no longer change.",
            () => EditionBuilder.SetRules(edition, EditionBuilder.Opening.AddSeconds(secondsAfterOpening), matching: 30));

        Assert.Equal(10, edition.MinMatchingPercent);
        Assert.Equal(version, edition.Version);
    }

    [Fact]
    public void A_draft_is_never_frozen_even_after_its_opening_date()
    {
        var edition = new EditionBuilder().Build();

        EditionBuilder.SetRules(edition, EditionBuilder.Opening.AddDays(10), matching: 30);

        Assert.False(edition.RulesFrozen(EditionBuilder.Opening.AddDays(10)));
        Assert.Equal(30, edition.MinMatchingPercent);
    }
}
