namespace GrantHub.Core.Funding;

/// <summary>What the money is for: an implementation grant paid in tranches, or an award paid once.</summary>
public enum GrantKind
{
    /// <summary>资助: a funded project, paid in tranches under an agreement.</summary>
    Funding = 0,
    /// <summary>奖励: a prize or after-the-fact subsidy, paid once after publicity, without an agreement.</summary>
    Award = 1,
}

/// <summary>A funded project's life: 待签约 → 协议待确认 → 执行中 → 已结项, or 已终止.</summary>
public enum GrantStatus
{
    AwaitingAgreement = 0,
    AgreementDrafted = 1,
    InProgress = 2,
    Completed = 3,
    Stopped = 4,
}
