using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>
/// The application pages run a fixed number of SQL commands whatever the amount of data: the same with N applications
/// (and their budget lines) as with 3N. A query per row would show up here.
/// </summary>
public sealed class ApplicationListQueryCountTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private const int N = 8;

    [Fact]
    public async Task Every_application_page_runs_as_many_queries_for_3N_applications_as_for_N()
    {
        var editionId = await app.CreateEditionAsync();
        var pastEditions = new List<Guid>();
        var (memberUser, memberOrg) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var shown = await app.SubmittedApplicationAsync(editionId, memberOrg, memberUser.Id, budgetLines: 2);
        var draft = await member.ApplyAsync(await app.CreateEditionAsync());
        var pages = new (HttpClient Client, string Url)[]
        {
            (officer, $"/editions/{editionId}/applications"),
            (officer, $"/editions/{editionId}/applications?status=Submitted&q=项目"),
            (admin, $"/editions/{editionId}/applications"),
            (member, "/applications"),
            (member, $"/applications/{shown}"),
            (officer, $"/applications/{shown}/screening"),
            (member, ApplicationSteps.StepUrl(draft, 1)),
            (member, ApplicationSteps.StepUrl(draft, 3)),
            (member, ApplicationSteps.StepUrl(draft, 5)),
        };

        await SeedAsync(editionId, N, memberOrg, memberUser.Id, pastEditions);
        var withN = await CountAsync(pages);
        await SeedAsync(editionId, 2 * N, memberOrg, memberUser.Id, pastEditions);
        var with3N = await CountAsync(pages);

        Assert.Equal(3 * (N / 4), (await member.GetPageAsync("/applications")).QuerySelectorAll(".application-card").Length - 2);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(withN[i] > 0, $"{pages[i].Url}: no SQL command counted; is the counter registered?");
            Assert.True(withN[i] == with3N[i], $"{pages[i].Url}: {withN[i]} SQL commands with N applications, {with3N[i]} with 3N");
        }
    }

    private async Task<int[]> CountAsync((HttpClient Client, string Url)[] pages)
    {
        var counts = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            using (var warm = await pages[i].Client.GetAsync(pages[i].Url))
                Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            app.Commands.Reset();
            using var response = await pages[i].Client.GetAsync(pages[i].Url);
            counts[i] = app.Commands.Count;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return counts;
    }

    /// <summary>
    /// <paramref name="count"/> applications of other organizations to the edition, with 1–4 budget lines each, and a
    /// quarter as many earlier applications of the member's organization, each to an edition of its own.
    /// </summary>
    private async Task SeedAsync(Guid editionId, int count, Guid memberOrg, string memberUserId, List<Guid> pastEditions)
    {
        for (var i = 0; i < count; i++)
        {
            var (m, o) = await app.CreateOrganizationAsync();
            await app.SubmittedApplicationAsync(editionId, o, m.Id, project: $"项目{i}", budgetLines: 1 + i % 4);
        }
        for (var i = 0; i < count / 4; i++)
        {
            var past = await app.CreateEditionAsync();
            pastEditions.Add(past);
            await app.SubmittedApplicationAsync(past, memberOrg, memberUserId, project: $"往届项目{pastEditions.Count}", budgetLines: 1 + i % 3);
        }
    }
}
