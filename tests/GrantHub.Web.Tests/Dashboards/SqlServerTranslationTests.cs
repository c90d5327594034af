using GrantHub.Core.Data;
using GrantHub.Web.Features.Dashboards;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// Production runs on SQL Server: every dashboard query translates there too (China-time years and report lateness
/// computed per row in SQL, money summed in SQL), checked without a server by capturing the commands EF sends and
/// answering each with an empty result.
/// </summary>
public sealed class SqlServerTranslationTests
{
    [Fact]
    public async Task Every_dashboard_query_translates_to_sql_server()
    {
        var capture = new SqlServerWithoutServer();
        await using var db = capture.CreateContext();
        var today = new DateOnly(2026, 9, 1);

        await DashboardQueries.BureauAsync(db, new DashboardFilter { Center = 1, Category = "为老服务", Year = 2026 }, today, true, true);
        await ScopedDashboardQueries.CenterAsync(db, [1, 2], null, 2026, today, isStaff: true);
        await ScopedDashboardQueries.OrganizationAsync(db, Guid.NewGuid(), today);

        Assert.Equal(11 + 13 + 6, capture.Commands.Count);
        Assert.Contains(capture.Commands, c => c.Contains("DATEPART(year, DATEADD(hour, CAST(8.0E0 AS int), [o].[CreatedAt]))", StringComparison.Ordinal));
        Assert.Contains(capture.Commands, c => c.Contains("CAST(DATEADD(hour, CAST(8.0E0 AS int), [p].[FirstSubmittedAt]) AS date) > [p].[DueOn]", StringComparison.Ordinal));
    }
}
