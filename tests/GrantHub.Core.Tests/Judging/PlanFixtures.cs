using System.Globalization;
using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Small inputs for <see cref="AssignmentPlanner"/>: applications A01…, judges J01…, readable ids.</summary>
internal static class PlanFixtures
{
    public static Guid App(int n) => Guid.Parse($"01900000-0000-7000-8000-{n:D12}");

    public static string J(int n) => "J" + n.ToString("D2", CultureInfo.InvariantCulture);

    public static List<PlanApplication> Apps(int count, string? category = null) =>
        Enumerable.Range(1, count).Select(n => new PlanApplication(App(n), category)).ToList();

    public static List<PlanJudge> Judges(int count) =>
        Enumerable.Range(1, count).Select(n => new PlanJudge(J(n), [])).ToList();

    public static (Guid, string)[] NoConflicts => [];

    public static int Spread(AssignmentPlan plan) => plan.Loads.Values.Max() - plan.Loads.Values.Min();

    /// <summary>No judge twice on one application.</summary>
    public static void AssertNoDuplicates(AssignmentPlan plan) =>
        Assert.Equal(plan.Assignments.Count, plan.Assignments.Select(a => (a.ApplicationId, a.JudgeUserId)).Distinct().Count());
}
