using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// The panel and assignments pages run a fixed number of SQL commands whatever the number of applications, judges,
/// assignments and conflicts: the same count with N applications as with 3N.
/// </summary>
public sealed class AssignmentsQueryCountTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    private const int N = 3;

    [Fact]
    public async Task The_assignments_and_judges_pages_run_as_many_queries_for_3N_applications_as_for_N()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 2);
        var pages = new[] { $"/editions/{editionId}/assignments", $"/editions/{editionId}/judges" };

        await SeedAsync(editionId, N);
        var withN = await CountAsync(officer, pages);
        await SeedAsync(editionId, 2 * N);
        var with3N = await CountAsync(officer, pages);

        var page = await officer.GetPageAsync(pages[0]);
        Assert.Equal(3 * N, page.QuerySelectorAll("#assignment-list > li").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".conflicts li"));
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(withN[i] > 0, $"{pages[i]}: no SQL command counted; is the counter registered?");
            Assert.True(withN[i] == with3N[i], $"{pages[i]}: {withN[i]} SQL commands with N applications, {with3N[i]} with 3N");
        }
    }

    /// <summary>Per application: its organization resident at a center, a judge who is its member, one on its center's staff, and an assignment.</summary>
    private async Task SeedAsync(Guid editionId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (applicationId, organizationId, _) = await app.EligibleApplicationAsync(editionId, $"项目{Guid.NewGuid():N}"[..8]);
            var member = await app.JudgeAsync(editionId, "为老服务");
            var staff = await app.JudgeAsync(editionId);
            await app.MakeMemberAsync(organizationId, member.Id);
            await app.PostToCenterAsync(await app.ResidentAtCenterAsync(organizationId), staff.Id);
            var other = await app.JudgeAsync(editionId);
            await app.WithDbAsync(db =>
            {
                db.JudgeAssignments.Add(new Assignment(editionId, applicationId, other.Id, Assignment.FirstRound, app.Now));
                db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(applicationId, staff.Id, ConflictKind.StaffOfItsCenter, "", app.Now));
                return db.SaveChangesAsync();
            });
        }
    }

    private async Task<int[]> CountAsync(HttpClient client, string[] pages)
    {
        var counts = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            using (var warm = await client.GetAsync(pages[i]))
                Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            app.Commands.Reset();
            using var response = await client.GetAsync(pages[i]);
            counts[i] = app.Commands.Count;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return counts;
    }
}
