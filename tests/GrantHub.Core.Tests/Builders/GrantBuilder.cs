using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Judging;

namespace GrantHub.Core.Tests.Builders;

/// <summary>
/// A grant brought to the state a test needs through its own methods, never by setting fields: an edition decides the
/// project on 1 July 2026 (10:00 China time), publishes, and finalizes on 10 July after the 7-day publicity period; the
/// grant is opened then; the officer drafts the agreement on 15 July; the organization signs on 20 July and confirms
/// that afternoon. By default ¥100,000.00 decided and agreed, on the 50/30/20 template.
/// </summary>
public sealed class GrantBuilder
{
    public const string Officer = "officer-1";
    public const string Member = "member-1";

    /// <summary>10 July 2026, 10:00 China time: the results are final and the grant is opened.</summary>
    public static readonly DateTime FinalizedAt = new(2026, 7, 10, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>15 July 2026, 10:00 China time.</summary>
    public static readonly DateTime DraftedAt = new(2026, 7, 15, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>The day the agreement is signed, also the day it is confirmed (China time).</summary>
    public static readonly DateOnly SignedOn = new(2026, 7, 20);

    /// <summary>20 July 2026, 16:00 China time.</summary>
    public static readonly DateTime ConfirmedAt = new(2026, 7, 20, 8, 0, 0, DateTimeKind.Utc);

    public static readonly BankAccount Account = new("仪征市嘉禾社区夕阳红志愿服务队", "中国工商银行仪征支行", "1108 0206 0900 0123 456");

    private decimal _decidedYuan = 100_000m;
    private decimal? _agreedYuan;
    private TrancheTemplate _template = TrancheTemplate.FiftyThirtyTwenty;
    private IReadOnlyList<PlannedTranche>? _plan;
    private bool _drafted;
    private bool _confirmed;

    public GrantBuilder Decided(decimal yuan)
    {
        _decidedYuan = yuan;
        return this;
    }

    /// <summary>The agreement's amount (by default what was decided).</summary>
    public GrantBuilder Agreed(decimal yuan)
    {
        _agreedYuan = yuan;
        return this;
    }

    public GrantBuilder On(TrancheTemplate template)
    {
        _template = template;
        _plan = null;
        return this;
    }

    /// <summary>A plan the officer typed (amounts must add up to the agreed amount).</summary>
    public GrantBuilder WithPlan(params PlannedTranche[] plan)
    {
        _plan = plan;
        return this;
    }

    public GrantBuilder Drafted()
    {
        _drafted = true;
        return this;
    }

    public GrantBuilder Confirmed()
    {
        _drafted = true;
        _confirmed = true;
        return this;
    }

    public Money AgreedAmount => Money.FromYuan(_agreedYuan ?? _decidedYuan);

    public IReadOnlyList<PlannedTranche> Plan => _plan ?? TranchePlan.FromTemplate(AgreedAmount, _template);

    public Grant Build()
    {
        var grant = Grant.Open(FinalDecision(DecisionOutcome.Funded, _decidedYuan), Guid.NewGuid(), FinalizedAt);
        if (!_drafted) return grant;
        grant.DraftAgreement(AgreedAmount, Plan, Account, Officer, DraftedAt);
        if (!_confirmed) return grant;
        grant.Confirm(Member, SignedOn, "资助协议-盖章版.pdf", "agreements/0001.pdf", SignedOn, ConfirmedAt);
        return grant;
    }

    /// <summary>The grant of the edition's first prize (一等奖, ¥20,000.00): payable at once.</summary>
    public static Grant Award() => Grant.Open(FinalDecision(DecisionOutcome.Awarded), Guid.NewGuid(), FinalizedAt);

    /// <summary>
    /// A decision on one eligible application, published and (unless <paramref name="finalized"/> is false) made final:
    /// funded with <paramref name="yuan"/>, awarded the first prize (¥20,000.00), or not selected.
    /// </summary>
    public static Decision FinalDecision(DecisionOutcome outcome, decimal yuan = 100_000m, bool finalized = true)
    {
        var edition = DecisionFixtures.Edition(poolYuan: 1_000_000m, capYuan: 200_000m);
        var application = DecisionFixtures.Eligible(edition, fiscalYuan: outcome == DecisionOutcome.Funded ? yuan : 25_000m);
        var decision = outcome switch
        {
            DecisionOutcome.Funded => DecisionFixtures.Funded(edition, application, yuan),
            DecisionOutcome.Awarded => DecisionFixtures.Awarded(edition, application, DecisionFixtures.FirstPrize),
            _ => Decision.Make(edition, application, DecisionOutcome.NotSelected, null, null, DecidedSoFar.Nothing, Officer, DecisionFixtures.Now),
        };
        var publicity = Publicity.Publish(edition, [application.Id], [decision], Officer, DecisionFixtures.Now);
        if (finalized) publicity.Finalize([], [decision], Officer, FinalizedAt);
        return decision;
    }
}

/// <summary>
/// Moves a tranche along request → approve → pay with the usual people: the program officer requests, one finance
/// officer approves and records the payment. All on 3 August 2026 (10:00 China time).
/// </summary>
public static class TrancheSteps
{
    public const string Officer = GrantBuilder.Officer;
    public const string Finance = "finance-1";
    public const string OtherFinance = "finance-2";

    public static readonly DateOnly Today = new(2026, 8, 3);
    public static readonly DateTime Now = new(2026, 8, 3, 2, 0, 0, DateTimeKind.Utc);

    public static Tranche Request(Tranche t)
    {
        t.Request(Officer, Now);
        return t;
    }

    public static Tranche Approve(Tranche t)
    {
        t.Approve(Finance, Now);
        return t;
    }

    public static Tranche Pay(Tranche t, string? reference = null)
    {
        t.Pay(Finance, reference ?? $"ICBC-20260803-{t.Number:D4}", Today, Today, Now);
        return t;
    }

    /// <summary>From payable to paid: requested, approved and paid.</summary>
    public static Tranche PayOut(Tranche t, string? reference = null) => Pay(Approve(Request(t)), reference);

    /// <summary>A payable tranche taken to <paramref name="status"/> (eligible, requested, approved, paid or cancelled).</summary>
    public static Tranche To(Tranche t, TrancheStatus status)
    {
        switch (status)
        {
            case TrancheStatus.Eligible:
                break;
            case TrancheStatus.Requested:
                Request(t);
                break;
            case TrancheStatus.Approved:
                Approve(Request(t));
                break;
            case TrancheStatus.Paid:
                PayOut(t);
                break;
            case TrancheStatus.Cancelled:
                t.Cancel(Officer, "项目负责人离职，项目中止", Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "A payable tranche cannot go back to planned.");
        }
        Assert.Equal(status, t.Status);
        return t;
    }
}
