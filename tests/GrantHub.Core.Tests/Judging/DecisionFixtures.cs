using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Competitions;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// An edition with a given pool and cap and two award tiers (一等奖 ¥20,000 × 1, 二等奖 ¥10,000 × 2, ids 1 and 2 as the
/// database would give them), and eligible applications requesting given fiscal funds.
/// </summary>
internal static class DecisionFixtures
{
    public const string Officer = "officer-1";
    public static readonly DateTime Now = new(2026, 7, 1, 2, 0, 0, DateTimeKind.Utc);
    public const int FirstPrize = 1;
    public const int SecondPrize = 2;

    public static CompetitionEdition Edition(decimal poolYuan = 100_000m, decimal capYuan = 30_000m)
    {
        var edition = CompetitionEdition.Draft("仪征市第五届社区公益创投大赛", 2026, "仪征市民政局", ApplicationBuilder.OpensOn, ApplicationBuilder.ClosesOn);
        edition.SetRules(Money.FromYuan(poolYuan), Money.FromYuan(capYuan), 0, [], null, GrantHub.Core.Organizations.EvaluationGrade.None, false, true,
            ApplicationBuilder.Drafted);
        edition.SetCategories(["为老服务", "青少年教育"], ApplicationBuilder.Drafted);
        edition.SetAwardTiers([("一等奖", Money.FromYuan(20_000m), 1), ("二等奖", Money.FromYuan(10_000m), 2)]);
        var id = 0;
        foreach (var tier in edition.AwardTiers) typeof(AwardTier).GetProperty(nameof(AwardTier.Id))!.SetValue(tier, ++id);
        edition.Publish(ApplicationBuilder.Drafted);
        return edition;
    }

    /// <summary>A submitted application requesting <paramref name="fiscalYuan"/> of fiscal funds, passed by screening.</summary>
    public static Application Eligible(CompetitionEdition edition, decimal fiscalYuan = 25_000m)
    {
        var application = new ApplicationBuilder()
            .WithBudget(("活动物资", Money.FromYuan(fiscalYuan), 1, FundsSource.Fiscal), ("场地", Money.FromYuan(1_000m), 1, FundsSource.Matching))
            .Submitted().Build(edition);
        application.Screen(true, null, Officer, Now);
        return application;
    }

    public static Decision Funded(CompetitionEdition edition, Application application, decimal yuan, DecidedSoFar? others = null) =>
        Decision.Make(edition, application, DecisionOutcome.Funded, Money.FromYuan(yuan), null, others ?? DecidedSoFar.Nothing, Officer, Now);

    public static Decision Awarded(CompetitionEdition edition, Application application, int tierId, DecidedSoFar? others = null) =>
        Decision.Make(edition, application, DecisionOutcome.Awarded, null, tierId, others ?? DecidedSoFar.Nothing, Officer, Now);

    public static DomainException Refused(string messageKey, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(messageKey, ex.MessageKey);
        return ex;
    }
}
