using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>Administrators create and edit centers and post staff to them; desks in use are never taken away.</summary>
public sealed class CenterAdministrationTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    [Fact]
    public async Task An_administrator_creates_a_center_and_edits_its_settings()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var name = $"真州镇社会组织孵化中心{Guid.NewGuid():N}"[..16];

        using var created = await admin.SubmitFormAsync("/admin/centers/new", "/admin/centers/new", new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.Level"] = "City", ["Form.Address"] = "仪征市真州镇", ["Form.Desks"] = "8", ["Form.GraduationPassMark"] = "70",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var center = await app.WithDbAsync(db => db.IncubationCenters.AsNoTracking().SingleAsync(c => c.Name == name));
        Assert.Equal($"/admin/centers/{center.Id}", created.RedirectPath());
        Assert.Equal(CenterLevel.City, center.Level);
        Assert.Equal(8, center.Desks);
        Assert.Equal(70, center.GraduationPassMark);

        using var edited = await admin.SubmitFormAsync($"/admin/centers/{center.Id}", $"/admin/centers/{center.Id}", new Dictionary<string, string>
        {
            ["Form.Level"] = "Community", ["Form.Desks"] = "3", ["Form.GraduationPassMark"] = "65",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        center = await app.WithDbAsync(db => db.IncubationCenters.AsNoTracking().SingleAsync(c => c.Id == center.Id));
        Assert.Equal((CenterLevel.Community, 3, 65, name), (center.Level, center.Desks, center.GraduationPassMark, center.Name));
        var list = await admin.GetPageAsync("/admin/centers");
        Assert.NotNull(list.QuerySelector($"#centers-table tr[data-center-id='{center.Id}']"));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_beside_the_field()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var existing = await app.CreateCenterAsync(name: "嘉禾社区社会组织孵化中心");

        using var response = await admin.SubmitFormAsync("/admin/centers/new", "/admin/centers/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "嘉禾社区社会组织孵化中心", ["Form.Level"] = "Community", ["Form.Desks"] = "2", ["Form.GraduationPassMark"] = "60",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("已有同名的孵化中心。", (await response.ReadHtmlAsync()).FieldError("Form.Name"));
        Assert.Equal(1, await app.WithDbAsync(db => db.IncubationCenters.CountAsync(c => c.Name == "嘉禾社区社会组织孵化中心")));
        Assert.True(existing > 0);
    }

    [Fact]
    public async Task Desks_cannot_be_reduced_below_the_desks_in_use()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var centerId = await app.CreateCenterAsync(desks: 4);
        var (_, organizationId) = await app.CreateOrganizationAsync();
        await app.WithDbAsync(async db =>
        {
            var r = Residency.Apply(organizationId, centerId, "需要工位", app.Now);
            r.Admit(app.Today, 12, Placement.Desk, 3, "staff", app.Now);
            db.Residencies.Add(r);
            return await db.SaveChangesAsync();
        });

        using var response = await admin.SubmitFormAsync($"/admin/centers/{centerId}", $"/admin/centers/{centerId}",
            new Dictionary<string, string> { ["Form.Level"] = "Community", ["Form.Desks"] = "2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("在这些工位释放之前，工位数不能少于 3 个", page.FieldError("Form.Desks"));
        Assert.Equal("2", page.InputValue("Form.Desks"));
        Assert.Equal(4, await app.WithDbAsync(db => db.IncubationCenters.Where(c => c.Id == centerId).Select(c => c.Desks).SingleAsync()));
    }

    [Fact]
    public async Task Adding_staff_by_e_mail_posts_them_grants_the_role_once_audited_and_removing_ends_the_posting()
    {
        var adminUser = await app.CreateUserAsync("admin", Roles.Administrator);
        var admin = await app.SignedInClientAsync(adminUser);
        var centerId = await app.CreateCenterAsync();
        var person = await app.CreateUserAsync("social-worker");
        var page = $"/admin/centers/{centerId}";

        using (var added = await admin.SubmitFormAsync(page, $"{page}/staff", new Dictionary<string, string> { ["Staff.Email"] = person.Email.ToUpperInvariant() }))
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        Assert.True(await app.WithDbAsync(db => db.CenterStaff.AnyAsync(s => s.CenterId == centerId && s.UserId == person.Id)));
        var roleGrants = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "UserRole" && a.EntityKey.Contains(person.Id) && a.Action == "Added").ToListAsync());
        var grant = Assert.Single(roleGrants);
        Assert.Equal(adminUser.Email, grant.UserName);
        var staffClient = await app.SignedInClientAsync(person);
        using (var desk = await staffClient.GetAsync("/center"))
            Assert.Equal(HttpStatusCode.OK, desk.StatusCode);

        using (var twice = await admin.SubmitFormAsync(page, $"{page}/staff", new Dictionary<string, string> { ["Staff.Email"] = person.Email }))
        {
            Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
            Assert.NotNull((await twice.ReadHtmlAsync()).FieldError("Staff.Email"));
        }

        var editPage = await admin.GetPageAsync(page);
        var removeForm = editPage.QuerySelector($"#staff-list li[data-user-id='{person.Id}'] form")!;
        Assert.NotNull(removeForm);
        using (var removed = await admin.SubmitFormAsync(editPage, $"{page}/staff/remove", new Dictionary<string, string> { ["userId"] = person.Id }))
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CenterStaff.AnyAsync(s => s.CenterId == centerId && s.UserId == person.Id)));
    }

    [Fact]
    public async Task An_unknown_e_mail_is_refused_the_person_must_exist()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var centerId = await app.CreateCenterAsync();

        using var response = await admin.SubmitFormAsync($"/admin/centers/{centerId}", $"/admin/centers/{centerId}/staff",
            new Dictionary<string, string> { ["Staff.Email"] = "nobody@example.cn" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("没有使用该邮箱的账号", (await response.ReadHtmlAsync()).FieldError("Staff.Email"));
        Assert.False(await app.WithDbAsync(db => db.CenterStaff.AnyAsync(s => s.CenterId == centerId)));
    }
}
