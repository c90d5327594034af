namespace GrantHub.Core.Competitions;

/// <summary>An edition is drafted, then published (its call is public and it takes applications between its dates).</summary>
public enum EditionStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>How a panel's scores become one figure (see Judging for the computation).</summary>
public enum AggregationMethod
{
    Mean = 0,
    /// <summary>Drop one highest and one lowest total when there are at least 5 scores: the common Chinese panel rule.</summary>
    TrimmedMean = 1,
    /// <summary>Each judge's totals normalized to z-scores first, cancelling harsh and lenient judges.</summary>
    NormalizedMean = 2,
}
