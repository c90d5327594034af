namespace GrantHub.Core.Judging;

/// <summary>An application to staff: its category name (null when none), and the judges it already has this round.</summary>
public sealed record PlanApplication(Guid Id, string? Category, IReadOnlyCollection<string>? AssignedJudges = null);

/// <summary>A judge of the panel: expertise category names, and how many applications they already have this round.</summary>
public sealed record PlanJudge(string UserId, IReadOnlyCollection<string> Expertise, int Load = 0);

/// <summary>A new assignment; <paramref name="CategoryMatch"/> tells whether the judge is expert in its category.</summary>
public sealed record PlannedAssignment(Guid ApplicationId, string JudgeUserId, bool CategoryMatch);

/// <summary>An application that could not get the judges it needs: too few judges without a conflict.</summary>
public sealed record Shortfall(Guid ApplicationId, int Judges, int Wanted);

public sealed record AssignmentPlan(IReadOnlyList<PlannedAssignment> Assignments, IReadOnlyList<Shortfall> Shortfalls)
{
    /// <summary>Each judge's load after the plan (existing load plus new assignments).</summary>
    public required IReadOnlyDictionary<string, int> Loads { get; init; }
}

/// <summary>
/// Assigns N judges per application (自动分配). Rules, in order of precedence:
/// <list type="number">
/// <item>never a judge with a conflict (recorded or suggested) with the application, never the same judge twice;</item>
/// <item>balanced loads: each slot goes to the least loaded eligible judge, so with enough eligible judges the
/// loads end within one of each other (max − min ≤ 1 when they start that way);</item>
/// <item>among equally loaded judges, one expert in the application's category;</item>
/// <item>then the judge id (ordinal), so the same input always gives the same plan.</item>
/// </list>
/// Slots are filled round by round (every application's first judge, then every second …), the applications with
/// the fewest eligible judges first, so scarce judges go where they are needed. An application with fewer eligible
/// judges than N gets them all and is reported as a <see cref="Shortfall"/>. The order of the inputs does not matter.
/// </summary>
public static class AssignmentPlanner
{
    public static AssignmentPlan Plan(IEnumerable<PlanApplication> applications, IEnumerable<PlanJudge> panel,
        IEnumerable<(Guid ApplicationId, string JudgeUserId)> conflicts, int judgesPerApplication)
    {
        if (judgesPerApplication < 1) throw new ArgumentOutOfRangeException(nameof(judgesPerApplication));
        var judges = panel.DistinctBy(j => j.UserId).OrderBy(j => j.UserId, StringComparer.Ordinal).ToList();
        var blocked = conflicts.ToHashSet();
        var loads = judges.ToDictionary(j => j.UserId, j => j.Load, StringComparer.Ordinal);

        var slots = applications.DistinctBy(a => a.Id)
            .Select(a =>
            {
                var onIt = new HashSet<string>(a.AssignedJudges ?? [], StringComparer.Ordinal);
                var eligible = judges.Where(j => !blocked.Contains((a.Id, j.UserId)) && !onIt.Contains(j.UserId)).ToList();
                return new Slot(a, onIt, eligible);
            })
            .OrderBy(s => s.Eligible.Count).ThenBy(s => s.Application.Id)
            .ToList();

        var planned = new List<PlannedAssignment>();
        for (var round = 0; round < judgesPerApplication; round++)
        {
            foreach (var slot in slots.Where(s => s.OnIt.Count < judgesPerApplication))
            {
                var category = slot.Application.Category;
                var pick = slot.Eligible
                    .Where(j => !slot.OnIt.Contains(j.UserId))
                    .Select(j => (Judge: j, Match: category is not null && j.Expertise.Contains(category)))
                    .OrderBy(c => loads[c.Judge.UserId])
                    .ThenByDescending(c => c.Match)
                    .ThenBy(c => c.Judge.UserId, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (pick.Judge is null) continue;
                slot.OnIt.Add(pick.Judge.UserId);
                loads[pick.Judge.UserId]++;
                planned.Add(new PlannedAssignment(slot.Application.Id, pick.Judge.UserId, pick.Match));
            }
        }

        var shortfalls = slots.Where(s => s.OnIt.Count < judgesPerApplication)
            .OrderBy(s => s.Application.Id)
            .Select(s => new Shortfall(s.Application.Id, s.OnIt.Count, judgesPerApplication))
            .ToList();
        return new AssignmentPlan(planned, shortfalls) { Loads = loads };
    }

    private sealed record Slot(PlanApplication Application, HashSet<string> OnIt, List<PlanJudge> Eligible);
}
