using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Web.Features.Grants;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// Production runs on SQL Server: the ledgers' queries translate there too, with every sum of tranches made by the
/// database, checked without a server by capturing the commands EF sends and answering each with an empty result.
/// (SQLite runs them for real in the other ledger tests.)
/// </summary>
public sealed class LedgerSqlServerTranslationTests
{
    [Fact]
    public async Task Every_ledger_query_translates_to_sql_server_and_sums_the_tranches_there()
    {
        var capture = new SqlServerWithoutServer();
        await using var db = capture.CreateContext();
        var editionId = Guid.NewGuid();

        await GrantQueries.EditionsAsync(db);
        await GrantQueries.EditionLedgerAsync(db, editionId, new LedgerFilter { Kind = GrantKind.Funding, Status = GrantStatus.InProgress }, true);
        await GrantQueries.LedgerPageAsync(db, editionId, new LedgerFilter { Kind = GrantKind.Funding, Status = GrantStatus.InProgress }, 2);
        await GrantQueries.LedgerAsync(db, g => g.EditionId == editionId);
        await GrantQueries.OrganizationLedgerAsync(db, Guid.NewGuid(), own: true);

        Assert.Equal(5, capture.Commands.Count);
        var (editions, figures, page, export) = (capture.Commands[0], capture.Commands[1], capture.Commands[2], capture.Commands[3]);
        Assert.All(new[] { editions, figures, page, export }, c => Assert.Contains("SUM(", c, StringComparison.Ordinal));
        Assert.All(new[] { editions, figures, page, export }, c => Assert.Contains("[Tranches]", c, StringComparison.Ordinal));
        Assert.Contains("OFFSET", page, StringComparison.Ordinal);
        Assert.Contains("FETCH NEXT", page, StringComparison.Ordinal);
        // The next open tranche of each row: a TOP(1) subquery on the grant's tranches, never a window over all of them.
        Assert.Contains("SELECT TOP(1) [t2].[Number]", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ROW_NUMBER", page, StringComparison.Ordinal);
    }
}
