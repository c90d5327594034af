using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Dashboards;

/// <summary>
/// Every dashboard answers in the same number of SQL commands whatever the data size: grouped queries, no query per
/// row. Measured with N records of every kind, then with 3N.
/// </summary>
public sealed class DashboardQueryCountTests(DashboardFactory app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DashboardFactory>
{
    /// <summary>
    /// Adds <paramref name="n"/> organizations at the center (half graduated, half in residence, each with a service
    /// and an assessment) and an edition where each applies, the member's organization too: decided, final, its first
    /// tranches paid and its July reports submitted.
    /// </summary>
    private async Task RoundAsync(int center, string staffId, Guid memberOrganization, int year, int n)
    {
        var organizations = new List<Guid>();
        for (var i = 0; i < n; i++) organizations.Add((await app.OrganizationAsync(center, DashboardFactory.On(new DateOnly(year, 3, 1 + i)))).OrganizationId);
        await app.WithDbAsync(async db =>
        {
            var residencies = await db.Residencies.Where(r => organizations.Contains(r.OrganizationId)).ToListAsync();
            for (var i = 0; i < residencies.Count; i++)
            {
                var r = residencies[i];
                var starts = new DateOnly(year, 1, 10);
                r.Admit(starts, 12, Placement.Virtual, null, staffId, DashboardFactory.On(starts.AddDays(-3)));
                db.ServiceRecords.Add(ServiceRecord.Record(r, ServiceType.Training, app.Today.AddDays(-i), 90, "项目书写作培训", 12, Money.Zero, staffId, app.Now));
                var assessment = Assessment.Record(r, i % 2 == 0 ? AssessmentKind.Graduation : AssessmentKind.Capacity, starts.AddMonths(6),
                    20, 20, 20, 20, "能力稳步提升。", staffId, app.Now);
                db.Assessments.Add(assessment);
                if (i % 2 == 0) r.Graduate(assessment, IncubationCenter.DefaultPassMark, starts.AddMonths(7), $"CERT-{Guid.NewGuid():N}"[..16]);
            }
            return await db.SaveChangesAsync();
        });

        var edition = await app.EditionAsync(year, "为老服务", "社区治理");
        var applications = new List<Guid>();
        foreach (var (organization, i) in organizations.Append(memberOrganization).Select((o, i) => (o, i)))
            applications.Add(await app.ApplicationAsync(edition, organization, i % 2 == 0 ? "为老服务" : "社区治理"));
        await app.DecideAsync(edition, applications.Select((a, i) => (a, i % 2 == 0 ? DecisionOutcome.Funded : DecisionOutcome.Awarded, 10_000m)).ToArray());
        var grants = await app.PublishAsync(edition);
        foreach (var grant in grants.Values) await app.PayAsync(grant, 1, app.Today);
        foreach (var (application, i) in applications.Select((a, i) => (a, i)).Where(x => x.i % 2 == 0))
            await app.SubmitReportAsync(grants[application], new DateOnly(2026, 7, 20), DashboardFactory.On(new DateOnly(2026, 7, 18 + i % 4)));
    }

    private async Task<int> CommandsAsync(HttpClient client, string path)
    {
        app.Commands.Reset();
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return app.Commands.Count;
    }

    [Fact]
    public async Task The_dashboards_answer_in_the_same_number_of_commands_with_three_times_the_records()
    {
        var center = await app.CenterAsync();
        var staff = await app.StaffAsync(center);
        var (member, memberOrganization) = await app.OrganizationAsync(center);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var staffClient = await app.SignedInClientAsync(staff);
        var memberClient = await app.SignedInClientAsync(member);
        string[] bureau = ["/bureau", $"/bureau?center={center}&category={Uri.EscapeDataString("为老服务")}", "/bureau?year=2024"];

        await RoundAsync(center, staff.Id, memberOrganization, 2024, 2);
        var small = new List<int>();
        foreach (var path in bureau) small.Add(await CommandsAsync(officer, path));
        small.Add(await CommandsAsync(staffClient, "/center/dashboard"));
        small.Add(await CommandsAsync(memberClient, "/organization/dashboard"));

        await RoundAsync(center, staff.Id, memberOrganization, 2025, 2);
        await RoundAsync(center, staff.Id, memberOrganization, 2026, 2);
        var large = new List<int>();
        foreach (var path in bureau) large.Add(await CommandsAsync(officer, path));
        large.Add(await CommandsAsync(staffClient, "/center/dashboard"));
        large.Add(await CommandsAsync(memberClient, "/organization/dashboard"));

        output.WriteLine($"commands (bureau, bureau filtered, bureau by year, center, organization): {string.Join(", ", small)} / {string.Join(", ", large)}");
        Assert.Equal(small, large);
        // And few: eleven for the bureau's figures, with the page's own (sign-in, the notification bell).
        Assert.All(small, c => Assert.InRange(c, 1, 20));
    }
}
