using System.Net;
using GrantHub.Core;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// The life of one report: the member saves a draft (spending prefilled from the budget), submits it; the officer returns
/// it with a comment; the member reads the comment, revises and submits again; the officer accepts it. Each step tells
/// the other side by e-mail (through the outbox) and in the app.
/// </summary>
public sealed class ReportJourneyTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task Draft_submit_return_resubmit_accept()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3); // due 20 September 2026
        var member = await app.SignedInClientAsync(project.Member);
        var officerUser = await app.OfficerAsync();
        var officer = await app.SignedInClientAsync(officerUser);

        // The form is prefilled with the application's budget: subjects and planned subtotals.
        var form = await member.GetPageAsync($"/reports/{report.Id}");
        var rows = form.QuerySelectorAll(".spending-table tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("活动物资", rows[0].TextContent);
        Assert.Contains("¥20,000.00", rows[0].TextContent);
        Assert.Contains("¥6,000.00", rows[2].TextContent);

        // A draft: half the text, spending typed in yuan.
        var draft = new Dictionary<string, string>
        {
            ["Form.Narrative"] = "本月开展助餐服务 12 次。",
            ["Form.Spending[0].Spent"] = "3,200.50",
            ["Form.Spending[1].Spent"] = "5000",
            ["Form.Then"] = "save",
        };
        using (var saved = await member.PostReportAsync(report.Id, draft))
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.ErrorsAsync());
        var afterDraft = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Pending, afterDraft.Status);
        Assert.Equal(["活动物资", "专业督导", "场地租用"], afterDraft.Spending.OrderBy(s => s.Line).Select(s => s.Subject));
        Assert.Equal([Money.FromYuan(20_000m), Money.FromYuan(10_000m), Money.FromYuan(6_000m)], afterDraft.Spending.OrderBy(s => s.Line).Select(s => s.Planned));
        Assert.Equal([Money.FromYuan(3_200.50m), Money.FromYuan(5_000m), Money.Zero], afterDraft.Spending.OrderBy(s => s.Line).Select(s => s.Spent));
        Assert.Equal("3200.5", (await member.GetPageAsync($"/reports/{report.Id}")).InputValue("Form.Spending[0].Spent"));

        // Submitted: the officers are told by e-mail and in the app.
        using (var submitted = await member.PostReportAsync(report.Id, ReportPages.Complete()))
            Assert.Equal("/organization/reports", submitted.RedirectPath());
        var first = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Submitted, first.Status);
        Assert.Equal(app.Now, first.FirstSubmittedAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == officerUser.Email && m.DeduplicationKey!.StartsWith($"report-submitted:{report.Id}"))));
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == officerUser.Id && n.Link == $"/reports/{report.Id}")));

        // The officer's queue shows it first; the officer returns it with a comment.
        var queue = await officer.GetPageAsync($"/reports?edition={project.EditionId}");
        Assert.Equal(report.Id.ToString(), queue.QuerySelector("#queue-table tbody tr")!.GetAttribute("data-report-id"));
        app.Clock.Advance(TimeSpan.FromHours(2));
        using (var returned = await officer.SubmitFormAsync($"/reports/{report.Id}", $"/reports/{report.Id}/return",
                   new Dictionary<string, string> { ["Return.Comment"] = "请补充活动照片和签到表。" }))
            Assert.True(returned.StatusCode == HttpStatusCode.Redirect, await returned.ErrorsAsync());
        Assert.Equal(ReportStatus.Returned, (await app.ReportAsync(report.Id)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == project.Member.Email && m.DeduplicationKey!.StartsWith($"report-returned:{report.Id}"))));

        // The member sees the comment on the list and on the form, which is editable again.
        var mine = await member.GetPageAsync("/organization/reports");
        Assert.Contains("请补充活动照片和签到表。", mine.QuerySelector("#returned")!.TextContent);
        var again = await member.GetPageAsync($"/reports/{report.Id}");
        Assert.Contains("请补充活动照片和签到表。", again.QuerySelector("#review-comment")!.TextContent);
        Assert.NotNull(again.QuerySelector("#report-form"));
        Assert.Equal("本月开展助餐服务 12 次，新增独居老人 5 名。", again.QuerySelector("textarea[name='Form.Narrative']")!.TextContent.Trim());

        // Resubmitted with a photo: the first submission time is kept.
        app.Clock.Advance(TimeSpan.FromHours(1));
        using (var resubmitted = await member.PostReportWithFilesAsync(report.Id,
                   new Dictionary<string, string> { ["Form.Activities"] = "8月5日 社区食堂 助餐 30 人次（附签到表）", ["Form.Then"] = "submit" },
                   ("签到表.png", ReportPages.Png, "image/png")))
            Assert.True(resubmitted.StatusCode == HttpStatusCode.Redirect, await resubmitted.ErrorsAsync());
        var second = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Submitted, second.Status);
        Assert.Equal(first.FirstSubmittedAt, second.FirstSubmittedAt);
        Assert.Equal(app.Now, second.SubmittedAt);
        Assert.Equal("签到表.png", Assert.Single(second.Attachments).FileName);

        // Accepted; the organization is told.
        using (var accepted = await officer.SubmitFormAsync($"/reports/{report.Id}", $"/reports/{report.Id}/accept",
                   new Dictionary<string, string> { ["Accept.Comment"] = "材料齐全。" }))
            Assert.Equal("/reports", accepted.RedirectPath());
        var done = await app.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Accepted, done.Status);
        Assert.Equal(officerUser.Id, done.ReviewedByUserId);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == project.Member.Email && m.DeduplicationKey!.StartsWith($"report-accepted:{report.Id}"))));
        Assert.Equal(2, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == project.Member.Id && n.Link == $"/reports/{report.Id}")));
        var read = await member.GetPageAsync($"/reports/{report.Id}");
        Assert.Null(read.QuerySelector("#report-form"));
        Assert.Equal("Accepted", read.QuerySelector(".report-status")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task The_email_to_an_officer_who_chose_english_is_in_english()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var english = await app.CreateUserAsync("officer-en", GrantHub.Core.Identity.Roles.ProgramOfficer);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == english.Id)).PreferredCulture = "en";
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInClientAsync(project.Member);

        using (var submitted = await member.PostReportAsync(report.Id, ReportPages.Complete()))
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var mail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == english.Email));
        Assert.StartsWith("Report to review:", mail.Subject);
        var chinese = await app.WithDbAsync(db => db.OutboxMessages.FirstAsync(m => m.To != english.Email && m.DeduplicationKey!.StartsWith($"report-submitted:{report.Id}")));
        Assert.StartsWith("待审核报告", chinese.Subject);
    }
}
