using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

public sealed class LedgerQueryCountTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<SeededGrants> EditionWithAsync(int funded)
    {
        var s = await EditionAsync(app, Enumerable.Range(1, funded).Select(i => 10_000m * i).ToArray(), awards: 1);
        // Tranches in the ledger's query too: half of the projects have their agreement.
        for (var i = 0; i < funded; i += 2) await AgreedAsync(app, s.Funded[i], s.Members[i]);
        return s;
    }

    [Fact]
    public async Task The_edition_ledger_its_export_and_the_organization_ledger_run_as_many_queries_for_three_times_the_grants()
    {
        var small = await EditionWithAsync(2);
        var large = await EditionWithAsync(6);
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));
        await finance.GetPageAsync($"/editions/{small.EditionId}/grants");

        async Task<int> CountAsync(Func<Task> request)
        {
            app.Commands.Reset();
            await request();
            return app.Commands.Count;
        }
        var smallPage = await CountAsync(() => finance.GetPageAsync($"/editions/{small.EditionId}/grants"));
        var largePage = await CountAsync(() => finance.GetPageAsync($"/editions/{large.EditionId}/grants"));
        var smallExport = await CountAsync(() => finance.GetAsync($"/editions/{small.EditionId}/grants.xlsx"));
        var largeExport = await CountAsync(() => finance.GetAsync($"/editions/{large.EditionId}/grants.xlsx"));
        var ledgers = await CountAsync(() => finance.GetPageAsync("/grants"));

        Assert.Equal(smallPage, largePage);
        Assert.Equal(smallExport, largeExport);
        Assert.InRange(largePage, 1, 8);
        Assert.InRange(ledgers, 1, 8);
    }
}
