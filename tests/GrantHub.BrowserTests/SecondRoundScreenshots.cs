using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// Full-page PNGs of the second round (路演/答辩) and of the conflict overrides and reports, at 1280 and 390 in Chinese
/// and English, on an edition of its own (new people and organizations, so the demo stays as it is):
/// <c>SCREENSHOTS_DIR=/tmp/shots dotnet test tests/GrantHub.BrowserTests --filter SecondRoundScreenshots</c>.
/// Skipped unless SCREENSHOTS_DIR is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecondRoundScreenshots(BrowserFixture browser)
{
    private sealed record Prepared(Guid EditionId, TestUser Officer, TestUser Judge, Guid SecondRoundAssignment, TestUser ReportingJudge,
        Guid ReportedAssignment);

    [ScreenshotFact]
    public async Task Take_screenshots_of_the_second_round_pages()
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        var p = await PrepareAsync();

        foreach (var culture in new[] { "zh-CN", "en" })
        foreach (var width in new[] { 1280, 390 })
        {
            async Task<IPage> SignInAsync(IBrowserContext context, TestUser user)
            {
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
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{culture}-{width}-{name}.png"), FullPage = true });
            }
            async Task<IBrowserContext> Context()
            {
                var context = await browser.NewContextAsync(width, width < 800 ? 844 : 800);
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl.ToString() }]);
                return context;
            }
            var e = p.EditionId;

            await using (var context = await Context())
            {
                var officer = await SignInAsync(context, p.Officer);
                await Shot(officer, "secondround-settings", $"/editions/{e}/secondround");
                await Shot(officer, "secondround-overview", $"/editions/{e}");
                await Shot(officer, "secondround-shortlist", $"/editions/{e}/shortlist");
                await Shot(officer, "secondround-assignments-written", $"/editions/{e}/assignments");
                await officer.Locator("details.lift-suggestion summary").First.ClickAsync();
                await officer.Locator("details.lift-suggestion[open] button[type=submit]").First.ClickAsync();
                await Expect(officer.Locator(".lift-error").First).ToBeVisibleAsync();
                await Shot(officer, "secondround-assignments-override-refused");
                await Shot(officer, "secondround-assignments-defense", $"/editions/{e}/assignments?round=2");
                await Shot(officer, "secondround-ranking", $"/editions/{e}/ranking");
                await Shot(officer, "secondround-sheets", $"/editions/{e}/sheets");
            }
            await using (var context = await Context())
            {
                var judge = await SignInAsync(context, p.Judge);
                await Shot(judge, "secondround-judge-queue", "/judging");
                await Shot(judge, "secondround-judge-sheet", $"/judging/{p.SecondRoundAssignment}");
                await judge.Locator("#report-conflict summary").ClickAsync();
                await judge.Locator("#report-button").ClickAsync();
                await Expect(judge.Locator(".field-validation-error").First).ToBeVisibleAsync();
                await Shot(judge, "secondround-judge-report-refused");
            }
            await using (var context = await Context())
            {
                var judge = await SignInAsync(context, p.ReportingJudge);
                await Shot(judge, "secondround-judge-reported-queue", "/judging");
                await Shot(judge, "secondround-judge-reported", $"/judging/{p.ReportedAssignment}");
            }
        }
    }

    /// <summary>
    /// An edition closed ten days ago: six eligible applications scored by three judges; a second round (written 40 %,
    /// 路演/答辩 60 %) with three shortlisted, two of them through their defense; a judge who reported a conflict after
    /// a draft; a suggested conflict not yet ruled on and one lifted with a reason.
    /// </summary>
    private async Task<Prepared> PrepareAsync()
    {
        var app = browser.App;
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        string[] names = ["王建国", "李秀英", "张志强", "刘芳", "陈明"];
        var judges = new List<TestUser>();
        foreach (var _ in names) judges.Add(await app.CreateUserAsync("judge", Roles.Judge));
        var members = new List<TestUser>();
        for (var i = 0; i < 6; i++) members.Add(await app.CreateUserAsync("org", Roles.OrganizationMember));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        foreach (var (judge, i) in judges.Select((j, i) => (j, i)))
            (await db.Users.SingleAsync(u => u.Id == judge.Id)).DisplayName = names[i];
        (await db.Users.SingleAsync(u => u.Id == officer.Id)).DisplayName = "周主任";

        var opens = today.AddDays(-40);
        var drafted = ChinaTime.StartOfDayUtc(opens.AddDays(-5));
        var edition = CompetitionEdition.Draft($"仪征市社区公益创投路演示范赛（{Guid.NewGuid().ToString("N")[..4]}）", today.Year, "仪征市民政局", opens, today.AddDays(-10));
        edition.SetRules(Money.FromYuan(300_000m), Money.FromYuan(30_000m), 0, [], null, EvaluationGrade.None, false, false, drafted);
        edition.SetCategories(["为老服务", "青少年教育"], drafted);
        edition.SetTimeline(opens, today.AddDays(-10), today.AddDays(20), 7);
        edition.SetReview(3, AggregationMethod.Mean, false, 60);
        edition.SetSecondRound(true, 40, 3, RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false)));
        edition.Publish(drafted);
        db.Editions.Add(edition);
        foreach (var (judge, i) in judges.Select((j, i) => (j, i)))
        {
            db.JudgeProfiles.Add(JudgeProfile.Create(judge.Id, i % 2 == 0 ? "扬州大学社会发展学院" : "仪征市社会工作协会", ["为老服务"]));
            db.EditionJudges.Add(new EditionJudge(edition.Id, judge.Id, drafted));
        }
        await db.SaveChangesAsync();

        string[] projects = ["银龄互助食堂", "四点半课堂", "独居老人关爱热线", "社区亲子阅读角", "助老理发志愿队", "青少年心理驿站"];
        var submittedAt = ChinaTime.StartOfDayUtc(opens.AddDays(3));
        var applications = new List<Application>();
        var organizations = new List<Organization>();
        for (var i = 0; i < projects.Length; i++)
        {
            var org = Organization.Register($"真州社区{projects[i]}服务队（{Guid.NewGuid().ToString("N")[..4]}）", OrganizationType.CommunityOrganization,
                $"真州备字{Random.Shared.Next(1000, 10000)}号", "刘会长", "13912345678", members[i].Id, drafted);
            db.Organizations.Add(org);
            organizations.Add(org);
            var a = Application.Start(edition, org.Id, members[i].Id, submittedAt);
            a.DescribeProject(projects[i], edition.Categories[i % 2].Id, "为社区居民提供常态化服务。", submittedAt);
            a.DescribePlan("社区需求调研显示服务缺口明显。", "一年服务 300 人次。", "每周三次活动。", "社区居民", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", submittedAt);
            a.SetBudget([("活动费", "材料与场地", Money.FromYuan(8_000m + 1_000m * i), 1, FundsSource.Fiscal)], submittedAt);
            a.Submit(edition, submittedAt);
            a.Screen(true, null, officer.Id, now.AddDays(-9));
            db.Applications.Add(a);
            applications.Add(a);
        }
        await db.SaveChangesAsync();

        // Written round: 王建国, 李秀英, 张志强 score all six.
        var rules = ScoringRules.Of(edition);
        decimal[] quality = [88, 72, 84, 91, 65, 79];
        for (var i = 0; i < applications.Count; i++)
            for (var j = 0; j < 3; j++)
                Sheet(db, edition.Id, applications[i].Id, judges[j].Id, Assignment.FirstRound, rules, quality[i] + (j - 1) * 3, now.AddDays(-8), declare: true);
        // 刘芳 declared none and drafted on 银龄互助食堂, then reported a tie.
        var reported = new Assignment(edition.Id, applications[0].Id, judges[3].Id, Assignment.FirstRound, now.AddDays(-8));
        var declaration = ConflictDeclaration.NoConflict(applications[0].Id, judges[3].Id, now.AddDays(-8));
        var draft = ScoreSheet.Start(reported, declaration, now.AddDays(-8));
        draft.Save(rules, rules.Criteria.Take(2).Select(c => new ScoreEntry(c.Id, c.MaxPoints * 0.8m)), now.AddDays(-8));
        declaration.ReportConflict(ConflictKind.PriorTie, "曾为该机构提供付费督导服务", now.AddDays(-7));
        db.AddRange(reported, declaration, draft);
        // 陈明 is a member of an applicant: the suggestion waits for a ruling; 刘芳's membership of another was lifted with a reason.
        organizations[1].AddMember(judges[4].Id, drafted);
        organizations[4].AddMember(judges[3].Id, drafted);
        db.LiftedConflictSuggestions.Add(LiftedConflictSuggestion.Lift(applications[4].Id, judges[3].Id, [ConflictKind.MemberOfOrganization],
            officer.Id, "仅为捐赠会员，不参与机构管理。", now.AddDays(-9)));
        await db.SaveChangesAsync();

        // The shortlist: the top three of the written round; two have presented.
        var ranking = Ranking.Compute(new RankingInput(edition.Aggregation,
            edition.RubricOf(RubricCriterion.FirstRound).Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(),
            applications.Select(a => new RankingApplication(a.Id, a.SubmittedAt!.Value)).ToList(),
            (await db.ScoreSheets.AsNoTracking().Include(s => s.Scores)
                .Where(s => s.Status == ScoreSheetStatus.Submitted && applications.Select(a => a.Id).Contains(s.ApplicationId)).ToListAsync())
                .Select(s => new RankingSheet(s.ApplicationId, s.JudgeUserId, s.Scores.Select(x => new CriterionScore(x.CriterionId, x.Points)).ToList())).ToList(),
            3));
        foreach (var line in Shortlist.Top(ranking, 3)) db.Shortlist.Add(ShortlistEntry.Add(edition, line, officer.Id, now.AddDays(-5)));
        edition.OpenSecondRound(now.AddDays(-5));
        var shortlisted = Shortlist.Top(ranking, 3).Select(l => l.ApplicationId).ToList();
        var second = ScoringRules.Of(edition, Assignment.SecondRound);
        decimal[] defense = [70, 93];
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 3; j++)
                Sheet(db, edition.Id, shortlisted[i], judges[j].Id, Assignment.SecondRound, second, defense[i] + (j - 1) * 2, now.AddDays(-2), declare: false);
        // 王建国 has the third shortlisted project still to score.
        var waiting = new Assignment(edition.Id, shortlisted[2], judges[0].Id, Assignment.SecondRound, now.AddDays(-2));
        db.JudgeAssignments.Add(waiting);
        await db.SaveChangesAsync();
        return new Prepared(edition.Id, officer, judges[0], waiting.Id, judges[3], reported.Id);
    }

    private static void Sheet(GrantHubDbContext db, Guid editionId, Guid applicationId, string judgeId, int round, ScoringRules rules, decimal percent,
        DateTime when, bool declare)
    {
        var assignment = new Assignment(editionId, applicationId, judgeId, round, when);
        var declaration = declare
            ? ConflictDeclaration.NoConflict(applicationId, judgeId, when)
            : db.ConflictDeclarations.Local.Single(d => d.ApplicationId == applicationId && d.JudgeUserId == judgeId);
        if (declare) db.Add(declaration);
        var sheet = ScoreSheet.Start(assignment, declaration, when);
        sheet.Save(rules, rules.Criteria.Select(c => new ScoreEntry(c.Id, Math.Round(c.MaxPoints * percent / 50m, MidpointRounding.AwayFromZero) / 2, "论证较充分")), when);
        sheet.Submit(rules, when.AddHours(1));
        db.AddRange(assignment, sheet);
    }
}
