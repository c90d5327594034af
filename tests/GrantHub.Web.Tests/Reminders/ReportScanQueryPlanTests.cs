using GrantHub.Core.Data;
using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// The reminder scan reads reports through the (Status, DueOn) index, a range on the due date: it costs what is due, not
/// every report ever scheduled. SQLite's EXPLAIN QUERY PLAN of the job's own query shows it.
/// </summary>
public sealed class ReportScanQueryPlanTests(RemindersFactory app, ITestOutputHelper output) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task The_report_scan_searches_the_status_and_due_date_index_and_never_scans_the_reports()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var plan = await PlanAsync(db, new DueReminders(db).ReportsInWindow(app.Today));
        output.WriteLine(string.Join("\n", plan));

        Assert.Contains(plan, line => line.Contains("USING INDEX IX_ProjectReports_Status_DueOn (Status=? AND DueOn>? AND DueOn<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal));
    }

    internal static async Task<List<string>> PlanAsync<T>(GrantHubDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
