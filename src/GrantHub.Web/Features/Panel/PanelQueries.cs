using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Panel;

/// <summary>
/// Everything the officer's judge pages decide on, read in a fixed number of queries whatever the number of judges and
/// applications: the edition, its panel, its eligible applications, first-round assignments, declarations, and the
/// facts conflicts are suggested from (memberships, center postings, residencies, earlier declared ties).
/// </summary>
public sealed class PanelFacts
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    public required int JudgesPerApplication { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<PanelJudgeRow> Judges { get; init; }
    public required IReadOnlyList<EligibleApplication> Applications { get; init; }
    public required IReadOnlyList<AssignmentFact> Assignments { get; init; }

    /// <summary>Per application, per panel judge: the conflict (recorded, suggested or both), if any.</summary>
    public required IReadOnlyDictionary<(Guid ApplicationId, string UserId), ConflictRow> Conflicts { get; init; }

    /// <summary>The pairs a judge must not be assigned across: a recorded conflict not lifted, or a suggested one the officer has not ruled on.</summary>
    public IEnumerable<(Guid ApplicationId, string JudgeUserId)> Blocked => Conflicts.Where(c => c.Value.Blocks).Select(c => c.Key);

    public AssignmentsPage ToPage()
    {
        var byApplication = Assignments.ToLookup(a => a.ApplicationId);
        var conflictsByApplication = Conflicts.ToLookup(c => c.Key.ApplicationId, c => c.Value);
        return new AssignmentsPage
        {
            EditionId = EditionId,
            EditionName = EditionName,
            JudgesPerApplication = JudgesPerApplication,
            Judges = Judges,
            Applications = Applications.Select(a =>
            {
                var assigned = byApplication[a.Id].Select(x => new AssignedJudge(x.Id, x.UserId, x.DisplayName, x.Started))
                    .OrderBy(x => x.DisplayName, StringComparer.Ordinal).ToList();
                var conflicts = conflictsByApplication[a.Id].OrderBy(c => c.DisplayName, StringComparer.Ordinal).ToList();
                var addable = Judges.Where(j => assigned.All(x => x.UserId != j.UserId) && conflicts.All(c => c.UserId != j.UserId || !c.Blocks))
                    .OrderBy(j => j.Load).ThenBy(j => j.DisplayName, StringComparer.Ordinal).ToList();
                return new AssignmentRow(a.Id, a.ProjectName, a.OrganizationName, a.Category, assigned, conflicts, addable);
            }).ToList(),
        };
    }
}

public sealed record EligibleApplication(Guid Id, string ProjectName, Guid OrganizationId, string OrganizationName, string? Category);

public sealed record AssignmentFact(Guid Id, Guid ApplicationId, string UserId, string DisplayName, bool Started);

public static class PanelQueries
{
    private sealed record Edition(Guid Id, string Name, int JudgesPerApplication, List<string> Categories);

    private static Task<Edition?> EditionAsync(GrantHubDbContext db, Guid editionId) =>
        db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new Edition(e.Id, e.Name, e.JudgesPerApplication, e.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToList()))
            .SingleOrDefaultAsync();

    /// <summary>The panel with each judge's first-round load and started sheets: three queries.</summary>
    public static async Task<PanelPage?> PanelAsync(GrantHubDbContext db, Guid editionId)
    {
        var edition = await EditionAsync(db, editionId);
        if (edition is null) return null;
        var judges = await JudgesAsync(db, editionId);
        return new PanelPage
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            JudgesPerApplication = edition.JudgesPerApplication,
            Categories = edition.Categories,
            Judges = judges,
        };
    }

    private static async Task<List<PanelJudgeRow>> JudgesAsync(GrantHubDbContext db, Guid editionId)
    {
        var rows = await (from j in db.EditionJudges
                          join u in db.Users on j.UserId equals u.Id
                          join p in db.JudgeProfiles on j.UserId equals p.UserId into ps
                          from p in ps.DefaultIfEmpty()
                          where j.EditionId == editionId
                          select new { u.Id, u.DisplayName, u.Email, Affiliation = p == null ? "" : p.Affiliation, Expertise = p == null ? null : p.Expertise })
            .AsNoTracking().ToListAsync();
        var loads = await (from a in db.JudgeAssignments
                           join s in db.ScoreSheets on a.Id equals s.AssignmentId into ss
                           from s in ss.DefaultIfEmpty()
                           where a.EditionId == editionId && a.Round == Assignment.FirstRound
                           group s by a.JudgeUserId into g
                           select new { UserId = g.Key, Load = g.Count(), Started = g.Count(s => s != null) })
            .ToDictionaryAsync(x => x.UserId);
        return rows.Select(r => new PanelJudgeRow(r.Id, r.DisplayName, r.Email ?? "", r.Affiliation, r.Expertise ?? [],
                loads.TryGetValue(r.Id, out var x) ? x.Load : 0, loads.TryGetValue(r.Id, out var y) ? y.Started : 0))
            .OrderBy(r => r.DisplayName, StringComparer.Ordinal).ThenBy(r => r.Email, StringComparer.Ordinal).ToList();
    }

    /// <summary>Everything the assignments page and its actions decide on: ten queries, whatever the data size.</summary>
    public static async Task<PanelFacts?> FactsAsync(GrantHubDbContext db, Guid editionId)
    {
        var edition = await EditionAsync(db, editionId);
        if (edition is null) return null;
        var judges = await JudgesAsync(db, editionId);

        var applications = await (from a in db.Applications
                                   join o in db.Organizations on a.OrganizationId equals o.Id
                                   join c in db.Set<EditionCategory>() on a.CategoryId equals c.Id into cs
                                   from c in cs.DefaultIfEmpty()
                                   where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible
                                   orderby a.SubmittedAt, a.Id
                                   select new EligibleApplication(a.Id, a.ProjectName, o.Id, o.Name, c == null ? null : c.Name))
            .AsNoTracking().ToListAsync();

        var assignments = await (from a in db.JudgeAssignments
                                 join u in db.Users on a.JudgeUserId equals u.Id
                                 join app in db.Applications on a.ApplicationId equals app.Id
                                 where a.EditionId == editionId && a.Round == Assignment.FirstRound && app.Status == ApplicationStatus.Eligible
                                 select new AssignmentFact(a.Id, a.ApplicationId, a.JudgeUserId, u.DisplayName,
                                     db.ScoreSheets.Any(s => s.AssignmentId == a.Id)))
            .AsNoTracking().ToListAsync();

        var declarations = await (from d in db.ConflictDeclarations
                                  join a in db.Applications on d.ApplicationId equals a.Id
                                  where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible && d.HasConflict
                                  select new { d.Id, d.ApplicationId, d.JudgeUserId, d.Kind, d.Note, d.LiftedAt, d.LiftReason })
            .AsNoTracking().ToListAsync();

        // The facts a conflict is suggested from, for the panel's judges only (joined, so no list of ids is sent).
        var panel = db.EditionJudges.Where(j => j.EditionId == editionId);
        var memberships = await (from m in db.OrganizationMembers
                                 join j in panel on m.UserId equals j.UserId
                                 select new { m.UserId, m.OrganizationId }).AsNoTracking().ToListAsync();
        var postings = await (from s in db.CenterStaff
                              join j in panel on s.UserId equals j.UserId
                              select new { s.UserId, s.CenterId }).AsNoTracking().ToListAsync();
        var earlierTies = await (from d in db.ConflictDeclarations
                                 join j in panel on d.JudgeUserId equals j.UserId
                                 join a in db.Applications on d.ApplicationId equals a.Id
                                 where d.HasConflict && d.LiftedAt == null
                                 select new { d.JudgeUserId, a.OrganizationId, d.ApplicationId }).Distinct().AsNoTracking().ToListAsync();
        var residencies = await (from r in db.Residencies
                                 join a in db.Applications on r.OrganizationId equals a.OrganizationId
                                 where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible
                                 select new { ApplicationId = a.Id, r.CenterId }).Distinct().AsNoTracking().ToListAsync();

        var ties = judges.Select(j => new JudgeTies(j.UserId,
            memberships.Where(m => m.UserId == j.UserId).Select(m => m.OrganizationId).ToList(),
            postings.Where(p => p.UserId == j.UserId).Select(p => p.CenterId).ToList(),
            earlierTies.Where(t => t.JudgeUserId == j.UserId).Select(t => t.OrganizationId).ToList())).ToList();
        var centersByApplication = residencies.ToLookup(r => r.ApplicationId, r => r.CenterId);
        var applicants = applications.Select(a => new ApplicantTies(a.Id, a.OrganizationId, centersByApplication[a.Id].ToList())).ToList();
        var organizationOf = applications.ToDictionary(a => a.Id, a => a.OrganizationId);
        // A tie declared on this very application is its recorded conflict, not an earlier one.
        var suggested = ConflictSuggestions.Suggest(ties, applicants)
            .Where(s => s.Kind != ConflictKind.PriorTie || earlierTies.Any(t => t.JudgeUserId == s.JudgeUserId
                && t.OrganizationId == organizationOf[s.ApplicationId] && t.ApplicationId != s.ApplicationId))
            .ToLookup(s => (s.ApplicationId, s.JudgeUserId), s => s.Kind);

        var names = judges.ToDictionary(j => j.UserId, j => j.DisplayName, StringComparer.Ordinal);
        var conflicts = new Dictionary<(Guid, string), ConflictRow>();
        foreach (var d in declarations.Where(d => names.ContainsKey(d.JudgeUserId)))
        {
            var kinds = new List<ConflictKind>();
            if (d.Kind is { } kind) kinds.Add(kind);
            // A conflict the officer lifted stands lifted: what the data suggests was weighed when the reason was written.
            if (d.LiftedAt is null) kinds.AddRange(suggested[(d.ApplicationId, d.JudgeUserId)].Where(k => !kinds.Contains(k)));
            conflicts[(d.ApplicationId, d.JudgeUserId)] = new ConflictRow(d.JudgeUserId, names[d.JudgeUserId], d.Id, kinds, d.Note,
                d.LiftedAt is not null, d.LiftReason);
        }
        foreach (var group in suggested)
        {
            if (conflicts.ContainsKey(group.Key) || !names.TryGetValue(group.Key.JudgeUserId, out var name)) continue;
            conflicts[group.Key] = new ConflictRow(group.Key.JudgeUserId, name, null, group.ToList(), "", false, null);
        }

        return new PanelFacts
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            JudgesPerApplication = edition.JudgesPerApplication,
            Categories = edition.Categories,
            Judges = judges,
            Applications = applications,
            Assignments = assignments,
            Conflicts = conflicts,
        };
    }
}
