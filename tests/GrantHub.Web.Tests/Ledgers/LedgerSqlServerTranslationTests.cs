using System.Data.Common;
using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// Production runs on SQL Server: every ledger query (counts, the keyset pages on ids, the figures counted per row) and
/// the ledger centre's own reads translate there too, checked without a server by capturing the commands EF sends and
/// answering each with an empty result.
/// </summary>
public sealed class LedgerSqlServerTranslationTests
{
    private sealed class Capture : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            // A count answers 0; any other query, no rows.
            var table = new System.Data.DataTable();
            if (command.CommandText.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal))
            {
                table.Columns.Add("Count", typeof(int));
                table.Rows.Add(0);
            }
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }
    }

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private sealed class Words : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public async Task Every_ledger_query_translates_to_sql_server()
    {
        var capture = new Capture();
        var options = new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=none;User Id=none;Password=none;TrustServerCertificate=true")
            .AddInterceptors(capture, new NoConnection()).Options;
        await using var db = new GrantHubDbContext(options);
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
