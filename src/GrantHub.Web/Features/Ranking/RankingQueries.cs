using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Ranking;

/// <summary>
/// Everything the ranking page and its export need, in a fixed number of queries whatever the number of applications
/// and sheets: the edition with its rubrics and tiers, the eligible applications, the submitted sheets of both rounds
/// with their scores, the shortlist, the decisions, and (when the review is not blind) the judges' names. A sheet whose
/// judge has since reported a conflict with the application (not lifted) does not count.
/// </summary>
public static class RankingQueries
{
    public sealed record ApplicationRow(Guid Id, string ProjectName, string OrganizationName, Money FiscalRequested, DateTime SubmittedAt);

    public sealed record DecisionRow(Guid ApplicationId, DecisionOutcome Outcome, Money Amount, int? AwardTierId, DateTime DecidedAt, long Version);

    public sealed class RankingData
    {
        public required CompetitionEdition Edition { get; init; }
        /// <summary>The written round's rubric.</summary>
        public required IReadOnlyList<CriterionColumn> Criteria { get; init; }
        /// <summary>The second round's rubric (empty without one).</summary>
        public required IReadOnlyList<CriterionColumn> SecondCriteria { get; init; }
        public required IReadOnlyList<ApplicationRow> Applications { get; init; }
        public required IReadOnlyList<DecisionRow> Decisions { get; init; }
        /// <summary>The written round's ranking.</summary>
        public required RankingResult Result { get; init; }
        /// <summary>The second round's ranking of the shortlist; null when the edition has no second round.</summary>
        public required RankingResult? SecondResult { get; init; }
        /// <summary>The final order: shortlisted by their final score, then the rest by their written score.</summary>
        public required IReadOnlyList<FinalRankedApplication> Final { get; init; }
        public required IReadOnlySet<Guid> Shortlist { get; init; }
        /// <summary>Judge id → "Judge A" (blind) or the judge's name.</summary>
        public required IReadOnlyDictionary<string, string> JudgeLabels { get; init; }
        /// <summary>Judge ids in column order (the export's columns).</summary>
        public required IReadOnlyList<string> JudgeOrder { get; init; }
    }

    public static async Task<RankingData?> LoadAsync(GrantHubDbContext db, Guid editionId, Func<int, string> blindLabel)
    {
        var edition = await db.Editions.AsNoTracking().Include(e => e.Rubric).Include(e => e.AwardTiers).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == editionId);
        if (edition is null) return null;
        var criteria = edition.RubricOf(RubricCriterion.FirstRound).Select(c => new CriterionColumn(c.Id, c.Name, c.MaxPoints, c.IsBonus)).ToList();
        var secondCriteria = edition.RubricOf(RubricCriterion.SecondRound).Select(c => new CriterionColumn(c.Id, c.Name, c.MaxPoints, c.IsBonus)).ToList();

        var applications = await (from a in db.Applications
                                  join o in db.Organizations on a.OrganizationId equals o.Id
                                  where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible
                                  select new ApplicationRow(a.Id, a.ProjectName, o.Name, a.FiscalRequested, a.SubmittedAt ?? a.CreatedAt))
            .AsNoTracking().ToListAsync();

        // Submitted sheets of both rounds; a judge who reported a conflict with the application since no longer counts.
        var sheets = await (from s in db.ScoreSheets
                            join a in db.Applications on s.ApplicationId equals a.Id
                            where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible && s.Status == ScoreSheetStatus.Submitted
                                  && !db.ConflictDeclarations.Any(d => d.ApplicationId == s.ApplicationId && d.JudgeUserId == s.JudgeUserId
                                      && d.HasConflict && d.LiftedAt == null)
                            orderby s.SubmittedAt, s.AssignmentId
                            select new
                            {
                                s.ApplicationId,
                                s.JudgeUserId,
                                s.Round,
                                Scores = s.Scores.Select(x => new { x.CriterionId, x.Points }).ToList(),
                            })
            .AsNoTracking().ToListAsync();
        var shortlist = edition.HasSecondRound
            ? (await db.Shortlist.AsNoTracking().Where(s => s.EditionId == editionId).Select(s => s.ApplicationId).ToListAsync()).ToHashSet()
            : [];

        var decisions = await db.Decisions.AsNoTracking().Where(d => d.EditionId == editionId)
            .Select(d => new DecisionRow(d.ApplicationId, d.Outcome, d.Amount, d.AwardTierId, d.DecidedAt, d.Version)).ToListAsync();

        var input = new RankingInput(
            edition.Aggregation,
            criteria.Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(),
            applications.Select(a => new RankingApplication(a.Id, a.SubmittedAt)).ToList(),
            sheets.Where(s => s.Round == Assignment.FirstRound).Select(s => new RankingSheet(s.ApplicationId, s.JudgeUserId,
                s.Scores.Select(x => new CriterionScore(x.CriterionId, x.Points)).ToList())).ToList(),
            edition.JudgesPerApplication);
        var result = Core.Judging.Ranking.Compute(input);

        // The second round ranks the shortlist alone, against its own rubric, with the same method.
        RankingResult? secondResult = null;
        if (edition.HasSecondRound)
        {
            secondResult = Core.Judging.Ranking.Compute(new RankingInput(
                edition.Aggregation,
                secondCriteria.Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(),
                applications.Where(a => shortlist.Contains(a.Id)).Select(a => new RankingApplication(a.Id, a.SubmittedAt)).ToList(),
                sheets.Where(s => s.Round == Assignment.SecondRound && shortlist.Contains(s.ApplicationId)).Select(s => new RankingSheet(s.ApplicationId,
                    s.JudgeUserId, s.Scores.Select(x => new CriterionScore(x.CriterionId, x.Points)).ToList())).ToList(),
                edition.SecondRoundJudgesPerApplication));
        }
        var final = FinalRanking.Combine(result, secondResult, shortlist, edition.WrittenRoundPercent);

        // Judges in a stable order (by id), so "Judge A" stays the same person on the page and in the export, in both rounds.
        var judgeOrder = sheets.Select(s => s.JudgeUserId).Distinct().Order(StringComparer.Ordinal).ToList();
        Dictionary<string, string> labels;
        if (edition.BlindReview)
        {
            labels = judgeOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => blindLabel(x.i));
        }
        else if (judgeOrder.Count == 0)
        {
            labels = [];
        }
        else
        {
            var names = await db.Users.AsNoTracking().Where(u => judgeOrder.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName);
            labels = judgeOrder.ToDictionary(id => id, id => names.GetValueOrDefault(id, id));
        }

        return new RankingData
        {
            Edition = edition,
            Criteria = criteria,
            SecondCriteria = secondCriteria,
            Applications = applications,
            Decisions = decisions,
            Result = result,
            SecondResult = secondResult,
            Final = final,
            Shortlist = shortlist,
            JudgeLabels = labels,
            JudgeOrder = judgeOrder,
        };
    }

    /// <summary>A, B, … Z, AA, AB …: the letter of the <paramref name="index"/>-th judge (0-based).</summary>
    public static string Letter(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
