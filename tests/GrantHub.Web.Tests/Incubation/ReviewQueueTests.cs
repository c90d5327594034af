using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>The queue counts working days waiting against the 5-working-day target and highlights the overdue.</summary>
public sealed class ReviewQueueTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    [Fact]
    public async Task Applications_show_working_days_waiting_and_the_overdue_ones_are_marked()
    {
        var centerId = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        // Today is Wednesday 18 March 2026. Wednesday the 11th: 5 working days (on target); Tuesday the 10th: 6 (overdue);
        // Friday the 13th: 3 (the weekend does not count).
        var applied = new Dictionary<DateOnly, Guid>();
        foreach (var day in new[] { new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 13) })
        {
            var (_, organizationId) = await app.CreateOrganizationAsync();
            applied[day] = await app.WithDbAsync(async db =>
            {
                var r = Residency.Apply(organizationId, centerId, "需要场地", GrantHub.Core.ChinaTime.StartOfDayUtc(day).AddHours(9));
                db.Residencies.Add(r);
                await db.SaveChangesAsync();
                return r.Id;
            });
        }

        foreach (var url in new[] { "/center/applications", "/center" })
        {
            var page = await staff.GetPageAsync(url);
            var rows = page.QuerySelectorAll(".waiting-table tbody tr").ToList();
            Assert.Equal([applied[new(2026, 3, 10)], applied[new(2026, 3, 11)], applied[new(2026, 3, 13)]],
                rows.Select(r => Guid.Parse(r.GetAttribute("data-residency-id")!)));
            Assert.Equal(["6", "5", "3"], rows.Select(r => r.QuerySelector(".working-days")!.TextContent));
            Assert.Equal(["true", "false", "false"], rows.Select(r => r.GetAttribute("data-overdue")));
            Assert.Contains("table-danger", rows[0].ClassList);
        }
        var dashboard = await staff.GetPageAsync("/center");
        Assert.Equal("3", dashboard.QuerySelector("#waiting-total")?.TextContent);
        Assert.Contains("1", dashboard.QuerySelector("#overdue-total")?.TextContent);
    }

    [Fact]
    public async Task The_dashboard_lists_terms_ending_within_30_days_and_this_month_s_services()
    {
        var centerId = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var (_, soon) = await app.CreateOrganizationAsync();
        var (_, later) = await app.CreateOrganizationAsync();
        var ids = await app.WithDbAsync(async db =>
        {
            var endingSoon = Residency.Apply(soon, centerId, "需要场地", app.Now.AddYears(-1));
            endingSoon.Admit(app.Today.AddMonths(-12).AddDays(20), 12, Placement.Virtual, null, "staff", app.Now.AddYears(-1));
            var endingLater = Residency.Apply(later, centerId, "需要场地", app.Now.AddMonths(-1));
            endingLater.Admit(app.Today.AddDays(-20), 12, Placement.Virtual, null, "staff", app.Now.AddMonths(-1));
            db.Residencies.AddRange(endingSoon, endingLater);
            db.ServiceRecords.Add(ServiceRecord.Record(endingLater, ServiceType.Training, app.Today.AddDays(-2), 90, "培训", 10, GrantHub.Core.Money.Zero, "s", app.Now));
            db.ServiceRecords.Add(ServiceRecord.Record(endingLater, ServiceType.Training, app.Today.AddDays(-1), 60, "培训", 10, GrantHub.Core.Money.Zero, "s", app.Now));
            db.ServiceRecords.Add(ServiceRecord.Record(endingSoon, ServiceType.Mentoring, app.Today.AddMonths(-1), 60, "上月督导", 1, GrantHub.Core.Money.Zero, "s", app.Now));
            await db.SaveChangesAsync();
            return (endingSoon.Id, endingLater.Id);
        });

        var page = await staff.GetPageAsync("/center");

        Assert.NotNull(page.QuerySelector($"#ending-card tr[data-residency-id='{ids.Item1}']"));
        Assert.Null(page.QuerySelector($"#ending-card tr[data-residency-id='{ids.Item2}']"));
        Assert.Equal("2", page.QuerySelector("#services-card tr[data-service-type='Training'] td:nth-child(2)")?.TextContent);
        Assert.Null(page.QuerySelector("#services-card tr[data-service-type='Mentoring']"));
        Assert.Equal("2", page.QuerySelector("#status-card li[data-status='Admitted'] .badge")?.TextContent);
    }
}
