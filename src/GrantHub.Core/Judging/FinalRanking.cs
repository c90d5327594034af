namespace GrantHub.Core.Judging;

/// <summary>How the final score of a shortlisted application combines its two rounds.</summary>
public static class FinalScore
{
    /// <summary>
    /// written × w + second round × (100 − w), divided by 100, where w is the written round's weight in percent (0: the
    /// second round alone decides). It combines the two aggregates as the ranking page shows them (already rounded to 2
    /// decimals, so anyone can redo the sum by hand) and rounds the result the same way: 2 decimals, midpoint away from
    /// zero. Example: 85.40 written, 78.20 路演/答辩, w = 40 → 34.16 + 46.92 = 81.08.
    /// </summary>
    public static decimal Combine(decimal written, decimal secondRound, int writtenRoundPercent)
    {
        if (writtenRoundPercent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(writtenRoundPercent));
        return Math.Round((written * writtenRoundPercent + secondRound * (100 - writtenRoundPercent)) / 100m, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The step of the final order that placed an application below the one just above it with the same final score.</summary>
public enum FinalTieBreak
{
    None = 0,
    /// <summary>Same final score, lower second-round aggregate.</summary>
    SecondRoundAggregate = 1,
    /// <summary>Same final score and second-round aggregate, lower place in the first round.</summary>
    FirstRoundPosition = 2,
}

/// <summary>One application's place in an edition's final order.</summary>
/// <param name="Position">1, 2, 3 … in the final order.</param>
/// <param name="Rank">Competition rank: on the final score among the shortlisted applications that have one; after all
/// shortlisted applications, on the written aggregate among the others; null without the score it is ranked on.</param>
/// <param name="Written">The first-round aggregate (null without scores).</param>
/// <param name="SecondRound">The second-round aggregate of a shortlisted application (null before its sheets are in).</param>
/// <param name="Final">The combined score of a shortlisted application with both aggregates; null otherwise.</param>
public sealed record FinalRankedApplication(
    Guid ApplicationId,
    int Position,
    int? Rank,
    bool Shortlisted,
    decimal? Written,
    decimal? SecondRound,
    decimal? Final,
    FinalTieBreak TieBreak,
    RankedApplication FirstRoundLine,
    RankedApplication? SecondRoundLine)
{
    /// <summary>Shortlisted, but without a final score yet (the second round's sheets are not in).</summary>
    public bool AwaitingSecondRound => Shortlisted && Final is null;
}

/// <summary>
/// The final order of an edition with a second round (路演/答辩). Pure and deterministic.
/// <list type="number">
/// <item>Shortlisted applications with a final score (<see cref="FinalScore.Combine"/>), higher first; on equal final
/// scores the higher second-round aggregate, then the better first-round position.</item>
/// <item>Shortlisted applications still waiting for their second-round scores, in first-round order.</item>
/// <item>Every other application, in first-round order (its tie-break included; unscored ones last).</item>
/// </list>
/// Without a shortlist the final order is the first-round order, position for position and rank for rank.
/// </summary>
public static class FinalRanking
{
    public static IReadOnlyList<FinalRankedApplication> Combine(RankingResult firstRound, RankingResult? secondRound,
        IReadOnlyCollection<Guid> shortlist, int writtenRoundPercent)
    {
        ArgumentNullException.ThrowIfNull(firstRound);
        if (writtenRoundPercent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(writtenRoundPercent));
        var listed = shortlist.ToHashSet();
        var second = secondRound?.Applications.ToDictionary(a => a.ApplicationId) ?? [];

        var lines = firstRound.Applications.Select(first =>
        {
            var shortlisted = listed.Contains(first.ApplicationId);
            var round2 = shortlisted ? second.GetValueOrDefault(first.ApplicationId) : null;
            decimal? final = shortlisted && first.Aggregate is { } w && round2?.Aggregate is { } d ? FinalScore.Combine(w, d, writtenRoundPercent) : null;
            return (First: first, Second: round2, Shortlisted: shortlisted, Final: final);
        }).ToList();

        var scored = lines.Where(x => x.Final is not null)
            .OrderByDescending(x => x.Final).ThenByDescending(x => x.Second!.Aggregate).ThenBy(x => x.First.Position).ToList();
        var awaiting = lines.Where(x => x.Shortlisted && x.Final is null).OrderBy(x => x.First.Position).ToList();
        var others = lines.Where(x => !x.Shortlisted).OrderBy(x => x.First.Position).ToList();

        var result = new List<FinalRankedApplication>(lines.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var x = scored[i];
            int rank = i + 1;
            var tie = FinalTieBreak.None;
            if (i > 0 && scored[i - 1].Final == x.Final)
            {
                rank = result[i - 1].Rank!.Value;
                tie = scored[i - 1].Second!.Aggregate != x.Second!.Aggregate ? FinalTieBreak.SecondRoundAggregate : FinalTieBreak.FirstRoundPosition;
            }
            result.Add(Line(x, result.Count + 1, rank, tie));
        }
        foreach (var x in awaiting) result.Add(Line(x, result.Count + 1, null, FinalTieBreak.None));

        var offset = result.Count;
        int? previousRank = null;
        for (var i = 0; i < others.Count; i++)
        {
            var x = others[i];
            int? rank = null;
            if (x.First.Aggregate is { } aggregate)
                rank = i > 0 && others[i - 1].First.Aggregate == aggregate ? previousRank : offset + i + 1;
            previousRank = rank;
            result.Add(Line(x, result.Count + 1, rank, FinalTieBreak.None));
        }
        return result;
    }

    private static FinalRankedApplication Line((RankedApplication First, RankedApplication? Second, bool Shortlisted, decimal? Final) x,
        int position, int? rank, FinalTieBreak tie) =>
        new(x.First.ApplicationId, position, rank, x.Shortlisted, x.First.Aggregate, x.Second?.Aggregate, x.Final, tie, x.First, x.Second);
}
