using System.Net;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>
/// The incubation pages run a fixed number of SQL commands whatever the amount of data: the same count with N
/// residencies as with 3N (and more centers, more services, more assessments). A query per row would show up here.
/// </summary>
public sealed class ListQueryCountTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private const int N = 12;
    private static int _certificate;

    [Fact]
    public async Task Every_incubation_page_runs_as_many_queries_for_3N_residencies_as_for_N()
    {
        var centerId = await app.CreateCenterAsync(desks: 500);
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var (memberUser, memberOrganization) = await app.CreateOrganizationAsync("嘉禾社区同心互助会");
        var member = await app.SignedInClientAsync(memberUser);
        var detail = await app.WithDbAsync(async db =>
        {
            var r = await AdmittedAsync(db, centerId, await NewOrganizationAsync(db), desk: null);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var pages = new (HttpClient Client, string Url)[]
        {
            (staff, "/center"),
            (staff, "/center/applications"),
            (staff, "/center/residents"),
            (staff, "/center/residents?status=Admitted"),
            (staff, IncubationSteps.DetailUrl(detail)),
            (officer, "/bureau/centers"),
            (admin, "/admin/centers"),
            (member, "/residency"),
        };

        await SeedAsync(centerId, N, memberOrganization, detail);
        var withN = await CountAsync(pages);
        var otherCenter = await app.CreateCenterAsync(desks: 500);
        await SeedAsync(centerId, N, memberOrganization, detail);
        await SeedAsync(otherCenter, N, memberOrganization, detail);
        var with3N = await CountAsync(pages);

        Assert.Equal(3 * N, await app.WithDbAsync(db => db.Residencies.CountAsync(r => r.OrganizationId != memberOrganization && r.Id != detail)));
        Assert.Equal(3 * (N / 3), (await member.GetPageAsync("/residency")).QuerySelectorAll(".residency-card").Length);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(withN[i] > 0, $"{pages[i].Url}: no SQL command counted; is the counter registered?");
            Assert.True(withN[i] == with3N[i], $"{pages[i].Url}: {withN[i]} SQL commands with N residencies, {with3N[i]} with 3N");
        }
    }

    private async Task<int[]> CountAsync((HttpClient Client, string Url)[] pages)
    {
        var counts = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            using (var warm = await pages[i].Client.GetAsync(pages[i].Url))
                Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            app.Commands.Reset();
            using var response = await pages[i].Client.GetAsync(pages[i].Url);
            counts[i] = app.Commands.Count;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return counts;
    }

    /// <summary>
    /// <paramref name="count"/> organizations at the center, one in each state in turn, with services and assessments;
    /// a third as many closed residencies for the member's own organization; and more services for the detail page.
    /// </summary>
    private Task SeedAsync(int centerId, int count, Guid memberOrganization, Guid detail) => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var organizationId = await NewOrganizationAsync(db);
            var appliedAt = app.Now.AddDays(-i - 1);
            switch (i % 6)
            {
                case 0:
                    db.Residencies.Add(Residency.Apply(organizationId, centerId, "需要场地", appliedAt));
                    break;
                case 1:
                    var reviewed = Residency.Apply(organizationId, centerId, "需要培训", appliedAt);
                    reviewed.StartReview(appliedAt.AddHours(1));
                    db.Residencies.Add(reviewed);
                    break;
                case 2:
                    await AdmittedAsync(db, centerId, organizationId, desk: null);
                    break;
                case 3:
                    await ClosedAsync(db, centerId, organizationId, ResidencyStatus.Graduated);
                    break;
                case 4:
                    await ClosedAsync(db, centerId, organizationId, ResidencyStatus.Rejected);
                    break;
                default:
                    await ClosedAsync(db, centerId, organizationId, ResidencyStatus.Exited);
                    break;
            }
        }
        for (var i = 0; i < count / 3; i++)
            await ClosedAsync(db, centerId, memberOrganization, (i % 3) switch { 0 => ResidencyStatus.Graduated, 1 => ResidencyStatus.Rejected, _ => ResidencyStatus.Exited });
        var shown = await db.Residencies.SingleAsync(r => r.Id == detail);
        for (var i = 0; i < count; i++)
            db.ServiceRecords.Add(ServiceRecord.Record(shown, ServiceType.Mentoring, app.Today.AddDays(-i % 10), 60, "财务督导", 3, Money.Zero, "staff", app.Now));
        db.Assessments.Add(Assessment.Record(shown, AssessmentKind.Capacity, app.Today, 15, 15, 15, 15, "", "staff", app.Now));
        return await db.SaveChangesAsync();
    });

    private async Task<Guid> NewOrganizationAsync(GrantHubDbContext db)
    {
        var key = Guid.NewGuid().ToString("N");
        var owner = new AppUser
        {
            UserName = $"bulk-{key}@test.granthub.cn",
            NormalizedUserName = $"BULK-{key}@TEST.GRANTHUB.CN",
            Email = $"bulk-{key}@test.granthub.cn",
            NormalizedEmail = $"BULK-{key}@TEST.GRANTHUB.CN",
            DisplayName = "批量",
            SecurityStamp = key,
            CreatedAt = app.Now,
        };
        db.Users.Add(owner);
        var organization = Organization.Register($"华兴新村{key[..8]}志愿服务队", OrganizationType.CommunityOrganization, $"HX-{key[..6]}",
            "张三", "13912345678", owner.Id, app.Now);
        db.Organizations.Add(organization);
        await Task.CompletedTask;
        return organization.Id;
    }

    /// <summary>In residence, with a term ending within the month so the dashboard lists it, two services this month and an assessment.</summary>
    private async Task<Residency> AdmittedAsync(GrantHubDbContext db, int centerId, Guid organizationId, int? desk)
    {
        var startsOn = app.Today.AddMonths(-12).AddDays(10);
        var r = Residency.Apply(organizationId, centerId, "需要督导", ChinaTime.StartOfDayUtc(startsOn.AddDays(-7)));
        r.Admit(startsOn, 12, desk is null ? Placement.Virtual : Placement.Desk, desk, "staff", ChinaTime.StartOfDayUtc(startsOn));
        db.Residencies.Add(r);
        db.ServiceRecords.Add(ServiceRecord.Record(r, ServiceType.Training, app.Today.AddDays(-3), 90, "项目书写作培训", 12, Money.Zero, "staff", app.Now));
        db.ServiceRecords.Add(ServiceRecord.Record(r, ServiceType.ActivitySubsidy, app.Today.AddDays(-2), 120, "邻里节", 40, Money.FromYuan(500), "staff", app.Now));
        db.Assessments.Add(Assessment.Record(r, AssessmentKind.Capacity, app.Today.AddDays(-1), 15, 16, 14, 18, "稳步提升", "staff", app.Now));
        await Task.CompletedTask;
        return r;
    }

    private async Task ClosedAsync(GrantHubDbContext db, int centerId, Guid organizationId, ResidencyStatus status)
    {
        if (status == ResidencyStatus.Rejected)
        {
            var rejected = Residency.Apply(organizationId, centerId, "需要场地", app.Now.AddDays(-400));
            rejected.Reject("年检不合格", "staff", app.Now.AddDays(-398));
            db.Residencies.Add(rejected);
            return;
        }
        var r = await AdmittedAsync(db, centerId, organizationId, desk: null);
        if (status == ResidencyStatus.Exited)
        {
            r.Exit("组织解散", app.Today);
            return;
        }
        var graduation = Assessment.Record(r, AssessmentKind.Graduation, app.Today, 20, 20, 20, 20, "同意出壳", "staff", app.Now);
        db.Assessments.Add(graduation);
        r.Graduate(graduation, 60, app.Today, Certificates.Number(2020, centerId, Interlocked.Increment(ref _certificate)));
    }
}
