namespace GrantHub.Web.Features.Shortlist;

/// <summary>POST /editions/{id}/shortlist/top: shortlist the top N of the written round (a tie at the cut is kept whole).</summary>
public sealed class TopForm
{
    public int? Count { get; set; }
}

/// <summary>POST /editions/{id}/shortlist/pick: shortlist the ticked applications.</summary>
public sealed class PickForm
{
    public List<Guid> ApplicationIds { get; set; } = [];
}

/// <summary>One line of the written round's ranking, as the shortlist page shows it.</summary>
/// <param name="SecondRoundJudges">Judges assigned to it in the second round (those set aside by a conflict not counted).</param>
/// <param name="SecondRoundStarted">A judge has started its second-round sheet: it stays on the shortlist.</param>
public sealed record ShortlistRow(Guid ApplicationId, int Position, int? Rank, string ProjectName, string OrganizationName, decimal? Aggregate,
    int ScoreCount, bool Shortlisted, int? ShortlistedAtPosition, int SecondRoundJudges, bool SecondRoundStarted);

/// <summary>GET /editions/{id}/shortlist: the written round's ranking with the shortlist for 路演/答辩.</summary>
public sealed class ShortlistPage
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required bool HasSecondRound { get; init; }
    public required DateTime? OpenedAt { get; init; }
    public required int WrittenRoundPercent { get; init; }
    public required int JudgesPerApplication { get; init; }
    /// <summary>The results are published (公示): the shortlist no longer changes.</summary>
    public required bool Published { get; init; }
    public required IReadOnlyList<ShortlistRow> Rows { get; init; }
    public TopForm Top { get; set; } = new();
    public PickForm Pick { get; set; } = new();

    public int Count => Rows.Count(r => r.Shortlisted);
    public bool CanChange => HasSecondRound && !Published;
}
