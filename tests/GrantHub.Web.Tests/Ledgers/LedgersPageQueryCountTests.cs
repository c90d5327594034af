using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>The ledger centre and its progress JSON run as many queries for many exports, editions and centers as for few.</summary>
public sealed class LedgersPageQueryCountTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private Task AddAsync(string userId, int exports, int editions, int centers) => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < exports; i++)
        {
            var export = ExportJob.Request(userId, LedgerKind.Funding, null, 2026, null, false, "zh-CN", "资金拨付台账-2026-11-26.xlsx", app.Now.AddMinutes(-i));
            if (i % 3 > 0) export.Start(100, app.Now);
            if (i % 3 == 2) export.Complete("x.xlsx", 2048, 100, app.Now);
            db.ExportJobs.Add(export);
        }
        await db.SaveChangesAsync();
        return 0;
    }).ContinueWith(async _ =>
    {
        for (var i = 0; i < editions; i++) await app.EditionAsync(2020 + i, $"第{i}届公益创投-{Guid.NewGuid():N}"[..16]);
        for (var i = 0; i < centers; i++) await app.CenterAsync($"孵化中心-{Guid.NewGuid():N}"[..12]);
    }).Unwrap();

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        app.Commands.Reset();
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return app.Commands.Count;
    }

    [Fact]
    public async Task The_page_and_its_json_cost_the_same_for_three_times_the_exports_editions_and_centers()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var client = await app.SignedInClientAsync(officer);

        await AddAsync(officer.Id, exports: 3, editions: 1, centers: 1);
        var fewPage = await CountAsync(client, "/ledgers");
        var fewJson = await CountAsync(client, "/ledgers/exports.json");
        await AddAsync(officer.Id, exports: 6, editions: 2, centers: 2);
        var manyPage = await CountAsync(client, "/ledgers");
        var manyJson = await CountAsync(client, "/ledgers/exports.json");

        Assert.Equal(fewPage, manyPage);
        Assert.Equal(fewJson, manyJson);
        Assert.InRange(manyPage, 1, 6);
        Assert.InRange(manyJson, 1, 3);
    }

    [Fact]
    public async Task Center_staff_get_their_page_in_a_fixed_number_of_queries_too()
    {
        var a = await app.CenterAsync("嘉禾社区孵化中心");
        var b = await app.CenterAsync("华兴新村社区孵化中心");
        var staff = await app.StaffAsync(a, b);
        var client = await app.SignedInClientAsync(staff);

        await AddAsync(staff.Id, exports: 2, editions: 0, centers: 0);
        var few = await CountAsync(client, "/ledgers");
        await AddAsync(staff.Id, exports: 6, editions: 1, centers: 2);
        var many = await CountAsync(client, "/ledgers");

        Assert.Equal(few, many);
    }
}
