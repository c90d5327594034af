using System.Net;
using GrantHub.Core.Auditing;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Admin;

/// <summary>Every role grant and removal made by an administrator is in the audit trail: who, when, what.</summary>
public sealed class RoleChangeAuditTests(RoleChangeAuditTests.FrozenClockFactory app) : IClassFixture<RoleChangeAuditTests.FrozenClockFactory>
{
    /// <summary>The app with its clock stopped, so that "when" can be checked to the tick.</summary>
    public sealed class FrozenClockFactory : GrantHubFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));

        protected override void ReplaceServices(IServiceCollection services)
        {
            services.AddSingleton<TimeProvider>(Clock);
        }
    }

    [Fact]
    public async Task Granting_and_removing_a_role_are_audited_with_the_administrator_and_listed_on_the_audit_page()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var member = await app.CreateUserAsync("member", Roles.OrganizationMember);
        var client = await app.SignedInClientAsync(admin);
        var userPage = $"/admin/users/{member.Id}";
        var roleForm = $"/admin/users/{member.Id}/roles";

        var before = await client.GetPageAsync(userPage);
        Assert.Equal("true", before.QuerySelector($"li[data-role={Roles.Judge}]")?.InputValue("Grant"));
        using (var granted = await client.SubmitFormAsync(before, roleForm,
                   new Dictionary<string, string> { ["Role"] = Roles.Judge, ["Grant"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
            Assert.Equal(userPage, granted.RedirectPath());
        }

        var afterGrant = await client.GetPageAsync(userPage);
        Assert.Equal("false", afterGrant.QuerySelector($"li[data-role={Roles.Judge}]")?.InputValue("Grant"));
        var added = Assert.Single(await RoleAuditOfAsync(member));
        Assert.Equal("Added", added.Action);
        Assert.Equal(admin.Email, added.UserName);
        Assert.Equal(admin.Id, added.UserId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, added.At);
        var judgeRoleId = await app.WithDbAsync(db => db.Roles.Where(r => r.Name == Roles.Judge).Select(r => r.Id).SingleAsync());
        Assert.Contains(judgeRoleId, added.After, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        using (var removed = await client.SubmitFormAsync(afterGrant, roleForm,
                   new Dictionary<string, string> { ["Role"] = Roles.Judge, ["Grant"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Equal("true", (await client.GetPageAsync(userPage)).QuerySelector($"li[data-role={Roles.Judge}]")?.InputValue("Grant"));
        var entries = await RoleAuditOfAsync(member);
        Assert.Equal(["Added", "Deleted"], entries.Select(e => e.Action));
        var deleted = entries[1];
        Assert.Equal(admin.Email, deleted.UserName);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, deleted.At);
        Assert.Null(deleted.After);
        Assert.Contains(judgeRoleId, deleted.Before, StringComparison.Ordinal);

        var audit = await client.GetPageAsync("/admin/audit?entityType=UserRole");
        var rows = audit.QuerySelectorAll("table#audit-table > tbody > tr")
            .Where(tr => tr.TextContent.Contains(admin.Email, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, tr => Assert.Equal("UserRole", tr.GetAttribute("data-entity-type")));
        // The record type reads in the person's language (zh-CN by default).
        Assert.All(rows, tr => Assert.Contains("用户角色", tr.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_role_changes_nothing_and_writes_no_audit_entry()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var member = await app.CreateUserAsync("member");
        var client = await app.SignedInClientAsync(admin);
        var page = await client.GetPageAsync($"/admin/users/{member.Id}");

        using var response = await client.SubmitFormAsync(page, $"/admin/users/{member.Id}/roles",
            new Dictionary<string, string> { ["Role"] = "SuperUser", ["Grant"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await RoleAuditOfAsync(member));
    }

    /// <summary>The role grants of <paramref name="user"/> made by someone signed in (seeding and test setup are "system").</summary>
    private Task<List<AuditEntry>> RoleAuditOfAsync(TestUser user) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "UserRole" && a.EntityKey.Contains(user.Id) && a.UserName != "system")
            .OrderBy(a => a.Id)
            .ToListAsync());
}
