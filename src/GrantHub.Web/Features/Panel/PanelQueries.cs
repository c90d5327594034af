using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Panel;

/// <summary>
/// Everything the officer's judge pages decide on for one round, read in a fixed number of queries whatever the number
/// of judges and applications: the edition, its panel, the round's applications (the eligible ones in the written round,
/// the shortlist in the second), the round's assignments, declarations, the officer's rulings on suggested conflicts,
/// and the facts conflicts are suggested from (memberships, center postings, residencies, earlier declared ties).
/// Conflicts are per application, whatever the round.
/// </summary>
public sealed class PanelFacts
{
    public required Guid EditionId { get; init; }
    public required string EditionName { get; init; }
    /// <summary>1: the written review; 2: the shortlist's 路演/答辩.</summary>
    public required int Round { get; init; }
    public required bool HasSecondRound { get; init; }
    public required bool SecondRoundOpen { get; init; }
    /// <summary>The round's number of judges per application.</summary>
    public required int JudgesPerApplication { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<PanelJudgeRow> Judges { get; init; }
    public required IReadOnlyList<EligibleApplication> Applications { get; init; }
    public required IReadOnlyList<AssignmentFact> Assignments { get; init; }

    /// <summary>Per application, per panel judge: the conflict (recorded, suggested or both), if any.</summary>
    public required IReadOnlyDictionary<(Guid ApplicationId, string UserId), ConflictRow> Conflicts { get; init; }

    /// <summary>The pairs a judge must not be assigned across: a recorded conflict not lifted, or a suggested one the officer has not ruled on.</summary>
    public IEnumerable<(Guid ApplicationId, string JudgeUserId)> Blocked => Conflicts.Where(c => c.Value.Blocks).Select(c => c.Key);

    /// <summary>Per application, the judges assigned this round who still count: not set aside by a conflict.</summary>
    public ILookup<Guid, string> ActiveJudges => Assignments.Where(a => !a.SetAside).ToLookup(a => a.ApplicationId, a => a.UserId);

    public AssignmentsPage ToPage()
    {
        var byApplication = Assignments.ToLookup(a => a.ApplicationId);
        var conflictsByApplication = Conflicts.ToLookup(c => c.Key.ApplicationId, c => c.Value);
        return new AssignmentsPage
        {
            EditionId = EditionId,
            EditionName = EditionName,
            Round = Round,
            HasSecondRound = HasSecondRound,
            SecondRoundOpen = SecondRoundOpen,
            JudgesPerApplication = JudgesPerApplication,
            Judges = Judges,
            Applications = Applications.Select(a =>
            {
                var assigned = byApplication[a.Id].Select(x => new AssignedJudge(x.Id, x.UserId, x.DisplayName, x.Started, x.SetAside))
                    .OrderBy(x => x.SetAside).ThenBy(x => x.DisplayName, StringComparer.Ordinal).ToList();
                var conflicts = conflictsByApplication[a.Id].OrderBy(c => c.DisplayName, StringComparer.Ordinal).ToList();
                var addable = Judges.Where(j => assigned.All(x => x.UserId != j.UserId) && conflicts.All(c => c.UserId != j.UserId || !c.Blocks))
                    .OrderBy(j => j.Load).ThenBy(j => j.DisplayName, StringComparer.Ordinal).ToList();
                return new AssignmentRow(a.Id, a.ProjectName, a.OrganizationName, a.Category, assigned, conflicts, addable);
            }).ToList(),
        };
    }
}

public sealed record EligibleApplication(Guid Id, string ProjectName, Guid OrganizationId, string OrganizationName, string? Category);

/// <param name="SetAside">The judge reported (or declared) a conflict with the application: the assignment stays on
/// record, with any sheet, but no longer counts; the application needs another judge.</param>
public sealed record AssignmentFact(Guid Id, Guid ApplicationId, string UserId, string DisplayName, bool Started, bool SetAside = false);

public static class PanelQueries
{
    private sealed record Edition(Guid Id, string Name, int JudgesPerApplication, bool HasSecondRound, int SecondRoundJudgesPerApplication,
        DateTime? SecondRoundOpenedAt, List<string> Categories);

    private static Task<Edition?> EditionAsync(GrantHubDbContext db, Guid editionId) =>
        db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new Edition(e.Id, e.Name, e.JudgesPerApplication, e.HasSecondRound, e.SecondRoundJudgesPerApplication, e.SecondRoundOpenedAt,
                e.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToList()))
            .SingleOrDefaultAsync();

    /// <summary>The panel with each judge's first-round load and started sheets: three queries.</summary>
    public static async Task<PanelPage?> PanelAsync(GrantHubDbContext db, Guid editionId)
    {
        var edition = await EditionAsync(db, editionId);
        if (edition is null) return null;
        var judges = await JudgesAsync(db, editionId, Assignment.FirstRound);
        return new PanelPage
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            JudgesPerApplication = edition.JudgesPerApplication,
            HasSecondRound = edition.HasSecondRound,
            Categories = edition.Categories,
            Judges = judges,
        };
    }

    /// <summary>A blocking conflict of the assignment's judge with its application: the assignment is set aside.</summary>
    private static IQueryable<Assignment> SetAside(GrantHubDbContext db) =>
        db.JudgeAssignments.Where(a => db.ConflictDeclarations.Any(d => d.ApplicationId == a.ApplicationId && d.JudgeUserId == a.JudgeUserId
            && d.HasConflict && d.LiftedAt == null));

    /// <summary>The panel with each judge's load in the round (assignments set aside by a conflict not counted).</summary>
    private static async Task<List<PanelJudgeRow>> JudgesAsync(GrantHubDbContext db, Guid editionId, int round)
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
                           where a.EditionId == editionId && a.Round == round && !SetAside(db).Any(x => x.Id == a.Id)
                           group s by a.JudgeUserId into g
                           select new { UserId = g.Key, Load = g.Count(), Started = g.Count(s => s != null) })
            .ToDictionaryAsync(x => x.UserId);
        return rows.Select(r => new PanelJudgeRow(r.Id, r.DisplayName, r.Email ?? "", r.Affiliation, r.Expertise ?? [],
                loads.TryGetValue(r.Id, out var x) ? x.Load : 0, loads.TryGetValue(r.Id, out var y) ? y.Started : 0))
            .OrderBy(r => r.DisplayName, StringComparer.Ordinal).ThenBy(r => r.Email, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Everything the assignments page of a round and its actions decide on: eleven queries, whatever the data size. In
    /// the second round the applications are the shortlisted ones.
    /// </summary>
    public static async Task<PanelFacts?> FactsAsync(GrantHubDbContext db, Guid editionId, int round = Assignment.FirstRound)
    {
        var edition = await EditionAsync(db, editionId);
        if (edition is null) return null;
        var judges = await JudgesAsync(db, editionId, round);

        var shortlist = db.Shortlist.Where(s => s.EditionId == editionId);
        var applications = await (from a in db.Applications
                                   join o in db.Organizations on a.OrganizationId equals o.Id
                                   join c in db.Set<EditionCategory>() on a.CategoryId equals c.Id into cs
                                   from c in cs.DefaultIfEmpty()
                                   where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible
                                         && (round == Assignment.FirstRound || shortlist.Any(s => s.ApplicationId == a.Id))
                                   orderby a.SubmittedAt, a.Id
                                   select new EligibleApplication(a.Id, a.ProjectName, o.Id, o.Name, c == null ? null : c.Name))
            .AsNoTracking().ToListAsync();

        var assignments = await (from a in db.JudgeAssignments
                                 join u in db.Users on a.JudgeUserId equals u.Id
                                 join app in db.Applications on a.ApplicationId equals app.Id
                                 where a.EditionId == editionId && a.Round == round && app.Status == ApplicationStatus.Eligible
                                 select new AssignmentFact(a.Id, a.ApplicationId, a.JudgeUserId, u.DisplayName,
                                     db.ScoreSheets.Any(s => s.AssignmentId == a.Id), SetAside(db).Any(x => x.Id == a.Id)))
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
        var rulings = await (from s in db.LiftedConflictSuggestions
                             join a in db.Applications on s.ApplicationId equals a.Id
                             where a.EditionId == editionId && a.Status == ApplicationStatus.Eligible
                             select new { s.ApplicationId, s.JudgeUserId, s.KindsMask, s.Reason })
            .AsNoTracking().ToListAsync();
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
        // A conflict only the data suggests blocks until the officer lifts it with a reason covering each suggested kind.
        var ruled = rulings.ToDictionary(r => (r.ApplicationId, r.JudgeUserId));
        foreach (var group in suggested)
        {
            if (conflicts.ContainsKey(group.Key) || !names.TryGetValue(group.Key.JudgeUserId, out var name)) continue;
            var kinds = group.ToList();
            var lifted = ruled.TryGetValue(group.Key, out var ruling) && LiftedConflictSuggestion.Covers(ruling.KindsMask, kinds);
            conflicts[group.Key] = new ConflictRow(group.Key.JudgeUserId, name, null, kinds, "", lifted, lifted ? ruling!.Reason : null);
        }

        return new PanelFacts
        {
            EditionId = edition.Id,
            EditionName = edition.Name,
            Round = round,
            HasSecondRound = edition.HasSecondRound,
            SecondRoundOpen = edition.SecondRoundOpenedAt is not null,
            JudgesPerApplication = round == Assignment.SecondRound ? edition.SecondRoundJudgesPerApplication : edition.JudgesPerApplication,
            Categories = edition.Categories,
            Judges = judges,
            Applications = applications,
            Assignments = assignments,
            Conflicts = conflicts,
        };
    }
}
