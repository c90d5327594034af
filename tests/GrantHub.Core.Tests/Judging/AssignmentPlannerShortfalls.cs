using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.PlanFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>An application with fewer eligible judges than N gets what there is, and is reported.</summary>
public sealed class AssignmentPlannerShortfalls
{
    [Fact]
    public void An_application_with_too_few_judges_without_a_conflict_is_reported()
    {
        var conflicts = new[] { (App(2), J(1)), (App(2), J(2)), (App(2), J(3)) };

        var plan = AssignmentPlanner.Plan(Apps(2), Judges(4), conflicts, 3);

        Assert.Equal([new Shortfall(App(2), 1, 3)], plan.Shortfalls);
        Assert.Equal([J(4)], plan.Assignments.Where(a => a.ApplicationId == App(2)).Select(a => a.JudgeUserId));
        Assert.Equal(3, plan.Assignments.Count(a => a.ApplicationId == App(1)));
    }

    [Fact]
    public void A_panel_smaller_than_N_reports_every_application()
    {
        var plan = AssignmentPlanner.Plan(Apps(2), Judges(3), NoConflicts, 5);

        Assert.Equal([new Shortfall(App(1), 3, 5), new Shortfall(App(2), 3, 5)], plan.Shortfalls);
    }

    [Fact]
    public void Judges_already_assigned_count_towards_N()
    {
        var apps = new List<PlanApplication> { new(App(1), null, [J(1), J(2)]) };

        var plan = AssignmentPlanner.Plan(apps, Judges(2), NoConflicts, 3);

        Assert.Empty(plan.Assignments);
        Assert.Equal([new Shortfall(App(1), 2, 3)], plan.Shortfalls);
    }

    [Fact]
    public void A_fully_staffed_plan_reports_nothing()
    {
        Assert.Empty(AssignmentPlanner.Plan(Apps(10), Judges(6), NoConflicts, 5).Shortfalls);
    }
}
