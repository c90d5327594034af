using AngleSharp.Html.Dom;
using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// An edition's ledger shows 20 grants a page, in the export's order, filtered and paged by the database, while its
/// figures add up every grant of the edition.
/// </summary>
public sealed class LedgerPagingTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task The_ledger_pages_the_grants_in_the_exports_order_and_its_figures_count_them_all()
    {
        var s = await EditionAsync(app, Enumerable.Range(1, 21).Select(i => 1_000m * i).ToArray(), awards: 1);
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));
        var ledger = $"/editions/{s.EditionId}/grants";
        static string[] Ids(IHtmlDocument page) =>
            page.QuerySelectorAll("#ledger-table tbody tr").Select(r => r.GetAttribute("data-grant-id")!).ToArray();

        var first = await finance.GetPageAsync(ledger);
        var second = await finance.GetPageAsync($"{ledger}?page=2");
        var beyond = await finance.GetPageAsync($"{ledger}?page=9");
        var awards = await finance.GetPageAsync($"{ledger}?kind=Award");
        var fundedSecond = await finance.GetPageAsync($"{ledger}?kind=Funding&page=2");
        using var export = await finance.GetAsync($"{ledger}.xlsx");

        Assert.Equal(20, Ids(first).Length);
        Assert.Equal(2, Ids(second).Length);
        Assert.Equal(Ids(second), Ids(beyond));
        Assert.Equal(s.All.Order(), Ids(first).Concat(Ids(second)).Select(Guid.Parse).Order());
        export.EnsureSuccessStatusCode();
        var exported = new MemoryStream(await export.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>()
            .SkipLast(1).Select(r => (string)r["项目名称"]).ToList();
        var shown = first.QuerySelectorAll("#ledger-table tbody tr td:first-child > a").Concat(second.QuerySelectorAll("#ledger-table tbody tr td:first-child > a"))
            .Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(exported, shown);
        Assert.Equal([s.Awards[0].ToString()], Ids(awards));
        Assert.Single(Ids(fundedSecond));
        Assert.DoesNotContain(s.Awards[0].ToString(), Ids(fundedSecond));

        // Every page, filtered or not, shows the figures of the whole edition: 21 funded (¥231,000) and an award of ¥3,000.
        foreach (var page in new[] { first, second, awards, fundedSecond })
            Assert.Equal(Money.FromYuan(234_000m).Fen, long.Parse(page.QuerySelector("#figure-decided")!.GetAttribute("data-fen")!));
        static string Pager(IHtmlDocument page) => page.QuerySelector(".pagination")!.ParentElement!.TextContent;
        Assert.Contains("2 / 2", Pager(second), StringComparison.Ordinal);
        Assert.Contains("22", Pager(second), StringComparison.Ordinal);
        Assert.Contains("21", Pager(fundedSecond), StringComparison.Ordinal);
    }
}
