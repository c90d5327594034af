using BenchmarkDotNet.Attributes;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;

namespace GrantHub.Benchmarks;

/// <summary>
/// Ranking a large edition (issue 5's target: under 20 ms per method): 1,000 applications × 5 judges × 8 criteria
/// (the default 100-point rubric plus two bonus items), from a panel of 40 judges each with their own harshness, in
/// half points. Generated once from a fixed seed, so every run ranks the same edition.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private const int Applications = 1_000;
    private const int JudgesPerApplication = 5;
    private const int PanelSize = 40;

    private RankingInput _input = null!;

    [GlobalSetup]
    public void Setup() => _input = Edition(seed: 2026);

    [Benchmark]
    public RankingResult Mean() => Ranking.Compute(_input with { Method = AggregationMethod.Mean });

    [Benchmark]
    public RankingResult TrimmedMean() => Ranking.Compute(_input with { Method = AggregationMethod.TrimmedMean });

    [Benchmark]
    public RankingResult NormalizedMean() => Ranking.Compute(_input with { Method = AggregationMethod.NormalizedMean });

    internal static RankingInput Edition(int seed)
    {
        var random = new Random(seed);
        RankingCriterion[] criteria =
        [
            new(1, 20), new(2, 25), new(3, 15), new(4, 15), new(5, 15), new(6, 10),
            new(7, 5, IsBonus: true), new(8, 3, IsBonus: true),
        ];
        var judges = Enumerable.Range(1, PanelSize).Select(j => $"judge-{j:D2}").ToArray();
        // A judge's bias: from 0.8 (harsh) to 1.1 (lenient) times the application's quality.
        var bias = judges.Select(_ => 0.8 + random.NextDouble() * 0.3).ToArray();
        var start = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var bytes = new byte[16];

        var applications = new RankingApplication[Applications];
        var sheets = new List<RankingSheet>(Applications * JudgesPerApplication);
        for (var a = 0; a < Applications; a++)
        {
            random.NextBytes(bytes);
            applications[a] = new RankingApplication(new Guid(bytes), start.AddMinutes(random.Next(0, 60 * 24 * 30)));
            var quality = 0.5 + random.NextDouble() * 0.45;
            var first = random.Next(PanelSize);
            for (var k = 0; k < JudgesPerApplication; k++)
            {
                var j = (first + k * 7) % PanelSize; // five distinct judges
                var scores = new CriterionScore[criteria.Length];
                for (var c = 0; c < criteria.Length; c++)
                {
                    var max = criteria[c].MaxPoints;
                    var share = Math.Clamp(quality * bias[j] + (random.NextDouble() - 0.5) * 0.2, 0, 1);
                    var points = Math.Round((decimal)(share * max) * 2, MidpointRounding.AwayFromZero) / 2; // half points
                    scores[c] = new CriterionScore(criteria[c].Id, points);
                }
                sheets.Add(new RankingSheet(applications[a].Id, judges[j], scores));
            }
        }
        return new RankingInput(AggregationMethod.Mean, criteria, applications, sheets, JudgesPerApplication);
    }
}
