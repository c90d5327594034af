using System.Net;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Editions;

/// <summary>
/// The edition pages run a fixed number of SQL commands whatever the number of editions and applications: the same
/// count with N editions as with 3N (each with applications in several statuses). A query per row would show up here.
/// </summary>
public sealed class EditionListQueryCountTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    private const int N = 5;

    [Fact]
    public async Task The_edition_and_competition_pages_run_as_many_queries_for_3N_editions_as_for_N()
    {
        var officer = await app.OfficerAsync();
        var anonymous = app.CreateBrowserClient();
        var shown = await app.EditionAsync(opensInDays: -1);
        var pages = new (HttpClient Client, string Url)[]
        {
            (officer, "/editions"),
            (officer, $"/editions/{shown}"),
            (officer, $"/editions/{shown}/rubric"),
            (officer, $"/editions/{shown}/categories"),
            (anonymous, "/competitions"),
            (anonymous, $"/competitions/{shown}"),
        };

        await SeedAsync(N, shown);
        var withN = await CountAsync(pages);
        await SeedAsync(2 * N, shown);
        var with3N = await CountAsync(pages);

        var list = await officer.GetPageAsync("/editions");
        Assert.Equal(3 * N + 1, list.QuerySelectorAll("#editions-table tbody tr").Length);
        var counts = list.QuerySelectorAll($"tr[data-edition-id='{shown}'] .application-counts [data-status]")
            .ToDictionary(b => b.GetAttribute("data-status")!, b => int.Parse(b.GetAttribute("data-count")!));
        Assert.Equal(new Dictionary<string, int> { ["Draft"] = 3 * 2 * N, ["Withdrawn"] = 3 * N }, counts);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(withN[i] > 0, $"{pages[i].Url}: no SQL command counted; is the counter registered?");
            Assert.True(withN[i] == with3N[i], $"{pages[i].Url}: {withN[i]} SQL commands with N editions, {with3N[i]} with 3N");
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
    /// <paramref name="count"/> more editions (drafts, open, upcoming and closed in turn), each open one with two draft
    /// applications and a withdrawn one; and as many applications again for the edition whose pages are measured.
    /// </summary>
    private async Task SeedAsync(int count, Guid shown)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add(await app.EditionAsync(published: i % 4 != 0, opensInDays: (i % 4) switch { 1 => -2, 2 => 7, 3 => -90, _ => -2 }, days: 30,
                more: e => e.SetCategories(["为老服务", "青少年教育", $"类别{i}"], ChinaTime.StartOfDayUtc(e.OpensOn).AddDays(-1))));
        await app.WithDbAsync(async db =>
        {
            var open = await db.Editions.Include(e => e.Categories).Where(e => ids.Contains(e.Id) || e.Id == shown).ToListAsync();
            foreach (var edition in open.Where(e => e.IsOpen(app.Now)))
            {
                var times = edition.Id == shown ? count : 1;
                for (var t = 0; t < times; t++)
                {
                    foreach (var withdraw in new[] { false, false, true })
                    {
                        var organization = Organization.RecordOnBehalf($"社区{Guid.NewGuid():N}"[..10] + "服务队", OrganizationType.CommunityOrganization,
                            $"QC-{Guid.NewGuid():N}"[..10], "王会长", "13912345678", app.Now);
                        db.Organizations.Add(organization);
                        var application = Application.Start(edition, organization.Id, "seed-user", app.Now);
                        if (withdraw) application.Withdraw(edition, app.Now);
                        db.Applications.Add(application);
                    }
                }
            }
            return await db.SaveChangesAsync();
        });
    }
}
