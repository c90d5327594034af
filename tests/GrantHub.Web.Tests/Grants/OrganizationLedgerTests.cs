using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>An organization's grants across editions: its members read their own, officers any organization's.</summary>
public sealed class OrganizationLedgerTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Members_read_their_own_grants_with_plan_paid_and_remaining_and_export_them()
    {
        var s = await EditionAsync(app, [100_000m, 20_000m]);
        await AgreedAsync(app, s.Funded[0], s.Members[0], GrantHub.Core.Funding.TrancheTemplate.SixtyForty);
        var member = await app.SignedInClientAsync(s.Members[0]);

        var page = await member.GetPageAsync("/organization/grants");

        var row = Assert.Single(page.QuerySelectorAll("#ledger-table tbody tr"));
        Assert.Equal(s.Funded[0].ToString(), row.GetAttribute("data-grant-id"));
        Assert.Equal(Money.FromYuan(100_000m).Fen, long.Parse(page.QuerySelector("#figure-planned")!.GetAttribute("data-fen")!));
        Assert.Equal(Money.FromYuan(100_000m).Fen, long.Parse(page.QuerySelector("#figure-remaining")!.GetAttribute("data-fen")!));
        Assert.Equal("The officer requests tranche {0}", row.QuerySelector(".next-step")!.GetAttribute("data-next"));
        Assert.NotNull((await member.GetPageAsync("/organization")).QuerySelector("a#grants-link[href='/organization/grants']"));

        using var export = await member.GetAsync("/organization/grants.xlsx");
        export.EnsureSuccessStatusCode();
        var rows = new MemoryStream(await export.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("合计", rows[1]["大赛"]);
        Assert.Equal(100_000d, Convert.ToDouble(rows[1]["计划金额（元）"]));
    }

    [Fact]
    public async Task Officers_read_any_organizations_grants_and_the_project_page_tells_the_member_what_unlocks_the_next_tranche()
    {
        var s = await EditionAsync(app, [30_000m]);
        await AgreedAsync(app, s.Funded[0], s.Members[0]);
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        var requester = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var approver = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var payer = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        await PaidAsync(app, s.Funded[0], 1, requester.Id, approver.Id, payer.Id);

        var ledger = await officer.GetPageAsync($"/organizations/{s.OrganizationIds[0]}/grants");
        Assert.Equal(Money.FromYuan(15_000m).Fen, long.Parse(ledger.QuerySelector("#figure-paid")!.GetAttribute("data-fen")!));

        var member = await app.SignedInClientAsync(s.Members[0]);
        var next = (await member.GetPageAsync($"/grants/{s.Funded[0]}")).QuerySelector("#next-tranche")!;
        Assert.Equal("2", next.GetAttribute("data-number"));
        Assert.Equal("MidtermPassed", next.GetAttribute("data-trigger"));
        Assert.Equal("第 2 笔 ¥9,000.00 将在中期评估通过后可申请拨付。", next.TextContent.Trim());
    }
}
