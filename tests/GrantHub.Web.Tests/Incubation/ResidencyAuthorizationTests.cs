using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>Staff act on their own center's residencies only; an organization sees its own residencies and certificates only.</summary>
public sealed class ResidencyAuthorizationTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private async Task<Guid> ResidencyAsync(int centerId, Guid organizationId, ResidencyStatus status)
    {
        return await app.WithDbAsync(async db =>
        {
            var r = Residency.Apply(organizationId, centerId, "需要场地", app.Now.AddDays(-30));
            db.Residencies.Add(r);
            if (status != ResidencyStatus.Applied) r.Admit(app.Today.AddDays(-20), 12, Placement.Virtual, null, "staff", app.Now.AddDays(-20));
            if (status == ResidencyStatus.Graduated)
            {
                var a = Assessment.Record(r, AssessmentKind.Graduation, app.Today, 20, 20, 20, 20, "", "staff", app.Now);
                db.Assessments.Add(a);
                r.Graduate(a, 60, app.Today, Certificates.Number(2026, centerId, Random.Shared.Next(1, 9999)));
            }
            await db.SaveChangesAsync();
            return r.Id;
        });
    }

    /// <summary>A valid form for each step, with the version the residency has: only the person is wrong.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Steps = new()
    {
        ["review"] = new() { ["Version"] = "0" },
        ["admit"] = new() { ["Admit.Version"] = "0", ["Admit.StartsOn"] = "2026-03-18", ["Admit.TermMonths"] = "12", ["Admit.Placement"] = "Virtual" },
        ["reject"] = new() { ["Reject.Version"] = "0", ["Reject.Reason"] = "不符合条件" },
        ["services"] = new() { ["Service.Type"] = "Training", ["Service.On"] = "2026-03-18", ["Service.Hours"] = "1", ["Service.Topic"] = "培训", ["Service.Attendees"] = "3" },
        ["assessments"] = new() { ["Assessment.Kind"] = "Graduation", ["Assessment.On"] = "2026-03-18", ["Assessment.Governance"] = "25", ["Assessment.Team"] = "25", ["Assessment.Finance"] = "25", ["Assessment.ProjectOperation"] = "25" },
        ["graduate"] = new() { ["Graduate.Version"] = "1", ["Graduate.On"] = "2026-03-18" },
        ["exit"] = new() { ["Exit.Version"] = "1", ["Exit.On"] = "2026-03-18", ["Exit.Reason"] = "解散" },
    };

    [Theory]
    [InlineData("review")]
    [InlineData("admit")]
    [InlineData("reject")]
    [InlineData("services")]
    [InlineData("assessments")]
    [InlineData("graduate")]
    [InlineData("exit")]
    public async Task Staff_of_another_center_can_neither_open_nor_change_a_residency(string step)
    {
        var fields = Steps[step];
        var centerA = await app.CreateCenterAsync();
        var centerB = await app.CreateCenterAsync();
        var staffB = await app.SignedInClientAsync(await app.CreateStaffAsync(centerB));
        var (_, organizationId) = await app.CreateOrganizationAsync();
        var status = step is "review" or "admit" or "reject" ? ResidencyStatus.Applied : ResidencyStatus.Admitted;
        var id = await ResidencyAsync(centerA, organizationId, status);
        var before = await app.ResidencyAsync(id);

        using (var detail = await staffB.GetAsync(IncubationSteps.DetailUrl(id)))
            Assert.True(detail.IsRefusal(), $"GET detail answered {(int)detail.StatusCode} {detail.Headers.Location}");
        using (var post = await staffB.PostWithTokenAsync("/center", $"{IncubationSteps.DetailUrl(id)}/{step}", fields))
            Assert.True(post.IsRefusal(), $"POST {step} answered {(int)post.StatusCode} {post.Headers.Location}");

        var after = await app.ResidencyAsync(id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(0, await app.WithDbAsync(db => db.ServiceRecords.CountAsync(s => s.ResidencyId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ResidencyId == id)));
        var queue = await staffB.GetPageAsync("/center/applications");
        Assert.Null(queue.QuerySelector($"tr[data-residency-id='{id}']"));
        var residents = await staffB.GetPageAsync("/center/residents");
        Assert.Null(residents.QuerySelector($"tr[data-residency-id='{id}']"));
    }

    [Fact]
    public async Task A_residency_that_does_not_exist_is_not_found()
    {
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(await app.CreateCenterAsync()));

        using var response = await staff.GetAsync(IncubationSteps.DetailUrl(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_certificate_opens_for_the_organization_its_center_and_the_bureau_only()
    {
        var centerA = await app.CreateCenterAsync();
        var centerB = await app.CreateCenterAsync();
        var (owner, organizationId) = await app.CreateOrganizationAsync("嘉禾社区书香读书会");
        var (stranger, _) = await app.CreateOrganizationAsync("华兴新村绿色家园环保队");
        var id = await ResidencyAsync(centerA, organizationId, ResidencyStatus.Graduated);
        var url = $"/residencies/{id}/certificate";

        foreach (var allowed in new[] { owner, await app.CreateStaffAsync(centerA), await app.CreateUserAsync("officer", Roles.ProgramOfficer) })
        {
            using var response = await (await app.SignedInClientAsync(allowed)).GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        foreach (var refused in new[] { stranger, await app.CreateStaffAsync(centerB), await app.CreateUserAsync("judge", Roles.Judge) })
        {
            using var response = await (await app.SignedInClientAsync(refused)).GetAsync(url);
            Assert.True(response.IsRefusal(), $"{refused.Email}: {(int)response.StatusCode}");
            Assert.DoesNotContain("嘉禾社区书香读书会", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_member_sees_only_the_residencies_of_their_own_organization()
    {
        var centerId = await app.CreateCenterAsync();
        var (member, mine) = await app.CreateOrganizationAsync("嘉禾社区邻里守望调解队");
        var (_, theirs) = await app.CreateOrganizationAsync("华兴新村春晖为老服务社");
        var myResidency = await ResidencyAsync(centerId, mine, ResidencyStatus.Admitted);
        var theirResidency = await ResidencyAsync(centerId, theirs, ResidencyStatus.Graduated);
        var client = await app.SignedInClientAsync(member);

        var page = await client.GetPageAsync("/residency");

        Assert.NotNull(page.QuerySelector($".residency-card[data-residency-id='{myResidency}']"));
        Assert.Null(page.QuerySelector($".residency-card[data-residency-id='{theirResidency}']"));
        using var staffPage = await client.GetAsync(IncubationSteps.DetailUrl(myResidency));
        Assert.True(staffPage.IsRefusal(), "an organization member must not open the staff page of a residency");
    }

    [Theory]
    [InlineData("/center", Roles.OrganizationMember)]
    [InlineData("/center/applications", Roles.ProgramOfficer)]
    [InlineData("/bureau/centers", Roles.CenterStaff)]
    [InlineData("/bureau/centers", Roles.OrganizationMember)]
    [InlineData("/admin/centers", Roles.ProgramOfficer)]
    [InlineData("/admin/centers", Roles.CenterStaff)]
    [InlineData("/residency", Roles.CenterStaff)]
    public async Task Pages_are_refused_to_roles_they_are_not_for(string url, string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role.ToLowerInvariant(), role));

        using var response = await client.GetAsync(url);

        Assert.True(response.IsRefusal(), $"{role} on {url}: {(int)response.StatusCode}");
    }
}
