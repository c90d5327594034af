using System.Globalization;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.JudgeDesk;
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
/// The judging of a competition from end to end, clicked in a Chinese browser: the program officer assigns the panel
/// automatically; the judge declares no conflict, scores every criterion and submits, which locks the sheet; the officer
/// reads the ranking with the judge's totals, decides every eligible application and publishes the results; an
/// anonymous visitor then reads the funded project, its amount and the judge's name on the public results page.
/// The edition itself (published, one judge per application, two applications that passed screening, the judge demo
/// account on its panel) is set up through the database, so the journey does not depend on the demo's assignments.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JudgingJourneyTests(BrowserFixture browser)
{
    private const string Category = "为老服务";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task The_officer_assigns_the_judge_scores_the_officer_decides_and_publishes_and_anyone_reads_the_results()
    {
        var officer = DemoData.Accounts.Single(a => a.Email == "officer@demo.granthub.cn");
        var judge = DemoData.Accounts.Single(a => a.Email == "judge@demo.granthub.cn");
        var setup = await SetUpEditionAsync(judge.Email);
        var (strong, weak) = (setup.Applications[0], setup.Applications[1]);
        var funded = Money.FromYuan(8_000m);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var flash = page.Locator("main > .alert-success[role=status]");

        // 1. The officer opens the edition's assignments: two eligible applications, one judge, nobody assigned yet.
        await SignInAsync(page, officer.Email, DemoData.Password);
        await page.GotoAsync($"/editions/{setup.EditionId}/assignments");
        var rows = page.Locator("#assignment-list > li");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#assignment-summary")).ToContainTextAsync(Zh("Eligible applications: {0}", 2));
        await Expect(page.Locator("#assignment-summary")).ToContainTextAsync(Zh("Judges: {0}", 1));
        await Expect(rows.Locator(".assigned-judges")).ToHaveTextAsync([Zh("No judge assigned yet."), Zh("No judge assigned yet.")]);

        // 2. Assigns automatically: each application gets the one judge the edition asks for.
        await page.Locator("#auto-assign-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{setup.EditionId}/assignments"));
        await Expect(flash).ToContainTextAsync(Zh("Every eligible application has its {0} judges.", 1));
        foreach (var application in setup.Applications)
        {
            var row = page.Locator($"#assignment-list li[data-application-id='{application.Id}']");
            await Expect(row.Locator("[data-judge-count]")).ToHaveAttributeAsync("data-judge-count", "1");
            await Expect(row.Locator($".assigned-judges [data-user-id='{setup.JudgeUserId}']")).ToContainTextAsync(judge.DisplayName);
        }
        await Expect(page.Locator("#auto-assign-form button[type=submit]")).ToBeDisabledAsync();
        await SignOutAsync(page);

        // 3. The judge finds both applications in the queue, to declare.
        await SignInAsync(page, judge.Email, DemoData.Password);
        await page.GotoAsync("/judging");
        var queue = page.Locator(".queue-edition", new() { HasTextString = setup.EditionName });
        await Expect(queue.Locator(".queue-row")).ToHaveCountAsync(2);
        await Expect(queue.Locator($".queue-row[data-status={QueueStatus.ToDeclare}]")).ToHaveCountAsync(2);

        // 4. Scores the strong one at 90 and the weak one at 70: declares no conflict, fills every criterion, submits.
        await ScoreAsync(page, queue, strong, setup.Criteria, 0.9m);
        await ScoreAsync(page, queue, weak, setup.Criteria, 0.7m);
        await Expect(queue.Locator($".queue-row[data-status={QueueStatus.Submitted}]")).ToHaveCountAsync(2);

        // 5. The submitted sheet is locked: no form, the scores read back.
        await queue.Locator(".queue-row", new() { HasTextString = strong.ProjectName }).Locator("a").ClickAsync();
        await Expect(page.Locator("#sheet-status")).ToHaveAttributeAsync("data-status", nameof(QueueStatus.Submitted));
        await Expect(page.Locator("#locked-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#score-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#sheet-total")).ToHaveTextAsync("90");
        await Expect(page.Locator("#locked-scores li")).ToHaveCountAsync(setup.Criteria.Count);
        await SignOutAsync(page);

        // 6. The officer reads the ranking: the strong application first, with the judge's total.
        await SignInAsync(page, officer.Email, DemoData.Password);
        await page.GotoAsync($"/editions/{setup.EditionId}/ranking");
        var ranking = page.Locator("#ranking > li");
        await Expect(ranking).ToHaveCountAsync(2);
        var first = page.Locator($"#ranking > li[data-application-id='{strong.Id}']");
        var second = page.Locator($"#ranking > li[data-application-id='{weak.Id}']");
        await Expect(first).ToHaveAttributeAsync("data-position", "1");
        await Expect(second).ToHaveAttributeAsync("data-position", "2");
        await Expect(first.Locator(".aggregate")).ToHaveTextAsync("90");
        await Expect(second.Locator(".aggregate")).ToHaveTextAsync("70");
        await Expect(first.Locator($".judge-totals [data-judge='{judge.DisplayName}']")).ToHaveTextAsync($"{judge.DisplayName} 90");
        await Expect(second.Locator($".judge-totals [data-judge='{judge.DisplayName}']")).ToHaveTextAsync($"{judge.DisplayName} 70");
        await Expect(page.Locator("#undecided")).ToHaveTextAsync(Zh("{0} eligible applications still without a decision: decide them all before publishing.", 2));
        await Expect(page.Locator("#publish-form")).ToHaveCountAsync(0);

        // 7. Funds the first within the cap and its request, and does not select the second.
        await first.Locator("input[name=Outcome][value=Funded]").CheckAsync();
        await first.Locator("input[name=AmountYuan]").FillAsync("8000");
        await first.Locator(".decision-form button[type=submit]").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("The decision on \"{0}\" is recorded.", strong.ProjectName));
        await Expect(first.Locator(".current-decision")).ToContainTextAsync($"{Zh(EnumLabels.Of(DecisionOutcome.Funded))} · {funded}");
        await Expect(page.Locator("#decided")).ToHaveTextAsync(funded.ToString());

        await second.Locator("input[name=Outcome][value=NotSelected]").CheckAsync();
        await second.Locator(".decision-form button[type=submit]").ClickAsync();
        await Expect(flash).ToHaveTextAsync(Zh("The decision on \"{0}\" is recorded.", weak.ProjectName));
        await Expect(second.Locator(".current-decision")).ToContainTextAsync(Zh(EnumLabels.Of(DecisionOutcome.NotSelected)));

        // 8. Every eligible application is decided: publishes the results.
        await page.Locator("#publish-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"/editions/{setup.EditionId}/ranking"));
        await Expect(flash).ToHaveTextAsync(Zh("The results are published. The publicity period runs until {0}.", await PublicityEndsOnAsync(setup.EditionId)));
        await Expect(page.Locator($"#publicity-status a[href='/competitions/{setup.EditionId}/results']")).ToBeVisibleAsync();
        await Expect(page.Locator("#publish-form")).ToHaveCountAsync(0);

        // 9. A visitor who is not signed in reads the funded project, its amount and the panel on the results page.
        await using var visitorContext = await browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/competitions/{setup.EditionId}/results");
        await Expect(visitor.Locator("#signed-in-as")).ToHaveCountAsync(0);
        await Expect(visitor.Locator("h1")).ToHaveTextAsync(Zh("Results of {0}", setup.EditionName));
        var results = visitor.Locator("#results tbody tr");
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results).ToHaveAttributeAsync("data-application-id", strong.Id.ToString());
        await Expect(results.Locator(".project-name")).ToContainTextAsync(strong.ProjectName);
        await Expect(results.Locator(".outcome")).ToHaveTextAsync(Zh(EnumLabels.Of(DecisionOutcome.Funded)));
        await Expect(results.Locator(".amount")).ToHaveTextAsync(funded.ToString());
        await Expect(visitor.Locator("#results")).Not.ToContainTextAsync(weak.ProjectName);
        await Expect(visitor.Locator("#judges")).ToHaveTextAsync(judge.DisplayName);
    }

    /// <summary>Opens the application from the queue, declares no conflict, scores every criterion at the share given and submits.</summary>
    private async Task ScoreAsync(IPage page, ILocator queue, SetUpApplication application, IReadOnlyList<int> criteria, decimal share)
    {
        var flash = page.Locator("main > .alert-success[role=status]");
        await queue.Locator(".queue-row", new() { HasTextString = application.ProjectName }).Locator("a").ClickAsync();
        await Expect(page.Locator("#project-name")).ToHaveTextAsync(application.ProjectName);
        await Expect(page.Locator("#sheet-status")).ToHaveAttributeAsync("data-status", nameof(QueueStatus.ToDeclare));
        // Nothing of the application shows before the declaration.
        await Expect(page.Locator("#section-plan")).ToHaveCountAsync(0);
        await page.Locator("#decision-none").CheckAsync();
        await page.Locator("#declare-button").ClickAsync();

        await Expect(flash).ToHaveTextAsync(Zh("Thank you: the application is open for scoring."));
        await Expect(page.Locator("#sheet-status")).ToHaveAttributeAsync("data-status", nameof(QueueStatus.ToScore));
        await Expect(page.Locator("#section-plan")).ToBeVisibleAsync();
        await Expect(page.Locator("#score-form .score-row")).ToHaveCountAsync(criteria.Count);
        for (var i = 0; i < criteria.Count; i++)
            await page.Locator($"#points-{i}").FillAsync(Points(criteria[i], share).ToString("0.#", CultureInfo.InvariantCulture));
        await page.Locator("#submit-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url("/judging"));
        await Expect(flash).ToHaveTextAsync(Zh("Your score sheet is submitted and locked. Thank you."));
        var row = queue.Locator(".queue-row", new() { HasTextString = application.ProjectName });
        await Expect(row).ToHaveAttributeAsync("data-status", nameof(QueueStatus.Submitted));
        await Expect(row.Locator(".badge")).ToHaveTextAsync(Zh(QueueStatusLabels.Of(QueueStatus.Submitted)));
    }

    /// <summary>The share of the criterion's maximum, to the half point (the default rubric gives whole totals).</summary>
    private static decimal Points(int maxPoints, decimal share) => Math.Round(maxPoints * share * 2, MidpointRounding.AwayFromZero) / 2;

    /// <summary>
    /// A published edition open since yesterday, one judge per application, mean of the scores, not blind, no comment
    /// required; two applications of demo organizations submitted and passed; the judge demo account on its panel.
    /// </summary>
    private async Task<SetUp> SetUpEditionAsync(string judgeEmail)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var run = Guid.NewGuid().ToString("N")[..6];
        var officerId = await db.Users.Where(u => u.Email == "officer@demo.granthub.cn").Select(u => u.Id).SingleAsync();
        var judgeId = await db.Users.Where(u => u.Email == judgeEmail).Select(u => u.Id).SingleAsync();
        var organizations = await db.Organizations.Where(o => o.Name != DemoIncubation.DemoOrganizationName)
            .OrderBy(o => o.Name).Select(o => o.Id).Take(2).ToListAsync();

        var edition = CompetitionEdition.Draft($"评审旅程测试大赛（{run}）", today.Year, "仪征市民政局", today.AddDays(-1), today.AddDays(30));
        edition.SetRules(new Money(10_000_000), new Money(3_000_000), 0, [], null, EvaluationGrade.None,
            requiresResidency: false, allowsSeveralApplications: false, now);
        edition.SetCategories([Category], now);
        edition.SetReview(1, AggregationMethod.Mean, blindReview: false, commentBelowPercent: 0);
        edition.Publish(now);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();

        var applications = new List<SetUpApplication>();
        foreach (var (organizationId, i) in organizations.Select((o, i) => (o, i)))
        {
            var application = Application.Start(edition, organizationId, officerId, now);
            var name = $"{(i == 0 ? "银龄互助" : "社区书屋")}项目（{run}）";
            application.DescribeProject(name, edition.Categories.Single().Id, "在社区开展为老服务，每月不少于四次活动。", now);
            application.DescribePlan("社区老年人对身边服务需求大。", "一年内服务居民不少于300人次。", "第1-2月调研；第3-12月开展服务。",
                "社区老年人", 300, "负责人1名，志愿者10名。", "志愿者流失：建立激励机制。", now);
            application.SetBudget(
            [
                ("活动物资", "服务活动耗材", new Money(1_000_000), 1, FundsSource.Fiscal),
                ("场地", "社区提供的场地（折算）", new Money(200_000), 1, FundsSource.Matching),
            ], now);
            application.Submit(edition, now);
            application.Screen(true, null, officerId, now);
            db.Applications.Add(application);
            applications.Add(new SetUpApplication(application.Id, name));
        }
        db.EditionJudges.Add(new EditionJudge(edition.Id, judgeId, now));
        await db.SaveChangesAsync();

        var criteria = edition.Rubric.OrderBy(c => c.Order).Select(c => c.MaxPoints).ToList();
        return new SetUp(edition.Id, edition.Name, judgeId, applications, criteria);
    }

    private async Task<string> PublicityEndsOnAsync(Guid editionId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var endsOn = await db.Publicities.Where(p => p.EditionId == editionId).Select(p => p.EndsOn).SingleAsync();
        return endsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }


    private string Url(string path) => new Uri(browser.BaseUrl, path).ToString();

    /// <summary>What the Chinese page says for an English localizer key, from the app's own translations.</summary>
    private string Zh(string key, params object[] args)
    {
        var localizer = browser.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
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

    private sealed record SetUpApplication(Guid Id, string ProjectName);

    private sealed record SetUp(Guid EditionId, string EditionName, string JudgeUserId, IReadOnlyList<SetUpApplication> Applications,
        IReadOnlyList<int> Criteria);
}
