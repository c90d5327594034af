using GrantHub.Core;
using GrantHub.Core.Monitoring;

namespace GrantHub.Web.Features.Deadlines;

public enum DeadlineKind
{
    /// <summary>A report the organization owes (due soon or overdue).</summary>
    ReportDue = 0,
    /// <summary>A report returned for revision.</summary>
    ReportReturned = 1,
    /// <summary>A judge's unfinished score sheets of an edition whose review is open.</summary>
    Review = 2,
    /// <summary>A residency application waiting at the staff's center, with the day its answer is due.</summary>
    ResidencyAnswer = 3,
    /// <summary>A resident of the staff's center whose term ends within 30 days.</summary>
    ResidencyTermEnds = 4,
    /// <summary>A submitted report awaiting the officer's review.</summary>
    ReportToReview = 5,
    /// <summary>A payable tranche not yet requested.</summary>
    TranchePayable = 6,
}

/// <summary>One line of "my coming deadlines": its date, what it is and where it leads.</summary>
public sealed record Deadline(DateOnly On, DeadlineKind Kind, string Link, string Name)
{
    public string? Organization { get; init; }
    public ReportKind? ReportKind { get; init; }
    public int Number { get; init; }
    public string ReportTitle { get; init; } = "";
    public Money? Amount { get; init; }

    /// <summary>A date the person must meet (the others are things waiting for them since a date).</summary>
    public bool IsDeadline => Kind is not (DeadlineKind.ReportToReview or DeadlineKind.TranchePayable);
}

public sealed record DeadlinesModel(DateOnly Today, IReadOnlyList<Deadline> Items, bool More);
