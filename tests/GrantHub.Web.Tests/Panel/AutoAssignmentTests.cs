using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// Automatic assignment gives every eligible application the edition's number of judges, never across a conflict the
/// judge declared or the data suggests (member of the organization, staff of its center), and balances the loads.
/// </summary>
public sealed class AutoAssignmentTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    private static Task<HttpResponseMessage> AutoAssignAsync(HttpClient officer, Guid editionId) =>
        officer.SubmitFormAsync($"/editions/{editionId}/assignments", $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>());

    [Fact]
    public async Task No_judge_is_assigned_across_a_recorded_or_suggested_conflict()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 2);
        var (tiedApplication, tiedOrganization, _) = await app.EligibleApplicationAsync(editionId, "银龄互助食堂");
        var (otherApplication, _, _) = await app.EligibleApplicationAsync(editionId, "四点半课堂", "青少年教育");
        var member = await app.JudgeAsync(editionId);
        var staff = await app.JudgeAsync(editionId);
        var declared = await app.JudgeAsync(editionId);
        var free = await app.JudgeAsync(editionId);
        await app.MakeMemberAsync(tiedOrganization, member.Id);
        await app.PostToCenterAsync(await app.ResidentAtCenterAsync(tiedOrganization), staff.Id);
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(tiedApplication, declared.Id, ConflictKind.Other, "曾为该机构做过督导", app.Now));
            return db.SaveChangesAsync();
        });

        var page = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        var conflicts = page.QuerySelectorAll($"li[data-application-id='{tiedApplication}'] .conflicts li")
            .ToDictionary(c => c.GetAttribute("data-user-id")!, c => c.GetAttribute("data-recorded"));
        Assert.Equal(new Dictionary<string, string?> { [member.Id] = "false", [staff.Id] = "false", [declared.Id] = "true" }, conflicts);

        using (var assigned = await AutoAssignAsync(officer, editionId))
            PanelFactory.Redirected(assigned, $"/editions/{editionId}/assignments");

        var assignments = await app.AssignmentsAsync(editionId);
        var onTied = assignments.Where(a => a.ApplicationId == tiedApplication).Select(a => a.JudgeUserId).ToList();
        Assert.Equal([free.Id], onTied);
        Assert.Equal(2, assignments.Count(a => a.ApplicationId == otherApplication));
        var after = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        Assert.Equal("1", after.QuerySelector($"li[data-application-id='{tiedApplication}'] [data-judge-count]")!.GetAttribute("data-judge-count"));
        Assert.NotNull(after.QuerySelector("#short-count"));
    }

    [Fact]
    public async Task Loads_end_within_one_of_each_other_and_a_second_run_adds_nothing()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 3);
        for (var i = 0; i < 7; i++) await app.EligibleApplicationAsync(editionId, $"项目{i}", i % 2 == 0 ? "为老服务" : "青少年教育");
        var judges = new List<TestUser>();
        for (var i = 0; i < 5; i++) judges.Add(await app.JudgeAsync(editionId, i % 2 == 0 ? "为老服务" : "青少年教育"));

        using (var assigned = await AutoAssignAsync(officer, editionId))
            PanelFactory.Redirected(assigned, $"/editions/{editionId}/assignments");

        var assignments = await app.AssignmentsAsync(editionId);
        Assert.Equal(7 * 3, assignments.Count);
        Assert.All(assignments.GroupBy(a => a.ApplicationId), g => Assert.Equal(3, g.Select(a => a.JudgeUserId).Distinct().Count()));
        var loads = judges.Select(j => assignments.Count(a => a.JudgeUserId == j.Id)).ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, $"loads {string.Join(", ", loads)}");

        var page = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        Assert.True(page.QuerySelector("#auto-assign-form button")!.HasAttribute("disabled"), "nothing left to assign");
        using (await AutoAssignAsync(officer, editionId)) { }
        Assert.Equal(21, await app.WithDbAsync(db => db.JudgeAssignments.CountAsync(a => a.EditionId == editionId)));
    }
}
