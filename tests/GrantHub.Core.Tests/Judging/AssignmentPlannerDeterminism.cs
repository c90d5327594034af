using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.PlanFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The same input gives the same plan, in whatever order it comes.</summary>
public sealed class AssignmentPlannerDeterminism
{
    private static (List<PlanApplication> Apps, List<PlanJudge> Judges, List<(Guid, string)> Conflicts) Input()
    {
        var random = new Random(42);
        var apps = Enumerable.Range(1, 30).Select(n => new PlanApplication(App(n), n % 3 == 0 ? "为老服务" : "青少年教育")).ToList();
        var judges = Enumerable.Range(1, 9).Select(n => new PlanJudge(J(n), n % 2 == 0 ? ["为老服务"] : ["青少年教育"], n % 3)).ToList();
        var conflicts = apps.SelectMany(a => judges.Where(_ => random.Next(6) == 0).Select(j => (a.Id, j.UserId))).ToList();
        return (apps, judges, conflicts);
    }

    private static string Describe(AssignmentPlan plan) =>
        string.Join(";", plan.Assignments.Select(a => $"{a.ApplicationId}>{a.JudgeUserId}:{a.CategoryMatch}"))
        + "|" + string.Join(";", plan.Shortfalls);

    [Fact]
    public void Planning_twice_gives_the_same_plan()
    {
        var (apps, judges, conflicts) = Input();

        Assert.Equal(Describe(AssignmentPlanner.Plan(apps, judges, conflicts, 5)), Describe(AssignmentPlanner.Plan(apps, judges, conflicts, 5)));
    }

    [Fact]
    public void Shuffled_inputs_give_the_same_plan()
    {
        var (apps, judges, conflicts) = Input();
        var shuffle = new Random(3);

        var original = AssignmentPlanner.Plan(apps, judges, conflicts, 5);
        var shuffled = AssignmentPlanner.Plan(apps.OrderBy(_ => shuffle.Next()).ToList(), judges.OrderBy(_ => shuffle.Next()).ToList(),
            conflicts.OrderBy(_ => shuffle.Next()).ToList(), 5);

        Assert.Equal(Describe(original), Describe(shuffled));
    }
}
