using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>
/// A ranking input written the way the worked examples read: applications by number (1 → App(1)), judges by name, and
/// sheets given either by total or score by score. Default rubric: <see cref="Need"/> (40 points) and
/// <see cref="Design"/> (60 points, the deciding criterion); a sheet given by total splits it 40 % / 60 %.
/// Application n is submitted n minutes after <see cref="FirstSubmission"/> unless told otherwise.
/// </summary>
public sealed class RankingInputBuilder
{
    public const int Need = 1;
    public const int Design = 2;
    public static readonly DateTime FirstSubmission = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);

    private List<RankingCriterion> _criteria = [new(Need, 40), new(Design, 60)];
    private readonly List<RankingApplication> _applications = [];
    private readonly List<RankingSheet> _sheets = [];
    private int _minimumScores;

    public static Guid App(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    public RankingInputBuilder Rubric(params RankingCriterion[] criteria)
    {
        _criteria = [.. criteria];
        return this;
    }

    public RankingInputBuilder Application(int number, DateTime? submittedAt = null)
    {
        _applications.Add(new RankingApplication(App(number), submittedAt ?? FirstSubmission.AddMinutes(number)));
        return this;
    }

    /// <summary>One sheet per total, by judges J1, J2, … in that order.</summary>
    public RankingInputBuilder Totals(int application, params decimal[] totals)
    {
        for (var i = 0; i < totals.Length; i++) Sheet(application, $"J{i + 1}", totals[i]);
        return this;
    }

    /// <summary>A sheet with the total split 40 % on need and 60 % on design.</summary>
    public RankingInputBuilder Sheet(int application, string judge, decimal total) =>
        Scores(application, judge, (Need, total * 0.4m), (Design, total * 0.6m));

    public RankingInputBuilder Scores(int application, string judge, params (int Criterion, decimal Points)[] scores)
    {
        if (_applications.All(a => a.Id != App(application))) Application(application);
        _sheets.Add(new RankingSheet(App(application), judge, [.. scores.Select(s => new CriterionScore(s.Criterion, s.Points))]));
        return this;
    }

    public RankingInputBuilder MinimumScores(int minimum)
    {
        _minimumScores = minimum;
        return this;
    }

    public RankingInput Build(AggregationMethod method) => new(method, _criteria, _applications, _sheets, _minimumScores);

    public RankingResult Rank(AggregationMethod method) => Ranking.Compute(Build(method));
}

internal static class RankingResultLookup
{
    public static RankedApplication Of(this RankingResult result, int application) =>
        result.Applications.Single(a => a.ApplicationId == RankingInputBuilder.App(application));

    /// <summary>The application numbers in their final order.</summary>
    public static int[] Order(this RankingResult result) =>
        [.. result.Applications.Select(a => int.Parse(a.ApplicationId.ToString()[^12..]))];

    public static decimal TotalOf(this RankedApplication application, string judge) =>
        application.Judges.Single(j => j.JudgeId == judge).Total;
}
