using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>The home page lists the signed-in person's coming deadlines in date order, whatever their roles.</summary>
public sealed class DeadlinesOnHomePageTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task An_organization_sees_its_overdue_returned_and_coming_reports_in_date_order_but_not_those_far_off()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(-2), "银龄互助食堂");
        await app.AddReportAsync(project.GrantId, 2, app.Today.AddDays(20));
        await app.AddReportAsync(project.GrantId, 3, app.Today.AddDays(40));
        var returned = await app.AddReportAsync(project.GrantId, 4, app.Today.AddDays(-10));
        await app.SubmitReportAsync(returned, member.Id, officer.Id, returnIt: true);

        var items = await DeadlinesAsync(member, "?culture=en");

        Assert.Equal(
            [
                $"{Day(-10)} Monthly report 4 of \"银龄互助食堂\" Returned for revision: resubmit it (due on {Day(-10)}) 10 days overdue",
                $"{Day(-2)} Monthly report 1 of \"银龄互助食堂\" Report due on {Day(-2)} 2 days overdue",
                $"{Day(20)} Monthly report 2 of \"银龄互助食堂\" Report due on {Day(20)} In 20 days",
            ],
            items);
    }

    [Fact]
    public async Task A_judge_sees_the_review_deadline_with_the_unfinished_sheets()
    {
        var (member, organizationId, _) = await app.OrganizationAsync();
        var (other, otherId, _) = await app.OrganizationAsync();
        var (editionId, applications) = await app.EditionInReviewAsync(app.Today.AddDays(5), [(organizationId, member.Id), (otherId, other.Id)]);
        var judge = await app.CreateUserAsync("judge", Roles.Judge);
        await app.AssignAsync(editionId, applications[0], judge.Id);
        await app.AssignAsync(editionId, applications[1], judge.Id, submitted: true);

        var item = Assert.Single(await DeadlinesAsync(judge, "?culture=en"));
        Assert.StartsWith($"{Day(5)} 1 unfinished score sheet: 公益创投大赛-", item);
        Assert.EndsWith($"The review closes on {Day(5)} In 5 days", item);
    }

    [Fact]
    public async Task Center_staff_see_waiting_applications_with_the_day_their_answer_is_due()
    {
        var (centerId, staff) = await app.CenterWithStaffAsync();
        var (_, organizationId, name) = await app.OrganizationAsync();
        // Applied on Monday 1 June 2026: the answer is due five working days later, Monday 8 June.
        await app.ApplyForResidencyAsync(organizationId, centerId, RemindersFactory.Utc(2026, 6, 1));

        var item = Assert.Single(await DeadlinesAsync(staff, ""));
        Assert.Equal($"2026-06-08 {name}的入驻申请 应于 2026-06-08 前答复（5 个工作日） 还有 6 天", item);
    }

    [Fact]
    public async Task An_officer_sees_reports_awaiting_review_and_payable_tranches_not_yet_requested()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, organization) = await app.OrganizationAsync();
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(3), "邻里守望", payableTranche: true);
        await app.SubmitReportAsync(project.ReportId, member.Id, officer.Id);

        var items = await DeadlinesAsync(officer, "?culture=en");

        Assert.Contains("2026-05-10 Tranche 1 of \"邻里守望\" ¥10,000.00 for " + organization + ", payable since 2026-05-10: not yet requested Waiting for you", items);
        Assert.Contains($"{Day(0)} Monthly report 1 of \"邻里守望\" Submitted by {organization} on {Day(0)}: awaiting your review Waiting for you", items);
    }

    [Fact]
    public async Task Someone_with_nothing_due_reads_so_and_a_visitor_sees_no_deadlines()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var page = await (await app.SignedInClientAsync(admin)).GetPageAsync("/");
        Assert.Contains("近期没有到期事项。", page.QuerySelector("#deadlines")!.TextContent);

        var visitor = await app.CreateBrowserClient().GetPageAsync("/");
        Assert.Null(visitor.QuerySelector("#deadlines"));
    }

    private async Task<List<string>> DeadlinesAsync(TestUser user, string query)
    {
        var page = await (await app.SignedInClientAsync(user)).GetPageAsync("/" + query);
        return page.QuerySelectorAll("#deadlines li.deadline")
            .Select(li => System.Text.RegularExpressions.Regex.Replace(li.TextContent, @"\s+", " ").Trim())
            .ToList();
    }

    private string Day(int days) => app.Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
