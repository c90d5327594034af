namespace GrantHub.Core.Competitions;

/// <summary>草稿 → 已提交 → 资格审查通过/未通过, or 已撤回. Judging and decisions extend the chain.</summary>
public enum ApplicationStatus
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
    Eligible = 3,
    Ineligible = 4,
}

public enum FundsSource
{
    /// <summary>财政补助: requested from the edition's pool.</summary>
    Fiscal = 0,

    /// <summary>社会配套: raised by the organization.</summary>
    Matching = 1,
}
