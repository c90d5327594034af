using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// The edition's funding ledger (资金台账): pool, decided, agreed, paid, remaining and the pool not committed, a row per
/// grant with its next step, and the Excel export with a totals row.
/// </summary>
public sealed class LedgerTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    /// <summary>
    /// Pool ¥500,000. Funded ¥100,000 (agreed 50/30/20, tranche 1 of ¥50,000 paid) and ¥40,000 (awaiting its
    /// agreement); one award of ¥3,000 (payable, not paid).
    /// </summary>
    private async Task<SeededGrants> SmallEditionAsync()
    {
        var s = await EditionAsync(app, [100_000m, 40_000m], awards: 1, poolYuan: 500_000m);
        await AgreedAsync(app, s.Funded[0], s.Members[0]);
        var requester = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var approver = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var payer = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        await PaidAsync(app, s.Funded[0], 1, requester.Id, approver.Id, payer.Id);
        return s;
    }

    [Fact]
    public async Task The_ledger_adds_up_the_pool_the_decisions_the_agreements_and_the_payments()
    {
        var s = await SmallEditionAsync();
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));

        var page = await finance.GetPageAsync($"/editions/{s.EditionId}/grants");

        long Figure(string id) => long.Parse(page.QuerySelector($"#figure-{id}")!.GetAttribute("data-fen")!);
        Assert.Equal(Money.FromYuan(500_000m).Fen, Figure("pool"));
        Assert.Equal(Money.FromYuan(143_000m).Fen, Figure("decided"));
        Assert.Equal(Money.FromYuan(103_000m).Fen, Figure("agreed"));
        Assert.Equal(Money.FromYuan(50_000m).Fen, Figure("paid"));
        Assert.Equal(Money.FromYuan(53_000m).Fen, Figure("remaining"));
        Assert.Equal(Money.FromYuan(357_000m).Fen, Figure("not-committed"));
        var rows = page.QuerySelectorAll("#ledger-table tbody tr");
        Assert.Equal(3, rows.Length);
        var waiting = page.QuerySelector($"tr[data-grant-id='{s.Funded[1]}']")!;
        Assert.Equal("AwaitingAgreement", waiting.QuerySelector(".grant-status")!.GetAttribute("data-status"));
        Assert.Equal("The officer drafts the agreement", waiting.QuerySelector(".next-step")!.GetAttribute("data-next"));
        Assert.Equal("The officer requests tranche {0}", page.QuerySelector($"tr[data-grant-id='{s.Awards[0]}'] .next-step")!.GetAttribute("data-next"));

        var awards = await finance.GetPageAsync($"/editions/{s.EditionId}/grants?kind=Award");
        Assert.Equal([s.Awards[0].ToString()], awards.QuerySelectorAll("#ledger-table tbody tr").Select(r => r.GetAttribute("data-grant-id")));
        Assert.Equal(Money.FromYuan(143_000m).Fen, long.Parse(awards.QuerySelector("#figure-decided")!.GetAttribute("data-fen")!));
    }

    [Fact]
    public async Task The_export_opens_with_a_row_per_grant_and_the_totals()
    {
        var s = await SmallEditionAsync();
        var officer = await OfficerAsync(app);

        using var response = await officer.GetAsync($"/editions/{s.EditionId}/grants.xlsx");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, rows.Count);
        var total = rows[^1];
        Assert.Equal("合计", total["项目名称"]);
        Assert.Equal(143_000d, Convert.ToDouble(total["决定金额（元）"]));
        Assert.Equal(103_000d, Convert.ToDouble(total["协议金额（元）"]));
        Assert.Equal(50_000d, Convert.ToDouble(total["已拨付（元）"]));
        Assert.Equal(53_000d, Convert.ToDouble(total["待拨付（元）"]));
        Assert.Equal(rows.Take(3).Sum(r => Convert.ToDouble(r["协议金额（元）"])), Convert.ToDouble(total["协议金额（元）"]));
    }

    [Fact]
    public async Task The_ledgers_page_lists_the_edition_with_its_figures()
    {
        var s = await SmallEditionAsync();
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));

        var page = await finance.GetPageAsync("/grants");

        Assert.NotNull(page.QuerySelector($"tr[data-edition-id='{s.EditionId}'] a[href='/editions/{s.EditionId}/grants']"));
        Assert.NotNull(page.QuerySelector("a#nav-ledgers[href='/grants']"));
        var overview = await (await OfficerAsync(app)).GetPageAsync($"/editions/{s.EditionId}");
        Assert.NotNull(overview.QuerySelector($"a#grants-link[href='/editions/{s.EditionId}/grants']"));
    }

    [Fact]
    public async Task An_edition_without_final_results_has_an_empty_ledger_with_its_pool()
    {
        var editionId = await app.CreateEditionAsync();
        var officer = await OfficerAsync(app);

        var page = await officer.GetPageAsync($"/editions/{editionId}/grants");

        Assert.NotNull(page.QuerySelector("#no-grants"));
        Assert.Equal(Money.FromYuan(400_000m).Fen, long.Parse(page.QuerySelector("#figure-not-committed")!.GetAttribute("data-fen")!));
    }
}
