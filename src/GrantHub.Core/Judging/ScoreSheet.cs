using GrantHub.Core.Auditing;
using GrantHub.Core.Competitions;

namespace GrantHub.Core.Judging;

public enum ScoreSheetStatus
{
    Draft = 0,
    Submitted = 1,
}

/// <summary>One criterion as a score sheet checks it (from <see cref="RubricCriterion"/>).</summary>
public sealed record ScoringCriterion(int Id, string Name, int MaxPoints, bool IsBonus = false);

/// <summary>
/// The rubric a sheet is scored against, in display order, and the share of a criterion's maximum (percent) below
/// which a comment is required.
/// </summary>
public sealed record ScoringRules(IReadOnlyList<ScoringCriterion> Criteria, int CommentBelowPercent)
{
    /// <summary>The edition's first-round (written review) rubric and comment threshold.</summary>
    public static ScoringRules Of(CompetitionEdition edition) => Of(edition, Assignment.FirstRound);

    /// <summary>The rubric of one round (2: 路演/答辩) with the edition's comment threshold.</summary>
    public static ScoringRules Of(CompetitionEdition edition, int round) => new(
        edition.RubricOf(round).Select(c => new ScoringCriterion(c.Id, c.Name, c.MaxPoints, c.IsBonus)).ToList(),
        edition.CommentBelowPercent);
}

/// <summary>What a judge enters for one criterion: points (null clears the score) and a comment.</summary>
public sealed record ScoreEntry(int CriterionId, decimal? Points, string? Comment = null);

/// <summary>
/// One judge's scores for one application in one round (评分表), one per <see cref="Assignment"/> (its key).
/// Started only after the judge declared no conflict; saved as a draft as often as needed; submitted once every
/// regular criterion is scored, which locks it; reopened only by the officer, with a reason (audited).
/// The rubric comes in as <see cref="ScoringRules"/>, so the second round can bring its own.
/// </summary>
public class ScoreSheet : IAudited
{
    public const int MaxCommentLength = 2000;
    public const int MaxReasonLength = 1000;

    public Guid AssignmentId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string JudgeUserId { get; private set; } = "";
    public int Round { get; private set; }
    public ScoreSheetStatus Status { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }

    public DateTime? ReopenedAt { get; private set; }
    public string? ReopenedByUserId { get; private set; }
    public string? ReopenReason { get; private set; }

    public long Version { get; private set; }

    public List<SheetScore> Scores { get; private set; } = [];

    private ScoreSheet() { }

    /// <summary>
    /// Opens the sheet, and with it the application's content. Refused until the judge has declared on this
    /// application, and while a conflict they declared stands (not lifted by the officer).
    /// </summary>
    public static ScoreSheet Start(Assignment assignment, ConflictDeclaration? declaration, DateTime nowUtc)
    {
        if (declaration is null)
            throw new DomainException("Declare whether you have a conflict of interest with this application before opening it.");
        if (declaration.ApplicationId != assignment.ApplicationId || declaration.JudgeUserId != assignment.JudgeUserId)
            throw new ArgumentException("The declaration is not the assigned judge's on this application.", nameof(declaration));
        if (!declaration.AllowsJudging)
            throw new DomainException("You declared a conflict of interest with this application: you cannot score it.");
        return new ScoreSheet
        {
            AssignmentId = assignment.Id,
            ApplicationId = assignment.ApplicationId,
            JudgeUserId = assignment.JudgeUserId,
            Round = assignment.Round,
            Status = ScoreSheetStatus.Draft,
            StartedAt = nowUtc,
            UpdatedAt = nowUtc,
        };
    }

    public bool IsLocked => Status == ScoreSheetStatus.Submitted;

    /// <summary>The weighted total: each criterion's maximum is its weight, so the total is the sum of the points.</summary>
    public decimal Total => Scores.Sum(s => s.Points);

    /// <summary>
    /// Saves the entries given (other criteria keep their scores): each within 0 to the criterion's maximum, at most
    /// one decimal place, with a comment when below the rules' share of the maximum. All or nothing.
    /// </summary>
    public void Save(ScoringRules rules, IEnumerable<ScoreEntry> entries, DateTime nowUtc)
    {
        RequireDraft();
        var list = entries.ToList();
        if (list.Select(e => e.CriterionId).Distinct().Count() != list.Count)
            throw new DomainException("Each criterion is scored once.");
        var checkedEntries = list.Select(e =>
        {
            var criterion = rules.Criteria.FirstOrDefault(c => c.Id == e.CriterionId)
                ?? throw new DomainException("This criterion is not in the rubric.");
            var comment = (e.Comment ?? "").Trim();
            if (e.Points is { } points) Check(criterion, rules.CommentBelowPercent, points, comment);
            return (Entry: e, Comment: comment);
        }).ToList();

        foreach (var (entry, comment) in checkedEntries)
        {
            var existing = Scores.FirstOrDefault(s => s.CriterionId == entry.CriterionId);
            if (entry.Points is not { } points)
            {
                if (existing is not null) Scores.Remove(existing);
            }
            else if (existing is null) Scores.Add(new SheetScore(AssignmentId, entry.CriterionId, points, comment));
            else existing.Set(points, comment);
        }
        UpdatedAt = nowUtc;
        Version++;
    }

    /// <summary>Submits and locks: every regular criterion scored (bonus items are optional), every rule met.</summary>
    public void Submit(ScoringRules rules, DateTime nowUtc)
    {
        RequireDraft();
        foreach (var criterion in rules.Criteria)
        {
            var score = Scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            if (score is null)
            {
                if (criterion.IsBonus) continue;
                throw new DomainException("{0} is not scored yet: score every criterion before submitting.", criterion.Name);
            }
            Check(criterion, rules.CommentBelowPercent, score.Points, score.Comment);
        }
        if (Scores.Any(s => rules.Criteria.All(c => c.Id != s.CriterionId)))
            throw new DomainException("This criterion is not in the rubric.");
        Status = ScoreSheetStatus.Submitted;
        SubmittedAt = nowUtc;
        UpdatedAt = nowUtc;
        Version++;
    }

    /// <summary>The officer unlocks a submitted sheet for the judge to correct; the reason is kept and audited.</summary>
    public void Reopen(string officerUserId, string reason, DateTime nowUtc)
    {
        if (!IsLocked) throw new DomainException("Only a submitted score sheet can be reopened.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for reopening the score sheet.");
        if (reason.Trim().Length > MaxReasonLength) throw new DomainException("The reason has at most {0} characters.", MaxReasonLength);
        Status = ScoreSheetStatus.Draft;
        SubmittedAt = null;
        ReopenedAt = nowUtc;
        ReopenedByUserId = officerUserId;
        ReopenReason = reason.Trim();
        UpdatedAt = nowUtc;
        Version++;
    }

    /// <summary>A comment is required when the points are below this share of the maximum.</summary>
    public static bool NeedsComment(int maxPoints, int commentBelowPercent, decimal points) =>
        points * 100 < (decimal)maxPoints * commentBelowPercent;

    private static void Check(ScoringCriterion criterion, int commentBelowPercent, decimal points, string comment)
    {
        if (points < 0 || points > criterion.MaxPoints)
            throw new DomainException("{0}: the score must be between 0 and {1}.", criterion.Name, criterion.MaxPoints);
        if (decimal.Round(points, 1) != points)
            throw new DomainException("{0}: a score has at most one decimal place.", criterion.Name);
        if (comment.Length > MaxCommentLength)
            throw new DomainException("{0}: the comment has at most {1} characters.", criterion.Name, MaxCommentLength);
        if (comment.Length == 0 && NeedsComment(criterion.MaxPoints, commentBelowPercent, points))
            throw new DomainException("{0}: a score below {1}% of the maximum needs a comment.", criterion.Name, commentBelowPercent);
    }

    private void RequireDraft()
    {
        if (IsLocked) throw new DomainException("This score sheet is submitted and locked: only the officer can reopen it.");
    }
}

/// <summary>The points and comment on one criterion of a score sheet; changed in place so the audit shows before and after.</summary>
public class SheetScore : IAudited
{
    public Guid ScoreSheetId { get; private set; }
    public int CriterionId { get; private set; }
    public decimal Points { get; private set; }
    public string Comment { get; private set; } = "";

    private SheetScore() { }

    internal SheetScore(Guid scoreSheetId, int criterionId, decimal points, string comment)
    {
        ScoreSheetId = scoreSheetId;
        CriterionId = criterionId;
        Set(points, comment);
    }

    internal void Set(decimal points, string comment)
    {
        Points = points;
        Comment = comment;
    }
}
