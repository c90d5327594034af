using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Storage;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>
/// The app with its clock stopped on Sunday 10 May 2026, 10:00 China time, files in the test's own folder and a counter
/// of SQL commands; editions take applications from 1 to 31 May 2026 and their review closes on 30 June 2026.
/// Assignments are written straight to the database, the way the officer's panel pages make them.
/// </summary>
public sealed class JudgeDeskFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 5, 10, 10, 0, 0, TimeSpan.FromHours(8));
    public const string NeedAnalysis = "仪征市真州镇独居老人吃饭难，午间无人照看。";
    public const string AttachmentName = "嘉禾社区为老服务中心-登记证书.pdf";

    public JudgeDeskFactory()
    {
        Settings["Files:Folder"] = Path.Combine(Folder, "files");
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    public Task<Guid> CreateEditionAsync(bool blind = false) => WithDbAsync(async db =>
    {
        var drafted = ChinaTime.StartOfDayUtc(new DateOnly(2026, 4, 20));
        var edition = CompetitionEdition.Draft($"公益创投大赛-{Guid.NewGuid():N}"[..20], 2026, "仪征市民政局", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10, [], null, EvaluationGrade.None, false, false, drafted);
        edition.SetCategories(["为老服务", "青少年教育"], drafted);
        edition.SetTimeline(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), new DateOnly(2026, 6, 30), 7);
        edition.SetReview(3, AggregationMethod.Mean, blind, 60);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>A submitted application with a budget and one PDF attachment, by an organization with a recognisable name and code.</summary>
    public async Task<Application> SubmittedApplicationAsync(Guid editionId, string organizationName, string code, string project = "银龄互助食堂")
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var org = Organization.Register(organizationName, OrganizationType.CommunityOrganization, code, "刘会长", "13912345678", member.Id, Now);
        db.Organizations.Add(org);
        var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
        var application = Application.Start(edition, org.Id, member.Id, Now);
        application.DescribeProject(project, edition.Categories.Single(c => c.Name == "为老服务").Id, "为社区独居老人提供午餐和陪伴。", Now);
        application.DescribePlan(NeedAnalysis, "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", Now);
        application.SetBudget([("餐费补贴", "每餐 10 元", Money.FromYuan(10m), 1000, FundsSource.Fiscal),
            ("场地", "社区提供", Money.FromYuan(2_000m), 1, FundsSource.Matching)], Now);
        var stored = StoredNames.New("pdf");
        await files.SaveAsync(stored, new MemoryStream("%PDF-1.4 test"u8.ToArray()));
        application.Attach(AttachmentName, stored, 13, Now);
        application.Submit(edition, Now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    public Task<Guid> AssignAsync(Guid editionId, Guid applicationId, string judgeId) => WithDbAsync(async db =>
    {
        var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, Now);
        db.JudgeAssignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    public Task<ScoreSheet?> SheetAsync(Guid assignmentId) =>
        WithDbAsync(db => db.ScoreSheets.AsNoTracking().Include(s => s.Scores).SingleOrDefaultAsync(s => s.AssignmentId == assignmentId));

    public Task<IReadOnlyList<(int Id, int MaxPoints)>> CriteriaAsync(Guid editionId) => WithDbAsync(async db =>
        (IReadOnlyList<(int, int)>)(await db.Editions.AsNoTracking().Where(e => e.Id == editionId).SelectMany(e => e.Rubric)
            .OrderBy(c => c.Order).Select(c => new { c.Id, c.MaxPoints }).ToListAsync()).Select(c => (c.Id, c.MaxPoints)).ToList());
}

/// <summary>A judge with one assignment in a fresh edition.</summary>
public sealed record JudgeCase(Guid EditionId, Application Application, TestUser Judge, Guid AssignmentId, HttpClient Client)
{
    public string Url => $"/judging/{AssignmentId}";

    public static async Task<JudgeCase> CreateAsync(JudgeDeskFactory app, bool blind = false)
    {
        var editionId = await app.CreateEditionAsync(blind);
        var application = await app.SubmittedApplicationAsync(editionId, $"嘉禾社区为老服务中心{Random.Shared.Next(100, 999)}", $"JH-2026-{Random.Shared.Next(10000, 99999)}");
        var judge = await app.CreateUserAsync("judge", Roles.Judge);
        var assignmentId = await app.AssignAsync(editionId, application.Id, judge.Id);
        return new JudgeCase(editionId, application, judge, assignmentId, await app.SignedInClientAsync(judge));
    }

    public Task<HttpResponseMessage> DeclareNoConflictAsync() =>
        Client.SubmitFormAsync(Url, $"{Url}/declare", new Dictionary<string, string> { ["Declaration.Decision"] = "none" });

    /// <summary>Fills every criterion with the given points (comment on each) and saves or submits.</summary>
    public async Task<HttpResponseMessage> ScoreAsync(IReadOnlyList<(int Id, int MaxPoints)> criteria, Func<int, decimal> points, string then,
        string comment = "论证充分")
    {
        var typed = new Dictionary<string, string> { ["Form.Then"] = then };
        for (var i = 0; i < criteria.Count; i++)
        {
            typed[$"Form.Rows[{i}].Points"] = points(criteria[i].MaxPoints).ToString(System.Globalization.CultureInfo.InvariantCulture);
            typed[$"Form.Rows[{i}].Comment"] = comment;
        }
        return await Client.SubmitFormAsync(Url, $"{Url}/sheet", typed);
    }
}

public static class AntiforgeryPost
{
    /// <summary>POSTs <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of any form on <paramref name="pageUrl"/> (the layout's).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector($"input[name={Forms.AntiforgeryField}]")!.GetAttribute("value")!;
        var all = new Dictionary<string, string>(fields) { [Forms.AntiforgeryField] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }
}
