using System.Data.Common;
using GrantHub.Core.Data;
using GrantHub.Web.Features.Dashboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// Production runs on SQL Server: every dashboard query translates there too (China-time years and report lateness
/// computed per row in SQL, money summed in SQL), checked without a server by capturing the commands EF sends and
/// answering each with an empty result.
/// </summary>
public sealed class SqlServerTranslationTests
{
    private sealed class Capture : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new System.Data.DataTable().CreateDataReader()));
        }
    }

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());
    }

    [Fact]
    public async Task Every_dashboard_query_translates_to_sql_server()
    {
        var capture = new Capture();
        var options = new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=none;User Id=none;Password=none;TrustServerCertificate=true")
            .AddInterceptors(capture, new NoConnection()).Options;
        await using var db = new GrantHubDbContext(options);
        var today = new DateOnly(2026, 9, 1);

        await DashboardQueries.BureauAsync(db, new DashboardFilter { Center = 1, Category = "为老服务", Year = 2026 }, today, true, true);
        await ScopedDashboardQueries.CenterAsync(db, [1, 2], null, 2026, today, isStaff: true);
        await ScopedDashboardQueries.OrganizationAsync(db, Guid.NewGuid(), today);

        Assert.Equal(11 + 13 + 6, capture.Commands.Count);
        Assert.Contains(capture.Commands, c => c.Contains("DATEPART(year, DATEADD(hour, CAST(8.0E0 AS int), [o].[CreatedAt]))", StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Contains("CAST(DATEADD(hour, CAST(8.0E0 AS int), [p].[FirstSubmittedAt]) AS date) > [p].[DueOn]", StringComparison.Ordinal));
    }
}
