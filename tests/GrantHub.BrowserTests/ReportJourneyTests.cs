using System.Globalization;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using static GrantHub.BrowserTests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// A progress report from the reminder to its acceptance, clicked in a Chinese browser, on the demo data: the day before
/// the demo organization's milestone report is due, the daily reminder job runs twice and its e-mail reaches the SMTP
/// server once; the member finds the report among the coming deadlines on the home page, writes and submits it (progress,
/// activities, beneficiaries, spending per budget line, a photo); the program officer returns it with a comment; the
/// member reads the comment, revises and submits again; the officer accepts it; the member sees it accepted. Its own app
/// (<see cref="ReportJourneyFixture"/>): the clock moves and the mail goes to its own server.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportJourneyTests(BrowserFixture browser, ReportJourneyFixture journey) : IClassFixture<ReportJourneyFixture>
{
    private const string MemberEmail = "org@demo.granthub.cn";
    private const string OfficerEmail = "officer@demo.granthub.cn";
    private const string Comment = "请补充活动现场照片的说明，并写明展示会的时间和地点。";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The smallest PNG: one red pixel.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_member_is_reminded_once_submits_the_officer_returns_the_member_resubmits_and_the_officer_accepts()
    {
        var report = await MilestoneAsync();
        var reportPath = $"/reports/{report.Id}";

        // 1. The day before it is due, the daily job runs twice (two nodes, a retry): one reminder e-mail reaches the
        //    mail server. What was waiting in the outbox before goes first, so only the new one is counted.
        await journey.RelayAsync();
        var before = MailAbout(reportPath);
        journey.MoveTo(report.DueOn.AddDays(-1));
        Assert.True(await journey.RunRemindersAsync() > 0);
        Assert.Equal(0, await journey.RunRemindersAsync());
        await journey.RelayAsync();
        await journey.RelayAsync();
        var reminder = Assert.Single(MailAbout(reportPath).Except(before));
        Assert.Contains(Zh("Report due on {0}: {1}", Day(report.DueOn), report.ProjectName), reminder.Subject, StringComparison.Ordinal);
        Assert.Contains(Zh("A report of \"{0}\" is due tomorrow, {1}.", report.ProjectName, Day(report.DueOn)), reminder.TextBody, StringComparison.Ordinal);

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = journey.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var flash = page.Locator("main > .alert-success[role=status]");

        // 2. The member sees the report among the coming deadlines, due tomorrow, and opens it.
        await SignInAsync(page, MemberEmail);
        var deadline = page.Locator($"#deadlines li.deadline a[href='{reportPath}']");
        await Expect(deadline).ToContainTextAsync(DemoReports.MilestoneTitle);
        await Expect(deadline.Locator(".deadline-badge")).ToHaveTextAsync(Zh("Tomorrow"));
        await deadline.ClickAsync();
        await Expect(page).ToHaveURLAsync(Url(reportPath));
        await Expect(page.Locator("#report-title")).ToHaveTextAsync(DemoReports.MilestoneTitle);

        // 3. Writes the period's progress, activities, beneficiaries and spending, attaches a photo, and submits.
        await page.Locator("#Form_Narrative").FillAsync("整理了项目一年来的照片、服务案例和居民反馈，制作展板 6 块、宣传册 200 份。");
        await page.Locator("#Form_Activities").FillAsync("11月20日 社区活动室 展板制作 12人次\n11月25日 社区党群服务中心 案例访谈 8人次");
        await page.Locator("#Form_Beneficiaries").FillAsync("86");
        var spent = page.Locator("#spending input[name$='.Spent']");
        var lines = await spent.CountAsync();
        Assert.True(lines > 0, "the budget has no lines to report spending against");
        for (var i = 0; i < lines; i++)
            await spent.Nth(i).FillAsync((1200 + i * 300).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#report-files").SetInputFilesAsync(new FilePayload { Name = "展板.png", MimeType = "image/png", Buffer = Photo });
        await page.Locator("#submit-report").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url("/organization/reports"));
        await Expect(flash).ToHaveTextAsync(Zh("The report is submitted. The program officer is told and will accept it or return it with comments."));
        await Expect(page.Locator($"#submitted .report-row[data-report-id='{report.Id}']")).ToHaveAttributeAsync("data-status", nameof(ReportStatus.Submitted));
        await SignOutAsync(page);

        // 4. The officer reads it, with its photo and spending, and returns it with a comment.
        await SignInAsync(page, OfficerEmail);
        await page.GotoAsync(reportPath);
        await Expect(page.Locator("#progress")).ToContainTextAsync("制作展板 6 块");
        await Expect(page.Locator("#beneficiaries")).ToHaveTextAsync("86");
        await Expect(page.Locator("#photos [data-attachment-id]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#spending-table tbody tr")).ToHaveCountAsync(lines);
        await Expect(page.Locator("#spending-table tbody")).ToContainTextAsync("¥1,200.00");
        await page.Locator("#Return_Comment").FillAsync(Comment);
        await page.Locator("#return-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/reports"));
        await Expect(flash).ToHaveTextAsync(Zh("The report is returned for revision. The organization is told, with your comment."));
        await SignOutAsync(page);

        // 5. The member finds it returned with the comment, revises it (the photo and figures are kept) and submits it again.
        await SignInAsync(page, MemberEmail);
        await page.GotoAsync("/organization/reports");
        var returned = page.Locator($"#returned .report-row[data-report-id='{report.Id}']");
        await Expect(returned.Locator(".review-comment")).ToContainTextAsync(Comment);
        await returned.Locator($"a.btn[href='{reportPath}']").ClickAsync();
        await Expect(page.Locator("#review-comment")).ToContainTextAsync(Comment);
        await Expect(page.Locator("#attachment-list [data-attachment-id]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#Form_Beneficiaries")).ToHaveValueAsync("86");
        await page.Locator("#Form_Activities").FillAsync("11月20日 社区活动室 展板制作 12人次\n11月25日 社区党群服务中心 案例访谈 8人次\n展示会：12月3日 仪征市民政局一楼大厅");
        await page.Locator("#submit-report").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/organization/reports"));
        await Expect(page.Locator($"#submitted .report-row[data-report-id='{report.Id}']")).ToBeVisibleAsync();
        await SignOutAsync(page);

        // 6. The officer accepts it.
        await SignInAsync(page, OfficerEmail);
        await page.GotoAsync(reportPath);
        await Expect(page.Locator("#progress")).ToContainTextAsync("仪征市民政局一楼大厅");
        await page.Locator("#accept-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/reports"));
        await Expect(flash).ToHaveTextAsync(Zh("The report is accepted. The organization is told."));
        await SignOutAsync(page);

        // 7. The member sees it accepted, on time, with nothing more to do.
        await SignInAsync(page, MemberEmail);
        await page.GotoAsync("/organization/reports");
        var accepted = page.Locator($"#accepted .report-row[data-report-id='{report.Id}']");
        await Expect(accepted).ToHaveAttributeAsync("data-status", nameof(ReportStatus.Accepted));
        await Expect(accepted.Locator(".report-status .badge").First).ToHaveTextAsync(Zh(EnumLabels.Of(ReportStatus.Accepted)));
        await Expect(accepted.Locator("[data-flag=late]")).ToHaveCountAsync(0);
        await accepted.Locator($"a[href='{reportPath}']").First.ClickAsync();
        await Expect(page.Locator("#member-next")).ToHaveTextAsync(Zh("Accepted. Nothing more to do for this report."));
        await Expect(page.Locator("#report-form")).ToHaveCountAsync(0);
    }

    /// <summary>The demo organization's milestone report (see <see cref="DemoReports"/>): due within the week, not started.</summary>
    private async Task<Milestone> MilestoneAsync()
    {
        await using var scope = journey.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var milestone = await (from r in db.ProjectReports
                               join g in db.Grants on r.GrantId equals g.Id
                               join a in db.Applications on g.ApplicationId equals a.Id
                               join o in db.Organizations on g.OrganizationId equals o.Id
                               where o.Name == DemoIncubation.DemoOrganizationName && g.Status == GrantStatus.InProgress
                                     && r.Kind == ReportKind.Milestone && r.Title == DemoReports.MilestoneTitle
                               select new Milestone(r.Id, r.DueOn, r.Status, a.ProjectName)).SingleAsync();
        Assert.Equal(ReportStatus.Pending, milestone.Status);
        Assert.InRange(milestone.DueOn.DayNumber - journey.Today.DayNumber, 2, 7);
        return milestone;
    }

    /// <summary>The e-mails the SMTP server received for the member that link to the report.</summary>
    private List<MimeKit.MimeMessage> MailAbout(string reportPath) =>
        journey.Smtp.MessagesTo(MemberEmail).Where(m => (m.TextBody ?? "").Contains(reportPath, StringComparison.Ordinal)).ToList();


    private string Url(string path) => new Uri(journey.BaseUrl, path).ToString();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What the Chinese page says for an English localizer key, from the app's own translations.</summary>
    private string Zh(string key, params object[] args)
    {
        var localizer = journey.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return localizer[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed record Milestone(Guid Id, DateOnly DueOn, ReportStatus Status, string ProjectName);
}
