using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

/// <summary>
/// Turns an edition's submitted score sheets into its ranking (评审排名). Pure and deterministic: the same input
/// always gives the same figures and the same order.
/// <list type="bullet">
/// <item>A sheet's total is the sum of its criterion scores: the criteria's maximum points are their weights, bonus
/// items add on top.</item>
/// <item><see cref="AggregationMethod.Mean"/>: the mean of the application's totals.</item>
/// <item><see cref="AggregationMethod.TrimmedMean"/>: with at least <see cref="TrimmedMeanMinimumScores"/> scores,
/// the one highest and the one lowest total are left out and the rest averaged; with fewer, the plain mean.</item>
/// <item><see cref="AggregationMethod.NormalizedMean"/>: each total becomes a z-score on its judge's own scale
/// (z = (total − the judge's mean) / the judge's standard deviation, over every application the judge scored; 0 for a
/// judge with one score or with all scores equal). The application's mean z is then mapped back onto the points scale
/// of the whole panel — panel mean + mean z × panel standard deviation, both over every sheet total of the edition —
/// so the figure still reads as points: an application that every judge scored at their own average gets the panel's
/// average total, one a standard deviation above on every judge's scale gets the panel average plus one panel
/// standard deviation. A harsh or lenient judge thereby weighs as much as any other, whatever their level.</item>
/// <item>The aggregate is rounded to 2 decimals, midpoint away from zero (80.125 → 80.13). Everything is computed in
/// <see cref="decimal"/>; the square roots of the normalization are taken in decimal too (Newton steps from a
/// double seed), so no figure depends on binary floating point.</item>
/// <item>Order — the tie-break rule: higher aggregate; then higher average (rounded, as shown) on the deciding
/// criterion, the first regular criterion with the largest maximum (design/feasibility in the default rubric); then
/// more scores; then earlier submission; then the application id (<see cref="Guid.CompareTo(Guid)"/>). Rank is the
/// competition rank on the aggregate alone ("1, 2, 2, 4"); Position is the place after the tie-break. Applications
/// without scores come last, unranked.</item>
/// <item>Flags: fewer scores than the minimum; and a judge far from the panel: more than
/// <see cref="OutlierThreshold"/> × <see cref="RankingResult.JudgeSpread"/> from the application's panel mean (all of
/// its judges), on applications with at least <see cref="OutlierMinimumScores"/> scores. The spread is the edition's
/// pooled within-application standard deviation — how far apart judges of one application usually are — and not the
/// application's own standard deviation: among n totals no total can lie more than (n − 1)/√n sample standard
/// deviations (√(n − 1) population ones) from their own mean, so with 5 judges a "2 sd of the application" rule could
/// never fire. Flags use the raw totals whatever the method.</item>
/// </list>
/// Cost: one pass over the sheets (dictionary look-ups for ids), a counting sort to group them by application, a
/// constant number of passes over the grouped sheets, and one sort of the applications: O(sheets × criteria +
/// applications × log applications).
/// </summary>
public static class Ranking
{
    public const int TrimmedMeanMinimumScores = 5;
    public const int OutlierMinimumScores = 3;
    public const decimal OutlierThreshold = 2m;

    public static RankingResult Compute(RankingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(input.Method)) throw new ArgumentOutOfRangeException(nameof(input), input.Method, "Unknown aggregation method.");
        ArgumentOutOfRangeException.ThrowIfNegative(input.MinimumScores, nameof(input));

        var criteria = input.Criteria;
        var applications = input.Applications;
        var sheets = input.Sheets;
        int criterionCount = criteria.Count, applicationCount = applications.Count, sheetCount = sheets.Count;

        // Criteria: id → column; the deciding criterion is the first regular one with the largest maximum.
        var column = new Dictionary<int, int>(criterionCount);
        var maxPoints = new int[criterionCount];
        var isBonus = new bool[criterionCount];
        int regularCount = 0, deciding = -1;
        for (var c = 0; c < criterionCount; c++)
        {
            var criterion = criteria[c];
            if (!column.TryAdd(criterion.Id, c)) throw new ArgumentException($"Criterion {criterion.Id} is given twice.", nameof(input));
            maxPoints[c] = criterion.MaxPoints;
            isBonus[c] = criterion.IsBonus;
            if (criterion.IsBonus) continue;
            regularCount++;
            if (deciding < 0 || criterion.MaxPoints > maxPoints[deciding]) deciding = c;
        }

        var row = new Dictionary<Guid, int>(applicationCount);
        for (var a = 0; a < applicationCount; a++)
        {
            if (!row.TryAdd(applications[a].Id, a)) throw new ArgumentException($"Application {applications[a].Id} is given twice.", nameof(input));
        }

        // One pass over the sheets: validate, total, and accumulate per application, per criterion and per judge.
        var sheetApplication = new int[sheetCount];
        var sheetJudge = new int[sheetCount];
        var totals = new decimal[sheetCount];
        var counts = new int[applicationCount];
        var applicationSums = new decimal[applicationCount];
        var criterionSums = new decimal[applicationCount * criterionCount];
        var judgeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var judgeIds = new List<string>();
        var judgeCounts = new List<int>();
        var judgeSums = new List<decimal>();
        var pairs = new HashSet<long>(sheetCount);
        var scored = new bool[criterionCount];
        decimal panelSum = 0;
        for (var s = 0; s < sheetCount; s++)
        {
            var sheet = sheets[s];
            if (!row.TryGetValue(sheet.ApplicationId, out var a))
                throw new ArgumentException($"A sheet scores application {sheet.ApplicationId}, which is not in the list.", nameof(input));
            if (!judgeIndex.TryGetValue(sheet.JudgeId, out var j))
            {
                j = judgeIds.Count;
                judgeIndex.Add(sheet.JudgeId, j);
                judgeIds.Add(sheet.JudgeId);
                judgeCounts.Add(0);
                judgeSums.Add(0);
            }
            if (!pairs.Add(((long)a << 32) | (uint)j))
                throw new ArgumentException($"Judge {sheet.JudgeId} has two sheets for application {sheet.ApplicationId}.", nameof(input));

            Array.Clear(scored);
            var regularScored = 0;
            decimal total = 0;
            var scores = sheet.Scores;
            var offset = a * criterionCount;
            for (var i = 0; i < scores.Count; i++)
            {
                var score = scores[i];
                if (!column.TryGetValue(score.CriterionId, out var c))
                    throw new ArgumentException($"Criterion {score.CriterionId} is not in the rubric.", nameof(input));
                if (scored[c]) throw new ArgumentException($"Criterion {score.CriterionId} is scored twice on one sheet.", nameof(input));
                if (score.Points < 0 || score.Points > maxPoints[c])
                    throw new ArgumentException($"{score.Points} points on criterion {score.CriterionId} is outside 0–{maxPoints[c]}.", nameof(input));
                scored[c] = true;
                if (!isBonus[c]) regularScored++;
                total += score.Points;
                criterionSums[offset + c] += score.Points;
            }
            if (regularScored != regularCount)
                throw new ArgumentException($"Judge {sheet.JudgeId}'s sheet for application {sheet.ApplicationId} does not score every criterion.", nameof(input));

            sheetApplication[s] = a;
            sheetJudge[s] = j;
            totals[s] = total;
            counts[a]++;
            applicationSums[a] += total;
            judgeCounts[j]++;
            judgeSums[j] += total;
            panelSum += total;
        }

        // Group the sheets by application (counting sort; input order kept within an application).
        var start = new int[applicationCount + 1];
        for (var a = 0; a < applicationCount; a++) start[a + 1] = start[a] + counts[a];
        var grouped = new int[sheetCount];
        var next = (int[])start.Clone();
        for (var s = 0; s < sheetCount; s++) grouped[next[sheetApplication[s]]++] = s;

        // Means, then squared deviations (two passes: exact in decimal, no cancellation).
        var applicationMeans = new decimal[applicationCount];
        var withinDegrees = 0;
        for (var a = 0; a < applicationCount; a++)
        {
            if (counts[a] == 0) continue;
            applicationMeans[a] = applicationSums[a] / counts[a];
            withinDegrees += counts[a] - 1;
        }
        var judgeCount = judgeIds.Count;
        var judgeMeans = new decimal[judgeCount];
        for (var j = 0; j < judgeCount; j++) judgeMeans[j] = judgeSums[j] / judgeCounts[j];
        decimal? panelMean = sheetCount == 0 ? null : panelSum / sheetCount;

        var judgeSquares = new decimal[judgeCount];
        decimal withinSquares = 0, panelSquares = 0;
        for (var s = 0; s < sheetCount; s++)
        {
            var t = totals[s];
            var d = t - applicationMeans[sheetApplication[s]];
            withinSquares += d * d;
            d = t - judgeMeans[sheetJudge[s]];
            judgeSquares[sheetJudge[s]] += d * d;
            d = t - panelMean!.Value;
            panelSquares += d * d;
        }
        var judgeDeviations = new decimal[judgeCount];
        var judges = new JudgeStatistics[judgeCount];
        for (var j = 0; j < judgeCount; j++)
        {
            judgeDeviations[j] = Sqrt(judgeSquares[j] / judgeCounts[j]);
            judges[j] = new JudgeStatistics(judgeIds[j], judgeCounts[j], judgeMeans[j], judgeDeviations[j]);
        }
        decimal? panelDeviation = sheetCount == 0 ? null : Sqrt(panelSquares / sheetCount);
        // Compare squared distances with (2 × spread)² so the flag needs no square root.
        decimal? withinVariance = withinDegrees == 0 ? null : withinSquares / withinDegrees;
        decimal? judgeSpread = withinVariance is { } v ? Sqrt(v) : null;
        var outlierLimit = withinVariance is { } wv && wv > 0 ? OutlierThreshold * OutlierThreshold * wv : (decimal?)null;

        decimal[]? z = null;
        if (input.Method == AggregationMethod.NormalizedMean)
        {
            z = new decimal[sheetCount];
            for (var s = 0; s < sheetCount; s++)
            {
                var j = sheetJudge[s];
                z[s] = judgeCounts[j] < 2 || judgeDeviations[j] == 0 ? 0 : (totals[s] - judgeMeans[j]) / judgeDeviations[j];
            }
        }

        // Aggregates, per application.
        var aggregates = new decimal?[applicationCount];
        var decidingAverages = new decimal?[applicationCount];
        var trimmedHigh = new int[applicationCount];
        var trimmedLow = new int[applicationCount];
        for (var a = 0; a < applicationCount; a++)
        {
            trimmedHigh[a] = trimmedLow[a] = -1;
            var n = counts[a];
            if (n == 0) continue;
            if (deciding >= 0) decidingAverages[a] = Round(criterionSums[a * criterionCount + deciding] / n);
            decimal exact;
            switch (input.Method)
            {
                case AggregationMethod.TrimmedMean when n >= TrimmedMeanMinimumScores:
                    int high = grouped[start[a]], low = high;
                    for (var k = start[a] + 1; k < start[a + 1]; k++)
                    {
                        var s = grouped[k];
                        if (totals[s] > totals[high]) high = s;
                        if (totals[s] < totals[low]) low = s;
                    }
                    if (high == low) low = grouped[start[a] + 1]; // all equal: leave out two different sheets
                    trimmedHigh[a] = high;
                    trimmedLow[a] = low;
                    exact = (applicationSums[a] - totals[high] - totals[low]) / (n - 2);
                    break;
                case AggregationMethod.NormalizedMean:
                    decimal zSum = 0;
                    for (var k = start[a]; k < start[a + 1]; k++) zSum += z![grouped[k]];
                    exact = panelMean!.Value + zSum / n * panelDeviation!.Value;
                    break;
                default:
                    exact = applicationMeans[a];
                    break;
            }
            aggregates[a] = Round(exact);
        }

        // Order by the tie-break rule, then number the positions and the ranks.
        var order = new Order(applications, aggregates, decidingAverages, counts);
        var sorted = new int[applicationCount];
        for (var a = 0; a < applicationCount; a++) sorted[a] = a;
        Array.Sort(sorted, order.Compare);

        var ranked = new RankedApplication[applicationCount];
        int? previousRank = null;
        for (var p = 0; p < applicationCount; p++)
        {
            var a = sorted[p];
            var tieBreak = TieBreak.None;
            int? rank = null;
            if (aggregates[a] is not null)
            {
                if (p > 0 && aggregates[sorted[p - 1]] == aggregates[a]) rank = previousRank;
                else rank = p + 1;
                previousRank = rank;
            }
            if (p > 0) order.Compare(sorted[p - 1], a, out tieBreak);

            var n = counts[a];
            var scores = new JudgeScore[n];
            List<string>? outliers = null;
            for (var k = 0; k < n; k++)
            {
                var s = grouped[start[a] + k];
                var d = totals[s] - applicationMeans[a];
                var outlier = n >= OutlierMinimumScores && outlierLimit is { } limit && d * d > limit;
                if (outlier) (outliers ??= []).Add(judgeIds[sheetJudge[s]]);
                scores[k] = new JudgeScore(judgeIds[sheetJudge[s]], totals[s], s == trimmedHigh[a] || s == trimmedLow[a], outlier, z?[s]);
            }
            var averages = new decimal?[criterionCount];
            if (n > 0)
            {
                for (var c = 0; c < criterionCount; c++) averages[c] = Round(criterionSums[a * criterionCount + c] / n);
            }
            var flags = (n < input.MinimumScores ? RankingFlags.TooFewScores : RankingFlags.None)
                        | (outliers is null ? RankingFlags.None : RankingFlags.OutlierJudge);
            ranked[p] = new RankedApplication(applications[a].Id, p + 1, rank, aggregates[a], n, scores, averages, flags,
                (IReadOnlyList<string>?)outliers ?? [], tieBreak);
        }

        return new RankingResult(input.Method, ranked, deciding < 0 ? null : criteria[deciding].Id, panelMean, panelDeviation,
            judgeSpread, judges);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Square root in decimal: a double seed refined by Newton steps (each doubles the correct digits).</summary>
    private static decimal Sqrt(decimal value)
    {
        if (value <= 0) return 0;
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 3 && x > 0; i++) x = (x + value / x) / 2;
        return x;
    }

    /// <summary>The tie-break rule as a comparison of application rows; also says which step decided.</summary>
    private sealed class Order(
        IReadOnlyList<RankingApplication> applications, decimal?[] aggregates, decimal?[] decidingAverages, int[] counts)
    {
        public int Compare(int x, int y) => Compare(x, y, out _);

        /// <summary>Negative when <paramref name="x"/> comes first.</summary>
        public int Compare(int x, int y, out TieBreak step)
        {
            step = TieBreak.None;
            var c = Descending(aggregates[x], aggregates[y]);
            if (c != 0) return c;
            step = TieBreak.CriterionAverage;
            c = Descending(decidingAverages[x], decidingAverages[y]);
            if (c != 0) return c;
            step = TieBreak.ScoreCount;
            c = counts[y].CompareTo(counts[x]);
            if (c != 0) return c;
            step = TieBreak.SubmittedAt;
            c = applications[x].SubmittedAt.CompareTo(applications[y].SubmittedAt);
            if (c != 0) return c;
            step = TieBreak.ApplicationId;
            return applications[x].Id.CompareTo(applications[y].Id);
        }

        /// <summary>Higher first; no value last.</summary>
        private static int Descending(decimal? x, decimal? y) => (x, y) switch
        {
            ({ } a, { } b) => b.CompareTo(a),
            (null, null) => 0,
            (null, _) => 1,
            _ => -1,
        };
    }
}
