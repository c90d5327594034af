using GrantHub.Core.Exports;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>The funding ledger: per grant what was decided, agreed, planned, paid and remains, its tranches, and a totals row.</summary>
public sealed class FundingLedgerTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private string H(string key) => app.Text(key);

    [Fact]
    public async Task Each_grant_has_its_money_in_yuan_and_the_last_row_adds_them_up()
    {
        await W.OfAsync(app);
        var finance = await app.ClientAsync(Roles.FinanceOfficer);

        var export = await app.GenerateAsync(finance, LedgerKind.Funding);
        var rows = (await LedgersFactory.ReadAsync(finance, export)).Single().Value;

        Assert.Equal(3, rows.Count);
        Assert.Equal(3, export.Processed);
        var funded = rows.Where(H("Project name"), "银龄食堂");
        Assert.Equal(W.ElderlyName, funded.Text(H("Organization")));
        Assert.Equal(app.Label(GrantKind.Funding), funded.Text(H("Kind")));
        Assert.Equal(app.Label(GrantStatus.InProgress), funded.Text(H("Status")));
        Assert.Equal(20_000m, funded.Number(H("Decided (yuan)")));
        Assert.Equal(20_000m, funded.Number(H("Agreed (yuan)")));
        Assert.Equal(20_000m, funded.Number(H("Planned (yuan)")));
        Assert.Equal(10_000m, funded.Number(H("Paid (yuan)")));
        Assert.Equal(10_000m, funded.Number(H("Remaining to pay (yuan)")));
        Assert.Equal(1m, funded.Number(H("Tranches paid")));
        Assert.Equal(3m, funded.Number(H("Tranches planned")));
        Assert.Equal(new DateOnly(2026, 7, 1), funded.Date(H("Last paid on")));
        Assert.Equal(new DateOnly(2026, 6, 20), funded.Date(H("Agreement signed on")));

        var award = rows.Where(H("Project name"), "四点半课堂");
        Assert.Equal(app.Label(GrantKind.Award), award.Text(H("Kind")));
        Assert.Equal(3_000m, award.Number(H("Decided (yuan)")));
        Assert.Equal(3_000m, award.Number(H("Agreed (yuan)")));
        Assert.Equal(3_000m, award.Number(H("Paid (yuan)")));
        Assert.Equal(0m, award.Number(H("Remaining to pay (yuan)")));
        Assert.Equal(new DateOnly(2026, 7, 5), award.Date(H("Last paid on")));

        var total = rows[^1];
        Assert.Equal(H("Total"), total.Text(H("Organization")));
        Assert.Equal(app.Text("Grants: {0}", "zh-CN", 2), total.Text(H("Project name")));
        Assert.Null(total.Number(H("No.")));
        Assert.Equal(23_000m, total.Number(H("Decided (yuan)")));
        Assert.Equal(23_000m, total.Number(H("Agreed (yuan)")));
        Assert.Equal(23_000m, total.Number(H("Planned (yuan)")));
        Assert.Equal(13_000m, total.Number(H("Paid (yuan)")));
        Assert.Equal(10_000m, total.Number(H("Remaining to pay (yuan)")));
        Assert.Equal(2m, total.Number(H("Tranches paid")));
        Assert.Equal(4m, total.Number(H("Tranches planned")));
    }

    [Fact]
    public async Task An_edition_without_grants_gives_a_ledger_with_only_its_totals_row()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Funding, editionId: world.OldEdition);
        var total = Assert.Single((await LedgersFactory.ReadAsync(officer, export)).Single().Value);

        Assert.Equal(H("Total"), total.Text(H("Organization")));
        Assert.Equal(0m, total.Number(H("Paid (yuan)")));
    }
}
