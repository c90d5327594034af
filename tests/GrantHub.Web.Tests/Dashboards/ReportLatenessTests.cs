using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// A report is on time when first submitted by the end of its due day in China time (16:00 UTC), late after it, and
/// overdue when still owed after it: the dashboard counts as <c>ProjectReport.IsLate</c> decides, and the late ones are
/// one click away in the officer's queue.
/// </summary>
public sealed class ReportLatenessTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private static readonly DateOnly July = new(2026, 7, 20);
    private static readonly DateOnly August = new(2026, 8, 20);

    private async Task<(Guid Edition, Guid OnTimeAndLate, Guid Owing)> SeedAsync()
    {
        var edition = await app.EditionAsync(2026);
        var (_, first) = await app.OrganizationAsync();
        var (_, second) = await app.OrganizationAsync();
        var a = await app.ApplicationAsync(edition, first);
        var b = await app.ApplicationAsync(edition, second);
        await app.DecideAsync(edition, (a, DecisionOutcome.Funded, 20_000m), (b, DecisionOutcome.Funded, 10_000m));
        var grants = await app.PublishAsync(edition);
        // 23:59:59 China time on the due day, then 00:00:00 the day after.
        await app.SubmitReportAsync(grants[a], July, new DateTime(2026, 7, 20, 15, 59, 59, DateTimeKind.Utc));
        await app.SubmitReportAsync(grants[a], August, new DateTime(2026, 8, 20, 16, 0, 0, DateTimeKind.Utc));
        return (edition, grants[a], grants[b]);
    }

    [Fact]
    public async Task Reports_are_on_time_until_the_end_of_the_due_day_in_china_and_overdue_when_still_owed()
    {
        var (edition, _, _) = await SeedAsync();
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var page = await officer.GetPageAsync($"/bureau?edition={edition}");

        var row = $"data-edition-id='{edition}'";
        Assert.Equal("1", page.Cell("table-reports", row, "on-time"));
        Assert.Equal("1", page.Cell("table-reports", row, "late"));
        // The second project owes its July and August reports.
        Assert.Equal("2", page.Cell("table-reports", row, "overdue"));
        // The same as the rule on the entity says, report by report.
        var today = app.Today;
        var reports = await app.WithDbAsync(db => (from r in db.ProjectReports join g in db.Grants on r.GrantId equals g.Id
                                                    where g.EditionId == edition select r).ToListAsync());
        Assert.Equal(reports.Count(r => r.IsLate(today) && r.FirstSubmittedAt is not null), int.Parse(page.Cell("table-reports", row, "late")!));
        Assert.Equal(reports.Count(r => r.IsLate(today) && r.FirstSubmittedAt is null), int.Parse(page.Cell("table-reports", row, "overdue")!));
        Assert.Equal(reports.Count(r => !r.IsLate(today) && r.FirstSubmittedAt is not null), int.Parse(page.Cell("table-reports", row, "on-time")!));
        Assert.Equal(reports.Count(r => !r.IsLate(today) && r.FirstSubmittedAt is null), int.Parse(page.Cell("table-reports", row, "not-due")!));
    }

    [Fact]
    public async Task The_late_figure_links_to_the_late_reports_in_the_officers_queue()
    {
        var (edition, project, _) = await SeedAsync();
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var page = await officer.GetPageAsync($"/bureau?edition={edition}");
        var link = page.CellLink("table-reports", $"data-edition-id='{edition}'", "late");
        var queue = await officer.GetPageAsync(link!);

        Assert.Equal($"/reports?show=late&edition={edition}", link);
        var late = await app.WithDbAsync(db => db.ProjectReports.Where(r => r.GrantId == project && r.DueOn == August).Select(r => r.Id).SingleAsync());
        var listed = queue.QuerySelectorAll("tr.report-row[data-report-id]").Select(r => r.GetAttribute("data-report-id")).ToList();
        Assert.Equal([late.ToString()], listed);
    }
}
