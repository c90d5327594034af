using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Resources;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// Production runs on SQL Server: every ledger query (counts, the keyset pages on ids, the figures counted per row) and
/// the ledger centre's own reads translate there too, checked without a server by capturing the commands EF sends and
/// answering each with an empty result.
/// </summary>
public sealed class LedgerSqlServerTranslationTests
{
    private sealed class Words : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public async Task Every_ledger_query_translates_to_sql_server()
    {
        var capture = new SqlServerWithoutServer();
        await using var db = capture.CreateContext();
        var scope = new LedgerScope(Guid.NewGuid(), 2026, [1, 2], new DateOnly(2026, 11, 26));
        var l = new Words();
        var edition = Guid.NewGuid();
        var after = Guid.NewGuid();

        foreach (var kind in LedgerAccess.All) await Ledger.For(kind, db, l, scope).CountAsync(CancellationToken.None);
        var organizations = new OrganizationsLedger(db, l, scope);
        await organizations.OrganizationsPage(after).ToListAsync();
        await organizations.ResidenciesOf([Guid.NewGuid()]).ToListAsync();
        await new ApplicationsLedger(db, l, scope).Page(edition, after).ToListAsync();
        await new FundingLedger(db, l, scope).Page(edition, after).ToListAsync();
        await new ReportsLedger(db, l, scope).ReportsPage(edition, after).ToListAsync();
        await new ReportsLedger(db, l, scope).EvaluationsPage(edition, after).ToListAsync();
        await LedgerQueries.EditionsAsync(db);
        await LedgerQueries.CentersAsync(db, [1]);
        await LedgerQueries.ExportsAsync(db, "user", DateTime.UtcNow);

        Assert.Equal(5 + 6 + 3, capture.Commands.Count);
        Assert.Contains(capture.Commands, c => c.Contains("[o].[Id] > @", StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Contains("[a].[Id] > @", StringComparison.Ordinal));
        Assert.All(capture.Commands.Where(c => c.Contains("TOP(@", StringComparison.Ordinal)), c => Assert.Contains("ORDER BY", c));
    }
}
