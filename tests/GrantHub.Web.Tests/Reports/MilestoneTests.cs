using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The project's reports block (the view component on the project page) lists its reports; the program officer adds a
/// milestone report there; a refused one comes back with what was typed.
/// </summary>
public sealed class MilestoneTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task The_officer_adds_a_milestone_report_and_the_organization_is_told()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/grants/{project.GrantId}/reports";

        using var response = await officer.SubmitFormAsync(url, $"/grants/{project.GrantId}/milestones",
            new Dictionary<string, string> { ["Title"] = "重阳节敬老活动报告", ["DueOn"] = "2026-10-31" });

        Assert.Equal(url, response.RedirectPath()!.Split('#')[0]);
        var milestone = await app.ReportAsync(project.GrantId, ReportKind.Milestone);
        Assert.Equal("重阳节敬老活动报告", milestone.Title);
        Assert.Equal(new DateOnly(2026, 10, 31), milestone.DueOn);
        var page = await officer.GetPageAsync(url);
        Assert.Equal(13, page.QuerySelectorAll("#project-reports tbody tr").Length);
        Assert.Contains("重阳节敬老活动报告", page.QuerySelector($"tr[data-report-id='{milestone.Id}']")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == project.Member.Id && n.Link == $"/reports/{milestone.Id}")));
        // The member sees the block, without the form.
        var member = await app.SignedInClientAsync(project.Member);
        var own = await member.GetPageAsync(url);
        Assert.Equal(13, own.QuerySelectorAll("#project-reports tbody tr").Length);
        Assert.Null(own.QuerySelector("#milestone-form"));
    }

    [Fact]
    public async Task A_milestone_due_in_the_past_is_refused_with_the_name_typed_kept()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/grants/{project.GrantId}/reports";

        using var response = await officer.SubmitFormAsync(url, $"/grants/{project.GrantId}/milestones",
            new Dictionary<string, string> { ["Title"] = "中秋活动报告", ["DueOn"] = "2026-08-01" });

        Assert.Equal(url, response.RedirectPath()!.Split('#')[0]);
        var page = await officer.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#milestone-form .alert-danger"));
        Assert.Equal("中秋活动报告", page.InputValue("Title"));
        Assert.Equal("2026-08-01", page.InputValue("DueOn"));
        Assert.Equal(12, (await app.ReportsAsync(project.GrantId)).Count);
    }

    [Fact]
    public async Task A_milestone_without_a_name_or_a_date_is_refused_beside_the_boxes()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/grants/{project.GrantId}/reports";

        using var response = await officer.SubmitFormAsync(url, $"/grants/{project.GrantId}/milestones",
            new Dictionary<string, string> { ["Title"] = "", ["DueOn"] = "下个月" });

        var page = await officer.GetPageAsync(response.RedirectPath()!.Split('#')[0]);
        Assert.Equal(2, page.QuerySelectorAll("#milestone-form .invalid-feedback").Length);
        Assert.Equal("下个月", page.InputValue("DueOn"));
    }

    [Fact]
    public async Task Only_a_program_officer_sees_the_form_and_adds_milestones()
    {
        var project = await app.FundedProjectAsync();
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));
        var page = await finance.GetPageAsync($"/grants/{project.GrantId}/reports");
        Assert.Null(page.QuerySelector("#milestone-form"));
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;

        using var response = await finance.PostAsync($"/grants/{project.GrantId}/milestones", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.AntiforgeryField] = token, ["Title"] = "节点", ["DueOn"] = "2026-12-01",
        }));

        Assert.True(response.IsRefusal(), $"answered {(int)response.StatusCode}");
        Assert.Equal(12, (await app.ReportsAsync(project.GrantId)).Count);
    }
}
