using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.PlanFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Loads end within one of each other where the conflicts allow it.</summary>
public sealed class AssignmentPlannerLoadBalance
{
    [Fact]
    public void Twenty_one_slots_over_five_judges_give_loads_of_four_and_five()
    {
        var plan = AssignmentPlanner.Plan(Apps(7), Judges(5), NoConflicts, 3);

        Assert.Equal(21, plan.Assignments.Count);
        Assert.Equal([4, 4, 4, 4, 5], plan.Loads.Values.Order());
    }

    [Fact]
    public void Judges_who_already_carry_a_load_get_fewer_new_applications()
    {
        var judges = new List<PlanJudge> { new(J(1), [], 4), new(J(2), [], 0), new(J(3), [], 0) };

        var plan = AssignmentPlanner.Plan(Apps(8), judges, NoConflicts, 1);

        Assert.Equal(0, plan.Assignments.Count(a => a.JudgeUserId == J(1)));
        Assert.Equal(4, plan.Loads[J(2)]);
        Assert.Equal(4, plan.Loads[J(3)]);
        Assert.Equal(0, Spread(plan));
    }

    [Fact]
    public void With_scattered_conflicts_the_loads_still_end_within_one()
    {
        var random = new Random(7);
        var apps = Apps(40);
        var judges = Judges(12);
        var conflicts = apps.SelectMany(a => judges.Where(_ => random.Next(10) == 0).Select(j => (a.Id, j.UserId))).ToList();
        Assert.NotEmpty(conflicts);

        var plan = AssignmentPlanner.Plan(apps, judges, conflicts, 5);

        Assert.Empty(plan.Shortfalls);
        Assert.True(Spread(plan) <= 1, $"loads {string.Join(",", plan.Loads.Values)}");
    }

    [Fact]
    public void Scarce_judges_go_first_to_the_applications_that_need_them()
    {
        // Application 2 may only have J01 (a conflict with J02); application 1 may have either. Staffing application 1
        // first with J01 (the first by id) would leave J01 with both and J02 with none.
        var plan = AssignmentPlanner.Plan(Apps(2), Judges(2), [(App(2), J(2))], 1);

        Assert.Equal(J(1), plan.Assignments.Single(a => a.ApplicationId == App(2)).JudgeUserId);
        Assert.Equal(J(2), plan.Assignments.Single(a => a.ApplicationId == App(1)).JudgeUserId);
        Assert.Equal(0, Spread(plan));
    }
}
