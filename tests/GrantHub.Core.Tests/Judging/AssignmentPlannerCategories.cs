using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.PlanFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Among equally loaded judges, one expert in the application's category is preferred; balance comes first.</summary>
public sealed class AssignmentPlannerCategories
{
    private static readonly List<PlanJudge> Panel =
    [
        new(J(1), ["青少年教育"]),
        new(J(2), ["为老服务"]),
        new(J(3), ["社区治理"]),
    ];

    [Fact]
    public void Each_application_goes_to_the_judge_expert_in_its_category()
    {
        var apps = new List<PlanApplication>
        {
            new(App(1), "为老服务"), new(App(2), "社区治理"), new(App(3), "青少年教育"),
        };

        var plan = AssignmentPlanner.Plan(apps, Panel, NoConflicts, 1);

        Assert.All(plan.Assignments, a => Assert.True(a.CategoryMatch));
        Assert.Equal(J(2), plan.Assignments.Single(a => a.ApplicationId == App(1)).JudgeUserId);
        Assert.Equal(J(3), plan.Assignments.Single(a => a.ApplicationId == App(2)).JudgeUserId);
        Assert.Equal(J(1), plan.Assignments.Single(a => a.ApplicationId == App(3)).JudgeUserId);
    }

    [Fact]
    public void Balance_comes_before_the_category()
    {
        // Three applications for the elderly; only J02 is expert, but giving all three to J02 would unbalance the panel.
        var plan = AssignmentPlanner.Plan(Apps(3, "为老服务"), Panel, NoConflicts, 1);

        Assert.Equal(0, Spread(plan));
        Assert.Single(plan.Assignments, a => a.CategoryMatch);
        Assert.Equal(J(2), plan.Assignments.Single(a => a.CategoryMatch).JudgeUserId);
    }

    [Fact]
    public void An_application_without_a_category_takes_any_judge()
    {
        var plan = AssignmentPlanner.Plan(Apps(3), Panel, NoConflicts, 1);

        Assert.Equal(3, plan.Assignments.Count);
        Assert.All(plan.Assignments, a => Assert.False(a.CategoryMatch));
    }
}
