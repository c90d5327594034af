using GrantHub.Core.Funding;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Funding;

/// <summary>
/// A ¥100,000 project on 50/30/20 whose first tranche (¥50,000) was paid and whose mid-term evaluation failed on
/// 1 December 2026: the rest is cancelled and the officer claims money back.
/// </summary>
internal static class ClawbackFixtures
{
    public const string Officer = GrantBuilder.Officer;
    public const string Finance = TrancheSteps.Finance;
    public const string Reason = "中期评估不合格，未使用的资金需退回";

    public static readonly DateTime RequestedAt = new(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly ReturnDay = new(2026, 12, 20);
    public static readonly DateTime RecordedAt = new(2026, 12, 20, 8, 0, 0, DateTimeKind.Utc);

    public static Grant StoppedWithFirstTranchePaid()
    {
        var grant = new GrantBuilder().Decided(100_000m).Confirmed().Build();
        TrancheSteps.PayOut(grant.Tranches[0]);
        EvaluationFixtures.Midterm(grant, 40m);
        return grant;
    }

    public static Clawback Claim(Grant grant, Money amount, Money? alreadyClaimed = null, string reason = Reason) =>
        Clawback.Request(grant, amount, reason, alreadyClaimed ?? Money.Zero, Officer, RequestedAt);

    /// <summary>What a grant's claw-backs already claim, as the page computes it (requested or returned, not withdrawn).</summary>
    public static Money Claimed(IEnumerable<Clawback> clawbacks) =>
        clawbacks.Where(c => c.Claims).Aggregate(Money.Zero, (s, c) => s + c.Amount);
}
