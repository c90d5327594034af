namespace GrantHub.Core.Funding;

/// <summary>计划 → 可申请 (trigger met) → 已申请 → 已审批 → 已支付, or 已取消.</summary>
public enum TrancheStatus
{
    Planned = 0,
    Eligible = 1,
    Requested = 2,
    Approved = 3,
    Paid = 4,
    Cancelled = 5,
}

/// <summary>What makes a tranche payable.</summary>
public enum TrancheTrigger
{
    AgreementSigned = 0,
    MidtermPassed = 1,
    FinalPassed = 2,
    /// <summary>A date (China time) in the agreement.</summary>
    OnDate = 3,
    /// <summary>An award: payable once the results are final.</summary>
    ResultsFinal = 4,
}

public static class TrancheStatuses
{
    /// <summary>States from which a tranche may still be cancelled (not paid, not already cancelled).</summary>
    public static bool IsOpen(this TrancheStatus s) => s is not (TrancheStatus.Paid or TrancheStatus.Cancelled);
}
