using System.Data.Common;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Features.Grants;
using GrantHub.Web.Tests.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// The ledgers add up in the database: the same grants cost the same queries and read the same number of rows whether
/// their agreements have one tranche or three, and the figures still come out right.
/// </summary>
public sealed class LedgerReadsTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    /// <summary>Counts the commands sent and the reads of their results.</summary>
    private sealed class Reads : DbCommandInterceptor
    {
        public int Commands { get; private set; }

        public int Rows { get; private set; }

        public void Reset() => (Commands, Rows) = (0, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands++;
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Rows += eventData.ReadCount;
            return result;
        }
    }

    /// <summary>Three funded projects (¥10,000, ¥20,000, ¥30,000) agreed with <paramref name="template"/>; the first one's first tranche paid.</summary>
    private async Task<SeededGrants> EditionAsync(TrancheTemplate template)
    {
        var s = await GrantSeed.EditionAsync(app, [10_000m, 20_000m, 30_000m]);
        for (var i = 0; i < s.Funded.Length; i++) await AgreedAsync(app, s.Funded[i], s.Members[i], template);
        var requester = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        await PaidAsync(app, s.Funded[0], 1, requester.Id, finance.Id, finance.Id);
        return s;
    }

    private async Task<(T Result, int Commands, int Rows)> MeasureAsync<T>(Func<GrantHubDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reads = new Reads();
        var options = new DbContextOptionsBuilder<GrantHubDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<GrantHubDbContext>>())
            .AddInterceptors(reads).Options;
        await using var db = new GrantHubDbContext(options);
        var result = await read(db);
        return (result, reads.Commands, reads.Rows);
    }

    [Fact]
    public async Task The_ledgers_read_as_many_rows_for_three_tranches_a_grant_as_for_one()
    {
        var one = await EditionAsync(TrancheTemplate.Single);
        var three = await EditionAsync(TrancheTemplate.FiftyThirtyTwenty);
        var filter = new LedgerFilter();

        var pageOfOne = await MeasureAsync(db => GrantQueries.EditionLedgerAsync(db, one.EditionId, filter, true));
        var pageOfThree = await MeasureAsync(db => GrantQueries.EditionLedgerAsync(db, three.EditionId, filter, true));
        var exportOfOne = await MeasureAsync(db => GrantQueries.LedgerAsync(db, g => g.EditionId == one.EditionId));
        var exportOfThree = await MeasureAsync(db => GrantQueries.LedgerAsync(db, g => g.EditionId == three.EditionId));
        var organizationOfOne = await MeasureAsync(db => GrantQueries.OrganizationLedgerAsync(db, one.OrganizationIds[0], own: true));
        var organizationOfThree = await MeasureAsync(db => GrantQueries.OrganizationLedgerAsync(db, three.OrganizationIds[0], own: true));
        var ledgers = await MeasureAsync(GrantQueries.EditionsAsync);

        // A reader's read count includes the last read, which finds no more rows: one more per command.
        Assert.Equal((2, 2 + 4), (pageOfOne.Commands, pageOfOne.Rows));
        Assert.Equal((pageOfOne.Commands, pageOfOne.Rows), (pageOfThree.Commands, pageOfThree.Rows));
        Assert.Equal((1, 4), (exportOfOne.Commands, exportOfOne.Rows));
        Assert.Equal((exportOfOne.Commands, exportOfOne.Rows), (exportOfThree.Commands, exportOfThree.Rows));
        Assert.Equal((2, 2 + 2), (organizationOfOne.Commands, organizationOfOne.Rows));
        Assert.Equal((organizationOfOne.Commands, organizationOfOne.Rows), (organizationOfThree.Commands, organizationOfThree.Rows));
        Assert.Equal(1, ledgers.Commands);

        // The figures are the database's sums: ¥60,000 agreed; paid the first tranche of the ¥10,000 project.
        var totals = pageOfThree.Result!.Totals;
        Assert.Equal(new LedgerTotals(3, Money.FromYuan(60_000m), Money.FromYuan(60_000m), Money.FromYuan(60_000m), Money.FromYuan(5_000m),
            Money.Zero, Money.FromYuan(55_000m)), totals);
        Assert.Equal(Money.FromYuan(10_000m), pageOfOne.Result!.Totals.Paid);
        Assert.Equal(Money.FromYuan(60_000m), pageOfThree.Result.Decided);
        Assert.Equal(totals, Assert.Single(ledgers.Result, e => e.EditionId == three.EditionId).Totals);
        Assert.Equal(totals, LedgerTotals.Of(exportOfThree.Result));
        var paidRow = Assert.Single(pageOfThree.Result.Rows.Items, r => r.Id == three.Funded[0]);
        Assert.Equal((Money.FromYuan(10_000m), Money.FromYuan(5_000m), Money.FromYuan(5_000m)), (paidRow.Planned, paidRow.Paid, paidRow.Remaining));
        Assert.Equal(new NextStep("Mid-term evaluation (tranche {0})", [2]).Key, paidRow.Next.Key);
        Assert.Equal([2], paidRow.Next.Args);
        Assert.Equal(Money.FromYuan(10_000m), Assert.Single(organizationOfOne.Result!.Rows).Paid);
    }

    [Fact]
    public async Task A_stopped_project_s_cancelled_tranches_leave_the_remaining_amount_and_show_as_cancelled()
    {
        var s = await EditionAsync(TrancheTemplate.FiftyThirtyTwenty);
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        await app.WithDbAsync(async db =>
        {
            var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == s.Funded[0]);
            grant.Stop(officer.Id, "中期评估不合格。", app.Now);
            return await db.SaveChangesAsync();
        });

        var (page, _, _) = await MeasureAsync(db => GrantQueries.EditionLedgerAsync(db, s.EditionId, new LedgerFilter(), true));

        var stopped = Assert.Single(page!.Rows.Items, r => r.Id == s.Funded[0]);
        Assert.Equal((Money.FromYuan(5_000m), Money.FromYuan(5_000m), Money.FromYuan(5_000m), Money.Zero),
            (stopped.Planned, stopped.Paid, stopped.Cancelled, stopped.Remaining));
        Assert.Equal(("Stopped", true), (stopped.Next.Key, stopped.Next.Done));
        Assert.Equal((Money.FromYuan(55_000m), Money.FromYuan(5_000m), Money.FromYuan(50_000m)), (page.Totals.Planned, page.Totals.Cancelled, page.Totals.Remaining));
    }
}
