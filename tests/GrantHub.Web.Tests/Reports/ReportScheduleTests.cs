using GrantHub.Core.Monitoring;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// Confirming a funded project's agreement schedules its reports from the signing day, by its edition's rules (the
/// defaults when the edition has none); scheduling again adds nothing.
/// </summary>
public sealed class ReportScheduleTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task By_default_a_project_owes_ten_monthly_reports_a_midterm_after_six_months_and_a_final_after_twelve()
    {
        var project = await app.FundedProjectAsync(signedOn: new DateOnly(2026, 6, 20));

        var reports = await app.ReportsAsync(project.GrantId);

        var monthly = reports.Where(r => r.Kind == ReportKind.Monthly).ToList();
        Assert.Equal(Enumerable.Range(1, 10), monthly.Select(r => r.Number));
        Assert.Equal(
            [new(2026, 7, 20), new(2026, 8, 20), new(2026, 9, 20), new(2026, 10, 20), new(2026, 11, 20),
             new(2027, 1, 20), new(2027, 2, 20), new(2027, 3, 20), new(2027, 4, 20), new(2027, 5, 20)],
            monthly.Select(r => r.DueOn));
        Assert.Equal(new DateOnly(2026, 12, 20), reports.Single(r => r.Kind == ReportKind.Midterm).DueOn);
        Assert.Equal(new DateOnly(2027, 6, 20), reports.Single(r => r.Kind == ReportKind.Final).DueOn);
        Assert.Equal(12, reports.Count);
        Assert.All(reports, r => Assert.Equal(ReportStatus.Pending, r.Status));
    }

    [Fact]
    public async Task An_edition_without_monthly_reports_owes_only_the_midterm_and_the_final_at_its_own_months()
    {
        var project = await app.FundedProjectAsync(signedOn: new DateOnly(2026, 5, 31), rules: (false, 3, 9));

        var reports = await app.ReportsAsync(project.GrantId);

        Assert.Equal(
            [(ReportKind.Midterm, new DateOnly(2026, 8, 31)), (ReportKind.Final, new DateOnly(2027, 2, 28))],
            reports.Select(r => (r.Kind, r.DueOn)));
    }

    [Fact]
    public async Task Scheduling_a_project_twice_adds_nothing()
    {
        var project = await app.FundedProjectAsync();
        var before = (await app.ReportsAsync(project.GrantId)).Count;

        var added = await app.WithDbAsync(async db =>
        {
            var grant = await db.Grants.FindAsync(project.GrantId);
            var reports = await db.ScheduleReportsAsync(grant!);
            await db.SaveChangesAsync();
            return reports.Count;
        });

        Assert.Equal(0, added);
        Assert.Equal(before, (await app.ReportsAsync(project.GrantId)).Count);
    }

    [Fact]
    public async Task A_project_not_scheduled_at_confirmation_gets_its_reports_when_scheduled_later()
    {
        var project = await app.FundedProjectAsync(schedule: false);
        Assert.Empty(await app.ReportsAsync(project.GrantId));

        await app.WithDbAsync(async db =>
        {
            var grant = await db.Grants.FindAsync(project.GrantId);
            await db.ScheduleReportsAsync(grant!);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(12, (await app.ReportsAsync(project.GrantId)).Count);
    }
}
