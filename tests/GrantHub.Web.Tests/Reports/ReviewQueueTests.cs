using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The officer's queue puts submitted reports first, then overdue ones (the most late first), filters by edition and
/// status, and costs the same number of SQL commands whatever the number of reports.
/// </summary>
public sealed class ReviewQueueTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task Submitted_reports_come_first_then_the_overdue_ones_most_late_first()
    {
        // Signed 20 June: on 1 September the reports due 20 July and 20 August are overdue.
        var project = await app.FundedProjectAsync();
        var july = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 1);
        var august = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 2);
        var september = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        await app.SubmitAsync(september.Id, project.Member.Id);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());

        var page = await officer.GetPageAsync($"/reports?edition={project.EditionId}");

        var rows = page.QuerySelectorAll("#queue-table tbody tr").ToList();
        Assert.Equal([september.Id.ToString(), july.Id.ToString(), august.Id.ToString()], rows.Select(r => r.GetAttribute("data-report-id")));
        Assert.Contains("43", rows[1].QuerySelector("[data-flag=overdue]")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#awaiting-count")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("#overdue-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_filters_narrow_to_one_edition_and_one_status()
    {
        var first = await app.FundedProjectAsync(project: "四点半课堂");
        var second = await app.FundedProjectAsync(project: "邻里议事厅");
        var report = await app.ReportAsync(first.GrantId, ReportKind.Monthly, 3);
        await app.SubmitAsync(report.Id, first.Member.Id);
        await app.ChangeAsync(report.Id, r => r.Return("officer", "请补充照片。", app.Now));
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());

        var returned = await officer.GetPageAsync($"/reports?show=returned&edition={first.EditionId}");
        Assert.Equal([report.Id.ToString()], returned.QuerySelectorAll("#queue-table tbody tr").Select(r => r.GetAttribute("data-report-id")));
        var otherEdition = await officer.GetPageAsync($"/reports?show=returned&edition={second.EditionId}");
        Assert.NotNull(otherEdition.QuerySelector("#queue-empty"));
        var upcoming = await officer.GetPageAsync($"/reports?show=upcoming&edition={second.EditionId}");
        Assert.Equal(10, upcoming.QuerySelectorAll("#queue-table tbody tr").Length);
    }

    [Fact]
    public async Task The_queue_costs_the_same_number_of_commands_with_three_times_the_reports()
    {
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        await app.FundedProjectAsync();
        var few = await CommandsForAsync(officer);
        await app.FundedProjectAsync();
        await app.FundedProjectAsync();
        var many = await CommandsForAsync(officer);

        Assert.Equal(few.Commands, many.Commands);
        Assert.True(many.Rows > few.Rows, $"the page shows {few.Rows} then {many.Rows} rows");
    }

    private async Task<(int Commands, int Rows)> CommandsForAsync(HttpClient officer)
    {
        await officer.GetPageAsync("/reports?show=all"); // warm: the first request compiles queries, signs in
        app.Commands.Reset();
        var page = await officer.GetPageAsync("/reports?show=all");
        return (app.Commands.Count, page.QuerySelectorAll("#queue-table tbody tr").Length);
    }
}
