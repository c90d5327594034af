using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// A report belongs to its project: another organization's member is refused on every route, whatever the id typed;
/// only a program officer reviews, excuses and adds milestones; finance officers read.
/// </summary>
public sealed class ReportAccessTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    private static Dictionary<string, string> Form(Guid reportId) => new()
    {
        ["Form.Version"] = "1", ["Form.Narrative"] = "别人的报告", ["Form.Then"] = "submit",
        ["Accept.Version"] = "1", ["Return.Version"] = "1", ["Return.Comment"] = "x", ["Excuse.Version"] = "1", ["Excuse.Reason"] = "x",
        ["Title"] = "节点", ["DueOn"] = "2026-12-01",
    };

    /// <summary>Posts with a valid antiforgery token of the client's own session (taken from a page it may open).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync("/");
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        var all = new Dictionary<string, string>(fields) { [Forms.AntiforgeryField] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    [Fact]
    public async Task Another_organizations_member_is_refused_on_every_report_route()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        await app.ChangeAsync(report.Id, r => r.Attach("方案.pdf", "abc.pdf", "application/pdf", 100, app.Now));
        var attachment = Assert.Single((await app.ReportAsync(report.Id)).Attachments);
        var (otherUser, _) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        var other = await app.SignedInClientAsync(otherUser);

        foreach (var url in new[] { $"/reports/{report.Id}", $"/reports/{report.Id}/attachments/{attachment.Id}", $"/grants/{project.GrantId}/reports" })
        {
            using var response = await other.GetAsync(url);
            Assert.True(response.IsRefusal(), $"GET {url} answered {(int)response.StatusCode}");
        }
        foreach (var url in new[]
                 {
                     $"/reports/{report.Id}", $"/reports/{report.Id}/attachments/{attachment.Id}/delete", $"/reports/{report.Id}/accept",
                     $"/reports/{report.Id}/return", $"/reports/{report.Id}/excuse", $"/grants/{project.GrantId}/milestones",
                 })
        {
            using var response = await PostAsync(other, url, Form(report.Id));
            Assert.True(response.IsRefusal(), $"POST {url} answered {(int)response.StatusCode}");
        }
        var unchanged = await app.ReportAsync(report.Id);
        Assert.Equal("", unchanged.Narrative);
        Assert.Single(unchanged.Attachments);
        Assert.Equal(12, (await app.ReportsAsync(project.GrantId)).Count);

        // Their own list shows none of it.
        var mine = await other.GetPageAsync("/organization/reports");
        Assert.Empty(mine.QuerySelectorAll(".report-row"));
        Assert.NotNull(mine.QuerySelector("#no-reports"));
    }

    [Fact]
    public async Task Reviewing_requires_the_program_officer_role()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        await app.SubmitAsync(report.Id, project.Member.Id);
        var version = (await app.ReportAsync(report.Id)).Version.ToString();
        var member = await app.SignedInClientAsync(project.Member);
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync("staff", Roles.CenterStaff));

        foreach (var client in new[] { member, finance, staff })
        {
            using (var queue = await client.GetAsync("/reports")) Assert.True(queue.IsRefusal(), $"queue answered {(int)queue.StatusCode}");
            using (var accept = await PostAsync(client, $"/reports/{report.Id}/accept", new() { ["Accept.Version"] = version }))
                Assert.True(accept.IsRefusal(), $"accept answered {(int)accept.StatusCode}");
            using (var ret = await PostAsync(client, $"/reports/{report.Id}/return", new() { ["Return.Version"] = version, ["Return.Comment"] = "改" }))
                Assert.True(ret.IsRefusal(), $"return answered {(int)ret.StatusCode}");
        }
        Assert.Equal(ReportStatus.Submitted, (await app.ReportAsync(report.Id)).Status);

        // Finance reads the report, without the review forms; its own member reads it too.
        var read = await finance.GetPageAsync($"/reports/{report.Id}");
        Assert.Null(read.QuerySelector("#accept-form"));
        Assert.Null(read.QuerySelector("#report-form"));
        var own = await member.GetPageAsync($"/reports/{report.Id}");
        Assert.Null(own.QuerySelector("#accept-form"));
        Assert.NotNull(own.QuerySelector("#member-next"));
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        Assert.NotNull((await officer.GetPageAsync($"/reports/{report.Id}")).QuerySelector("#accept-form"));
    }

    [Fact]
    public async Task An_officer_may_read_but_not_write_the_organizations_report()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());

        var page = await officer.GetPageAsync($"/reports/{report.Id}");
        Assert.Null(page.QuerySelector("#report-form"));
        Assert.NotNull(page.QuerySelector("#not-written"));
        using var post = await PostAsync(officer, $"/reports/{report.Id}", Form(report.Id));
        Assert.True(post.IsRefusal(), $"POST answered {(int)post.StatusCode}");
        Assert.Equal("", (await app.ReportAsync(report.Id)).Narrative);
    }

    [Fact]
    public async Task Nobody_signed_in_is_sent_to_sign_in()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var anonymous = app.CreateBrowserClient();

        foreach (var url in new[] { $"/reports/{report.Id}", "/reports", "/organization/reports", $"/grants/{project.GrantId}/reports", $"/editions/{project.EditionId}/reporting" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal("/account/login", response.RedirectPath());
        }
    }
}
