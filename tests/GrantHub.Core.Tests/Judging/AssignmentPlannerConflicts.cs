using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.PlanFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>No assignment across a conflict, whatever else the plan wants.</summary>
public sealed class AssignmentPlannerConflicts
{
    [Fact]
    public void A_conflicted_judge_is_never_assigned_even_when_least_loaded()
    {
        // J01 has no load at all and would be everyone's first pick; it is conflicted with application 1.
        var judges = new List<PlanJudge> { new(J(1), [], 0), new(J(2), [], 5), new(J(3), [], 5) };

        var plan = AssignmentPlanner.Plan(Apps(1), judges, [(App(1), J(1))], 2);

        Assert.Equal([J(2), J(3)], plan.Assignments.Select(a => a.JudgeUserId).Order());
        Assert.Empty(plan.Shortfalls);
    }

    [Fact]
    public void Across_a_large_panel_with_many_conflicts_no_pair_is_crossed()
    {
        var random = new Random(20260601);
        var apps = Apps(60);
        var judges = Judges(15);
        var conflicts = apps.SelectMany(a => judges.Where(_ => random.Next(4) == 0).Select(j => (a.Id, j.UserId))).ToHashSet();
        Assert.True(conflicts.Count > 100, "the example needs many conflicts");

        var plan = AssignmentPlanner.Plan(apps, judges, conflicts, 5);

        Assert.DoesNotContain(plan.Assignments, a => conflicts.Contains((a.ApplicationId, a.JudgeUserId)));
        AssertNoDuplicates(plan);
        Assert.Equal(60 * 5, plan.Assignments.Count);
    }

    [Fact]
    public void A_judge_already_on_the_application_is_not_assigned_again_and_counts()
    {
        var apps = new List<PlanApplication> { new(App(1), null, [J(1)]) };

        var plan = AssignmentPlanner.Plan(apps, Judges(3), NoConflicts, 2);

        var added = Assert.Single(plan.Assignments);
        Assert.NotEqual(J(1), added.JudgeUserId);
        Assert.Empty(plan.Shortfalls);
    }
}
