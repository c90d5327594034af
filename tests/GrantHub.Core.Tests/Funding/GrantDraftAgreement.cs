using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;
using static GrantHub.Core.Tests.Funding.FundingFixtures;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// The officer drafts the agreement: at most the decided amount, a plan adding up to it, the organization's complete
/// bank account. It can be redrafted until the organization confirms it; all or nothing.
/// </summary>
public sealed class GrantDraftAgreement
{
    private const string Officer = GrantBuilder.Officer;
    private static readonly DateTime Now = GrantBuilder.DraftedAt;

    private static IReadOnlyList<PlannedTranche> Plan(decimal yuan, TrancheTemplate template = TrancheTemplate.FiftyThirtyTwenty) =>
        TranchePlan.FromTemplate(Yuan(yuan), template);

    [Fact]
    public void A_drafted_agreement_holds_the_amount_the_tranches_in_order_and_the_bank_account()
    {
        var grant = new GrantBuilder().Decided(100_000m).Build();

        grant.DraftAgreement(Yuan(100_000m), Plan(100_000m), new BankAccount(" 仪征市嘉禾社区夕阳红志愿服务队 ", "中国工商银行仪征支行 ", " 1108 0206"), Officer, Now);

        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
        Assert.Equal(Yuan(100_000m), grant.AgreedAmount);
        Assert.Equal([1, 2, 3], grant.Tranches.Select(t => t.Number));
        Assert.Equal(Yuan(50_000m, 30_000m, 20_000m), grant.Tranches.Select(t => t.Amount));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Planned, t.Status));
        Assert.All(grant.Tranches, t => Assert.Equal(grant.Id, t.GrantId));
        Assert.Equal("仪征市嘉禾社区夕阳红志愿服务队", grant.BankAccountName);
        Assert.Equal("中国工商银行仪征支行", grant.BankName);
        Assert.Equal("1108 0206", grant.BankAccountNumber);
        Assert.Equal(Officer, grant.DraftedByUserId);
        Assert.Equal(Now, grant.DraftedAt);
        Assert.Equal(Yuan(100_000m), grant.Planned);
        Assert.Equal(2, grant.Version);
    }

    [Fact]
    public void An_agreement_for_less_than_decided_is_accepted()
    {
        var grant = new GrantBuilder().Decided(100_000m).Build();

        grant.DraftAgreement(Yuan(88_000m), Plan(88_000m, TrancheTemplate.SixtyForty), GrantBuilder.Account, Officer, Now);

        Assert.Equal(Yuan(88_000m), grant.AgreedAmount);
        Assert.Equal(Yuan(52_800m, 35_200m), grant.Tranches.Select(t => t.Amount));
    }

    [Fact]
    public void An_agreement_one_fen_above_the_decided_amount_is_refused()
    {
        var grant = new GrantBuilder().Decided(100_000m).Build();

        var ex = Refused("{0} is more than the {1} decided for this project.",
            () => grant.DraftAgreement(Yuan(100_000.01m), Plan(100_000.01m), GrantBuilder.Account, Officer, Now));

        Assert.Equal([Yuan(100_000.01m), Yuan(100_000m)], ex.Args.Cast<Money>());
        Assert.Equal(GrantStatus.AwaitingAgreement, grant.Status);
        Assert.Empty(grant.Tranches);
        Assert.Equal(1, grant.Version);
    }

    [Fact]
    public void An_agreement_of_nothing_is_refused()
    {
        var grant = new GrantBuilder().Build();

        Refused("Give the amount granted, above zero.",
            () => grant.DraftAgreement(Money.Zero, [new PlannedTranche(Money.Zero, TrancheTrigger.AgreementSigned)], GrantBuilder.Account, Officer, Now));
    }

    [Theory]
    [InlineData("", "中国工商银行仪征支行", "1108 0206")]
    [InlineData("仪征市嘉禾社区夕阳红志愿服务队", "  ", "1108 0206")]
    [InlineData("仪征市嘉禾社区夕阳红志愿服务队", "中国工商银行仪征支行", "")]
    public void An_incomplete_bank_account_is_refused(string name, string bank, string number)
    {
        var grant = new GrantBuilder().Build();

        Refused("The organization's profile has no complete bank account: ask it to fill in the account name, bank and number.",
            () => grant.DraftAgreement(Yuan(100_000m), Plan(100_000m), new BankAccount(name, bank, number), Officer, Now));
        Assert.Equal(GrantStatus.AwaitingAgreement, grant.Status);
        Assert.Empty(grant.Tranches);
    }

    [Fact]
    public void A_plan_that_does_not_add_up_to_the_agreed_amount_is_refused()
    {
        var grant = new GrantBuilder().Build();

        Refused("The tranches add up to {0}, not to the grant of {1}.",
            () => grant.DraftAgreement(Yuan(90_000m), Plan(100_000m), GrantBuilder.Account, Officer, Now));
        Assert.Null(grant.AgreedAmount);
    }

    [Fact]
    public void A_redraft_replaces_the_tranches()
    {
        var grant = new GrantBuilder().Decided(100_000m).Drafted().Build();
        var first = grant.Tranches.ToList();

        grant.DraftAgreement(Yuan(90_000m), Plan(90_000m, TrancheTemplate.SixtyForty), GrantBuilder.Account, "officer-2", Now.AddDays(1));

        Assert.Equal(Yuan(90_000m), grant.AgreedAmount);
        Assert.Equal(Yuan(54_000m, 36_000m), grant.Tranches.Select(t => t.Amount));
        Assert.Equal([1, 2], grant.Tranches.Select(t => t.Number));
        Assert.DoesNotContain(grant.Tranches, t => first.Contains(t));
        Assert.Equal(Yuan(90_000m), grant.Planned);
        Assert.Equal("officer-2", grant.DraftedByUserId);
        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
        Assert.Equal(3, grant.Version);
    }

    [Fact]
    public void A_refused_redraft_keeps_the_draft_as_it_was()
    {
        var grant = new GrantBuilder().Decided(100_000m).Drafted().Build();
        var before = grant.Tranches.ToList();

        Refused("{0} is more than the {1} decided for this project.",
            () => grant.DraftAgreement(Yuan(120_000m), Plan(120_000m), GrantBuilder.Account, Officer, Now));

        Assert.Equal(Yuan(100_000m), grant.AgreedAmount);
        Assert.Equal(before, grant.Tranches);
        Assert.Equal(2, grant.Version);
    }

    [Fact]
    public void After_the_organization_confirms_the_agreement_cannot_be_redrafted()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var tranches = grant.Tranches.ToList();

        Refused("The agreement is confirmed: it can no longer change.",
            () => grant.DraftAgreement(Yuan(80_000m), Plan(80_000m), GrantBuilder.Account, Officer, Now));

        Assert.False(grant.AgreementEditable);
        Assert.Equal(tranches, grant.Tranches);
        Assert.Equal(Yuan(100_000m), grant.AgreedAmount);
    }
}
