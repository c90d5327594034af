using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The officer sets an edition's reporting rules (defaults until saved); wrong numbers are refused beside their boxes;
/// rules changed meanwhile are not overwritten; projects confirmed afterwards follow them.
/// </summary>
public sealed class ReportingRulesTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task The_officer_saves_an_editions_rules_and_the_next_project_follows_them()
    {
        var project = await app.FundedProjectAsync(schedule: false);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/editions/{project.EditionId}/reporting";
        var page = await officer.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#rules-default"));
        Assert.Equal("6", page.InputValue("Form.MidtermAfterMonths"));

        using var response = await officer.SubmitFormAsync(page, url, new Dictionary<string, string>
        {
            ["Form.MonthlyReports"] = "false", ["Form.MidtermAfterMonths"] = "4", ["Form.FinalAfterMonths"] = "10", ["Form.PassMark"] = "70",
        });

        Assert.Equal(url, response.RedirectPath());
        var rules = await app.WithDbAsync(db => db.ReportingRules.AsNoTracking().SingleAsync(r => r.EditionId == project.EditionId));
        Assert.Equal((false, 4, 10, 70), (rules.MonthlyReports, rules.MidtermAfterMonths, rules.FinalAfterMonths, rules.PassMark));
        await app.WithDbAsync(async db =>
        {
            await db.ScheduleReportsAsync((await db.Grants.FindAsync(project.GrantId))!);
            return await db.SaveChangesAsync();
        });
        Assert.Equal([(ReportKind.Midterm, project.SignedOn.AddMonths(4)), (ReportKind.Final, project.SignedOn.AddMonths(10))],
            (await app.ReportsAsync(project.GrantId)).Select(r => (r.Kind, r.DueOn)));
    }

    [Fact]
    public async Task A_midterm_after_the_final_and_a_pass_mark_over_100_are_refused_with_the_entries_kept()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/editions/{project.EditionId}/reporting";

        using var response = await officer.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.MidtermAfterMonths"] = "12", ["Form.FinalAfterMonths"] = "9", ["Form.PassMark"] = "120",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("Form.MidtermAfterMonths"));
        Assert.NotNull(page.FieldError("Form.PassMark"));
        Assert.Equal("12", page.InputValue("Form.MidtermAfterMonths"));
        Assert.Equal("120", page.InputValue("Form.PassMark"));
        Assert.False(await app.WithDbAsync(db => db.ReportingRules.AnyAsync(r => r.EditionId == project.EditionId)));
    }

    [Fact]
    public async Task Rules_changed_since_the_page_was_drawn_are_not_overwritten()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var url = $"/editions/{project.EditionId}/reporting";
        var page = await officer.GetPageAsync(url);
        await app.WithDbAsync(async db =>
        {
            var rules = ReportingRules.Defaults(project.EditionId);
            rules.Set(true, 3, 6, 60);
            db.ReportingRules.Add(rules);
            return await db.SaveChangesAsync();
        });

        using var response = await officer.SubmitFormAsync(page, url, new Dictionary<string, string> { ["Form.PassMark"] = "75" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadHtmlAsync();
        Assert.NotNull(again.ErrorSummary());
        Assert.Equal("75", again.InputValue("Form.PassMark"));
        Assert.Equal(60, await app.WithDbAsync(db => db.ReportingRules.Where(r => r.EditionId == project.EditionId).Select(r => r.PassMark).SingleAsync()));
    }

    [Fact]
    public async Task Only_a_program_officer_opens_the_rules()
    {
        var project = await app.FundedProjectAsync();
        var member = await app.SignedInClientAsync(project.Member);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));

        using (var refused = await member.GetAsync($"/editions/{project.EditionId}/reporting")) Assert.True(refused.IsRefusal());
        using (var refused = await admin.GetAsync($"/editions/{project.EditionId}/reporting")) Assert.True(refused.IsRefusal());
    }

    [Fact]
    public async Task The_editions_overview_links_to_its_reporting_rules()
    {
        var project = await app.FundedProjectAsync();
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());

        var overview = await officer.GetPageAsync($"/editions/{project.EditionId}");

        Assert.Equal($"/editions/{project.EditionId}/reporting", overview.QuerySelector("#reporting-link")!.GetAttribute("href"));
    }
}
