using System.Text.Json;
using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.OpenData;

/// <summary>
/// The figures are computed from the records, never stored: decisions count once their results are published, and a
/// payment recorded shows at once in the paid amount.
/// </summary>
public sealed class OpenDataFiguresTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<JsonElement> FiguresOfAsync(Guid editionId)
    {
        var json = JsonDocument.Parse(await app.CreateBrowserClient().GetStringAsync("/open-data/summary.json")).RootElement;
        var name = await app.WithDbAsync(db => db.Editions.Where(e => e.Id == editionId).Select(e => e.Name).SingleAsync());
        return json.GetProperty("editions").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Decisions_count_only_once_the_results_are_published()
    {
        var s = await EditionAsync(app);

        var before = await FiguresOfAsync(s.EditionId);
        Assert.Equal(0, before.GetProperty("fundedCount").GetInt32());
        Assert.Equal(3, before.GetProperty("applications").GetInt32());

        await PublishAsync(await OfficerAsync(app), s.EditionId);

        var after = await FiguresOfAsync(s.EditionId);
        Assert.Equal(1, after.GetProperty("fundedCount").GetInt32());
        Assert.Equal(450.00m, after.GetProperty("fundedAmount").GetDecimal());
        Assert.Equal(1, after.GetProperty("awardedCount").GetInt32());
        Assert.Equal(300.00m, after.GetProperty("awardedAmount").GetDecimal());
    }

    [Fact]
    public async Task A_payment_recorded_shows_at_once_in_the_paid_amount()
    {
        var s = await EditionAsync(app);
        await PublishAsync(await OfficerAsync(app), s.EditionId);
        Assert.Equal(0m, (await FiguresOfAsync(s.EditionId)).GetProperty("paidAmount").GetDecimal());

        // The award's single tranche, paid through the four-eyes steps.
        await app.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.ApplicationId == s.Awarded);
            var publicity = await db.Publicities.SingleAsync(p => p.EditionId == s.EditionId);
            var decisions = await db.Decisions.Where(d => d.EditionId == s.EditionId).ToListAsync();
            publicity.Finalize([], decisions, s.Members[0].Id, publicity.PeriodEndUtc.AddHours(1));
            var grant = Grant.Open(decision, s.OrganizationIds[1], app.Now);
            var tranche = grant.Tranches.Single();
            tranche.Request(s.Members[0].Id, app.Now);
            tranche.Approve(s.Members[1].Id, app.Now);
            tranche.Pay(s.Members[1].Id, "OPEN-DATA-1", ChinaTime.Today(app.Clock), ChinaTime.Today(app.Clock), app.Now);
            db.Grants.Add(grant);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(300.00m, (await FiguresOfAsync(s.EditionId)).GetProperty("paidAmount").GetDecimal());
        var csv = await app.CreateBrowserClient().GetStringAsync("/open-data/projects.csv");
        Assert.Contains("四点半课堂", csv);
        Assert.Contains(",300.00,300.00", csv);
    }
}
