namespace GrantHub.Core.Incubation;

/// <summary>入驻申请 → 审核 → 入驻 → 出壳 / 退驻, or 未通过.</summary>
public enum ResidencyStatus
{
    Applied = 0,
    UnderReview = 1,
    Admitted = 2,
    Graduated = 3,
    Exited = 4,
    Rejected = 5,
}

public enum Placement
{
    /// <summary>A physical desk at the center.</summary>
    Desk = 0,

    /// <summary>Served remotely; no desk.</summary>
    Virtual = 1,
}

public static class ResidencyStatuses
{
    /// <summary>States in which an organization holds (or waits for) a place; it may hold one at a time.</summary>
    public static readonly ResidencyStatus[] Active = [ResidencyStatus.Applied, ResidencyStatus.UnderReview, ResidencyStatus.Admitted];

    public static bool IsActive(this ResidencyStatus s) => Active.Contains(s);
}
