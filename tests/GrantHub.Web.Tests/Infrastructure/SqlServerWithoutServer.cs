using System.Data.Common;
using GrantHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>
/// Production runs on SQL Server: a context on the SQL Server provider that never connects. Every command EF sends is
/// captured and answered with an empty result (a <c>COUNT(*)</c> with 0), so a test proves a query translates to
/// SQL Server and reads the SQL it became, without a server.
/// </summary>
internal sealed class SqlServerWithoutServer : DbCommandInterceptor
{
    public List<string> Commands { get; } = [];

    public GrantHubDbContext CreateContext() => new(new DbContextOptionsBuilder<GrantHubDbContext>()
        .UseSqlServer("Server=127.0.0.1,1;Database=none;User Id=none;Password=none;TrustServerCertificate=true")
        .AddInterceptors(this, new NoConnection()).Options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
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

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());
    }
}
