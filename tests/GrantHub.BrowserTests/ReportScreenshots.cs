using GrantHub.Core.Monitoring;
using GrantHub.Web.Storage;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.Reports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// PNGs of the progress-report pages (the organization's list and form, the officer's queue, review, project block and
/// reporting rules) at 1280 and 390 wide, in Chinese and English, with reports in every state:
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter ReportScreenshots</c>.
/// Its own app (the reports tests' factory, clock stopped on 1 September 2026) on a real port; skipped unless
/// SCREENSHOTS_DIR is set.
/// </summary>
public sealed class ReportScreenshots
{
    private static readonly byte[] RedPixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [ScreenshotFact]
    public async Task Take_screenshots_of_the_report_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        await using var app = new ReportsFactory();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = $"http://127.0.0.1:{new Uri(address.Replace("[::]", "localhost").Replace("+", "localhost")).Port}";

        // One project signed on 20 February 2026 with reports in every state, a second one for the queue, and an
        // organization with no project yet.
        var project = await app.FundedProjectAsync(signedOn: new DateOnly(2026, 2, 20), project: "银龄互助食堂");
        var other = await app.FundedProjectAsync(signedOn: new DateOnly(2026, 5, 10), project: "四点半课堂");
        var (newcomer, _) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        var officerUser = await app.OfficerAsync();
        var reports = await app.ReportsAsync(project.GrantId);
        ProjectReport Monthly(int n) => reports.Single(r => r.Kind == ReportKind.Monthly && r.Number == n);
        var files = app.Services.GetRequiredService<IFileStore>();
        var photo = StoredNames.New("png");
        await files.SaveAsync(photo, new MemoryStream(RedPixel));
        var pdf = StoredNames.New("pdf");
        await files.SaveAsync(pdf, new MemoryStream(ReportPages.Pdf));
        DateTime At(int month, int day) => GrantHub.Core.ChinaTime.StartOfDayUtc(new DateOnly(2026, month, day)).AddHours(10);
        void Write(ProjectReport r, DateTime when) => r.SaveDraft(
            "本月开展助餐服务 12 次，新增独居老人 5 名。志愿者队伍稳定，社区食堂运行良好。\n遇到的问题：两名志愿者因工作变动退出，已补充招募。",
            "3月5日 社区食堂 助餐 30 人次\n3月19日 上门探访独居老人 12 户\n3月26日 志愿者培训 1 场 18 人", 45,
            [("活动物资", GrantHub.Core.Money.FromYuan(20_000m), GrantHub.Core.Money.FromYuan(6_320.50m)),
             ("专业督导", GrantHub.Core.Money.FromYuan(10_000m), GrantHub.Core.Money.FromYuan(5_000m)),
             ("场地租用", GrantHub.Core.Money.FromYuan(6_000m), GrantHub.Core.Money.FromYuan(7_000m))], when);
        await app.ChangeAsync(Monthly(1).Id, r => { Write(r, At(3, 18)); r.Submit(project.Member.Id, At(3, 18)); r.Accept(officerUser.Id, null, At(3, 25)); });
        await app.ChangeAsync(Monthly(2).Id, r => { Write(r, At(4, 18)); r.Submit(project.Member.Id, At(4, 18)); r.Accept(officerUser.Id, "材料齐全，照片清晰。", At(4, 25)); });
        await app.ChangeAsync(Monthly(3).Id, r =>
        {
            Write(r, At(5, 19));
            r.Attach("助餐现场.png", photo, "image/png", RedPixel.Length, At(5, 19));
            r.Submit(project.Member.Id, At(5, 19));
            r.Return(officerUser.Id, "请补充 5 月 12 日活动的签到表，并说明场地租用超出预算的原因。", At(5, 28));
        });
        await app.ChangeAsync(Monthly(4).Id, r =>
        {
            Write(r, At(6, 25));
            r.Attach("助餐现场.png", photo, "image/png", RedPixel.Length, At(6, 25));
            r.Attach("签到表.pdf", pdf, "application/pdf", ReportPages.Pdf.Length, At(6, 25));
            r.Submit(project.Member.Id, At(6, 25));
        });
        await app.ChangeAsync(Monthly(5).Id, r => { Write(r, At(7, 18)); r.Submit(project.Member.Id, At(7, 18)); });
        await app.ChangeAsync(Monthly(6).Id, r => r.SaveDraft("本月进展（草稿）", "", null, [], At(8, 30)));
        var otherReports = await app.ReportsAsync(other.GrantId);
        await app.SubmitAsync(otherReports.Single(r => r.Kind == ReportKind.Monthly && r.Number == 3).Id, other.Member.Id);
        var midterm = reports.Single(r => r.Kind == ReportKind.Midterm);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            async Task<IPage> SignedIn(TestUser user)
            {
                var context = await browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = width, Height = width < 800 ? 844 : 800 }, Locale = "zh-CN",
                });
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = baseUrl }]);
                var page = await context.NewPageAsync();
                await page.GotoAsync("/account/login");
                await page.Locator("#Email").FillAsync(user.Email);
                await page.Locator("#Password").FillAsync(user.Password);
                await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
                await Expect(page.Locator("#signed-in-as")).ToHaveCountAsync(1);
                return page;
            }
            async Task Shot(IPage page, string name, string? path = null)
            {
                if (path is not null)
                {
                    var response = await page.GotoAsync(path);
                    Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
                }
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-reports-{name}.png"), FullPage = true });
            }

            var member = await SignedIn(project.Member);
            await Shot(member, "org-list", "/organization/reports");
            await Shot(member, "form-draft", $"/reports/{Monthly(6).Id}");
            await Shot(member, "form-returned", $"/reports/{Monthly(3).Id}");
            await Shot(member, "read-submitted", $"/reports/{Monthly(4).Id}");
            await member.GotoAsync($"/reports/{Monthly(7).Id}");
            await member.Locator("#report-files").SetInputFilesAsync(new FilePayload { Name = "假照片.jpg", MimeType = "image/jpeg", Buffer = "not a photo"u8.ToArray() });
            await member.Locator("#submit-report").ClickAsync();
            await Expect(member.Locator(".field-validation-error").First).ToBeVisibleAsync();
            await Shot(member, "form-refused");
            await member.Locator("#submit-report").ClickAsync();
            await Expect(member.Locator("#missing")).ToBeVisibleAsync();
            await Shot(member, "form-missing");
            await member.Context.CloseAsync();

            var officer = await SignedIn(officerUser);
            await Shot(officer, "queue", "/reports");
            await Shot(officer, "review", $"/reports/{Monthly(4).Id}");
            await officer.Locator("textarea[name='Return.Comment']").FillAsync("   ");
            await officer.Locator("#return-button").ClickAsync();
            await Expect(officer.Locator(".field-validation-error").First).ToBeVisibleAsync();
            await Shot(officer, "review-refused");
            await Shot(officer, "overdue-midterm", $"/reports/{midterm.Id}");
            await Shot(officer, "project", $"/grants/{project.GrantId}/reports");
            await officer.Locator("#milestone-box summary").ClickAsync();
            await officer.Locator("#milestone-form button[type=submit]").ClickAsync();
            await Expect(officer.Locator("#milestone-form .invalid-feedback").First).ToBeVisibleAsync();
            await Shot(officer, "project-milestone-refused");
            await Shot(officer, "rules", $"/editions/{project.EditionId}/reporting");
            await officer.Context.CloseAsync();

            var empty = await SignedIn(newcomer);
            await Shot(empty, "org-empty", "/organization/reports");
            await empty.Context.CloseAsync();
        }
    }
}
