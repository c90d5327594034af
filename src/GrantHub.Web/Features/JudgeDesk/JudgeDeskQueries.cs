using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.JudgeDesk;

/// <summary>Reads for the judge's pages: a fixed number of queries whatever the number of assignments, criteria and lines.</summary>
public static class JudgeDeskQueries
{
    /// <summary>One query: the judge's assignments of both rounds with their application, edition, declaration and sheet.</summary>
    public static async Task<IReadOnlyList<QueueEdition>> QueueAsync(GrantHubDbContext db, string judgeUserId)
    {
        var rows = await (from s in db.JudgeAssignments
                          where s.JudgeUserId == judgeUserId
                          join a in db.Applications on s.ApplicationId equals a.Id
                          join e in db.Editions on s.EditionId equals e.Id
                          from c in db.Set<EditionCategory>().Where(c => c.Id == a.CategoryId).DefaultIfEmpty()
                          from d in db.ConflictDeclarations.Where(d => d.ApplicationId == s.ApplicationId && d.JudgeUserId == judgeUserId).DefaultIfEmpty()
                          from sh in db.ScoreSheets.Where(x => x.AssignmentId == s.Id).DefaultIfEmpty()
                          orderby e.ReviewEndsOn, e.Name, a.ProjectName
                          select new
                          {
                              s.Id, s.Round, EditionId = e.Id, EditionName = e.Name, e.ReviewEndsOn, a.ProjectName, CategoryName = c == null ? null : c.Name,
                              Declared = d != null, Blocks = d != null && d.HasConflict && d.LiftedAt == null,
                              Sheet = sh == null ? (ScoreSheetStatus?)null : sh.Status, ReopenedAt = sh == null ? null : sh.ReopenedAt,
                          })
            .AsNoTracking().ToListAsync();
        return rows
            .Select(r => new QueueRow(r.Id, r.EditionId, r.EditionName, r.ReviewEndsOn, r.ProjectName, r.CategoryName,
                QueueStatusLabels.Of(r.Declared, r.Blocks, r.Sheet), r.ReopenedAt, r.Round))
            .GroupBy(r => (r.EditionId, r.EditionName, r.ReviewEndsOn))
            .Select(g => new QueueEdition(g.Key.EditionId, g.Key.EditionName, g.Key.ReviewEndsOn,
                g.OrderBy(r => r.Status switch { QueueStatus.ToDeclare => 0, QueueStatus.ToScore => 1, QueueStatus.DraftSaved => 1, _ => 2 })
                    .ThenByDescending(r => r.Round).ThenBy(r => r.ProjectName, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>The signed-in judge's own assignment (either round), or null (anyone else's is not found).</summary>
    public static Task<Assignment?> AssignmentAsync(GrantHubDbContext db, Guid assignmentId, string judgeUserId) =>
        db.JudgeAssignments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assignmentId && a.JudgeUserId == judgeUserId);

    public static Task<ConflictDeclaration?> DeclarationAsync(GrantHubDbContext db, Assignment assignment, bool tracked)
    {
        var query = db.ConflictDeclarations.Where(d => d.ApplicationId == assignment.ApplicationId && d.JudgeUserId == assignment.JudgeUserId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
    }

    public static Task<ScoreSheet?> SheetAsync(GrantHubDbContext db, Guid assignmentId, bool tracked)
    {
        var query = db.ScoreSheets.Include(s => s.Scores).Where(s => s.AssignmentId == assignmentId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
    }

    public static Task<CompetitionEdition> EditionAsync(GrantHubDbContext db, Guid editionId) =>
        db.Editions.AsNoTracking().Include(e => e.Rubric).Include(e => e.Categories).AsSplitQuery().SingleAsync(e => e.Id == editionId);

    /// <summary>
    /// The page for one assignment. Before a declaration allowing it, nothing of the application's content is even read:
    /// only its project name and category (and the organization's name outside blind review).
    /// </summary>
    public static async Task<JudgeSheetPage> PageAsync(GrantHubDbContext db, Assignment assignment, CompetitionEdition edition,
        ConflictDeclaration? declaration, ScoreSheet? sheet, ScoreSheetForm? typed = null, DeclarationForm? declarationTyped = null,
        ReportConflictForm? reportTyped = null)
    {
        var head = await (from a in db.Applications
                          where a.Id == assignment.ApplicationId
                          join o in db.Organizations on a.OrganizationId equals o.Id
                          select new { a.ProjectName, a.CategoryId, OrganizationName = o.Name, Code = o.CreditCode ?? o.FilingNumber })
            .AsNoTracking().SingleAsync();
        var status = QueueStatusLabels.Of(declaration is not null, declaration?.Blocks == true, sheet?.Status);
        var mayRead = declaration is { AllowsJudging: true };
        var rules = ScoringRules.Of(edition, assignment.Round);
        var content = mayRead ? await ContentAsync(db, assignment.ApplicationId, edition.BlindReview) : null;
        // A conflict reported after scoring began closes the sheet; whether there was one is all the page says of it.
        var setAside = declaration is { Blocks: true } && await db.ScoreSheets.AnyAsync(s => s.AssignmentId == assignment.Id);
        return new JudgeSheetPage
        {
            AssignmentId = assignment.Id,
            Round = assignment.Round,
            SheetSetAside = setAside,
            EditionName = edition.Name,
            ReviewEndsOn = edition.ReviewEndsOn,
            BlindReview = edition.BlindReview,
            ProjectName = head.ProjectName,
            CategoryName = edition.Categories.FirstOrDefault(c => c.Id == head.CategoryId)?.Name,
            OrganizationName = edition.BlindReview ? null : head.OrganizationName,
            OrganizationCode = edition.BlindReview || !mayRead ? null : head.Code,
            Status = status,
            ConflictKind = declaration?.Kind,
            ConflictNote = declaration?.Note,
            DeclaredAt = declaration?.DeclaredAt,
            SubmittedAt = sheet?.SubmittedAt,
            ReopenedAt = sheet?.ReopenedAt,
            ReopenReason = sheet?.ReopenReason,
            CommentBelowPercent = edition.CommentBelowPercent,
            Criteria = rules.Criteria.Select(c => new SheetCriterion(c.Id, c.Name, c.MaxPoints, c.IsBonus)).ToList(),
            Content = content,
            Declaration = declarationTyped ?? new DeclarationForm(),
            Report = reportTyped ?? new ReportConflictForm(),
            // A locked sheet always shows what is stored, whatever a refused request typed.
            Form = typed is not null && sheet?.IsLocked != true ? typed : new ScoreSheetForm
            {
                Version = sheet?.Version ?? 0,
                Rows = rules.Criteria.Select(c => sheet?.Scores.FirstOrDefault(s => s.CriterionId == c.Id) is { } s
                    ? new ScoreRowForm { CriterionId = c.Id, Points = ScoreInput.Text(s.Points), Comment = s.Comment }
                    : new ScoreRowForm { CriterionId = c.Id }).ToList(),
            },
        };
    }

    /// <summary>Three queries: the texts, the budget lines, the attachments (sizes, and names only when not blind).</summary>
    private static async Task<JudgeApplicationView> ContentAsync(GrantHubDbContext db, Guid applicationId, bool blind)
    {
        var a = await db.Applications.AsNoTracking().Where(x => x.Id == applicationId)
            .Select(x => new { x.Summary, x.NeedAnalysis, x.Goals, x.Activities, x.Beneficiaries, x.BeneficiaryCount, x.Team, x.Risks, x.FiscalRequested, x.MatchingFunds })
            .SingleAsync();
        var lines = await db.Applications.AsNoTracking().Where(x => x.Id == applicationId).SelectMany(x => x.Budget)
            .OrderBy(b => b.Order).Select(b => new BudgetLineView(b.Subject, b.Description, b.UnitPrice, b.Quantity, b.Source)).ToListAsync();
        var files = await AttachmentsAsync(db, applicationId);
        return new JudgeApplicationView
        {
            Summary = a.Summary, NeedAnalysis = a.NeedAnalysis, Goals = a.Goals, Activities = a.Activities, Beneficiaries = a.Beneficiaries,
            BeneficiaryCount = a.BeneficiaryCount, Team = a.Team, Risks = a.Risks, Budget = lines, Fiscal = a.FiscalRequested, Matching = a.MatchingFunds,
            Attachments = files.Select((f, i) => (i + 1, blind ? null : f.FileName, f.SizeBytes)).ToList(),
        };
    }

    /// <summary>The application's attachments in upload order: a judge refers to them by their number in this list.</summary>
    public static async Task<IReadOnlyList<(string FileName, string StoredName, long SizeBytes)>> AttachmentsAsync(GrantHubDbContext db, Guid applicationId) =>
        (await db.Applications.AsNoTracking().Where(x => x.Id == applicationId).SelectMany(x => x.Attachments)
            .Select(f => new { f.FileName, f.StoredName, f.SizeBytes, f.UploadedAt, f.Id }).ToListAsync())
        .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
        .Select(f => (f.FileName, f.StoredName, f.SizeBytes)).ToList();

    /// <summary>
    /// Three queries: the edition's name, its sheets of both rounds with judge and application (and whether a conflict
    /// the judge reported since sets the sheet aside), their points.
    /// </summary>
    public static async Task<EditionSheetsPage?> EditionSheetsAsync(GrantHubDbContext db, Guid editionId, bool canReopen)
    {
        var name = await db.Editions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.Name).SingleOrDefaultAsync();
        if (name is null) return null;
        var rows = await (from s in db.JudgeAssignments
                          where s.EditionId == editionId
                          join sh in db.ScoreSheets on s.Id equals sh.AssignmentId
                          join a in db.Applications on s.ApplicationId equals a.Id
                          join u in db.Users on s.JudgeUserId equals u.Id
                          orderby s.Round, a.ProjectName, u.DisplayName
                          select new EditionSheetRow(s.Id, a.ProjectName, u.DisplayName, sh.Status, 0m, sh.UpdatedAt,
                              sh.SubmittedAt, sh.ReopenedAt, sh.ReopenReason, sh.Version)
                          {
                              Round = s.Round,
                              SetAside = db.ConflictDeclarations.Any(d => d.ApplicationId == s.ApplicationId && d.JudgeUserId == s.JudgeUserId
                                  && d.HasConflict && d.LiftedAt == null),
                          })
            .AsNoTracking().ToListAsync();
        // Summed here: SQLite cannot sum decimals in SQL.
        var points = await (from s in db.JudgeAssignments
                            where s.EditionId == editionId
                            join sh in db.ScoreSheets on s.Id equals sh.AssignmentId
                            from x in sh.Scores
                            select new { x.ScoreSheetId, x.Points })
            .AsNoTracking().ToListAsync();
        var totals = points.GroupBy(p => p.ScoreSheetId).ToDictionary(g => g.Key, g => g.Sum(p => p.Points));
        return new EditionSheetsPage
        {
            EditionId = editionId, EditionName = name, CanReopen = canReopen,
            Rows = rows.Select(r => r with { Total = totals.GetValueOrDefault(r.AssignmentId) }).ToList(),
        };
    }
}
