using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// The app with its clock stopped on Friday 5 June 2026, 10:00 China time (after the editions made here closed on
/// 31 May), a counter of SQL commands, and helpers that put a panel, eligible applications and their ties in the database.
/// </summary>
public sealed class PanelFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 5, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly string[] Categories = ["为老服务", "青少年教育"];

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    public async Task<HttpClient> OfficerAsync() => await SignedInClientAsync(await CreateUserAsync("officer", Roles.ProgramOfficer));

    /// <summary>A published edition that took applications in May 2026, with <paramref name="judgesPerApplication"/> judges each.</summary>
    public Task<Guid> EditionAsync(int judgesPerApplication = 2) => WithDbAsync(async db =>
    {
        var drafted = ChinaTime.StartOfDayUtc(new DateOnly(2026, 4, 20));
        var edition = CompetitionEdition.Draft($"公益创投大赛-{Guid.NewGuid():N}"[..20], 2026, "仪征市民政局", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10, [], null, EvaluationGrade.None, false, false, drafted);
        edition.SetCategories(Categories, drafted);
        edition.SetReview(judgesPerApplication, AggregationMethod.Mean, false, 60);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>An organization (owned by a new member) with an application to the edition that passed screening.</summary>
    public async Task<(Guid ApplicationId, Guid OrganizationId, TestUser Member)> EligibleApplicationAsync(Guid editionId, string project = "银龄互助食堂",
        string category = "为老服务")
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var organizationId = await WithDbAsync(async db =>
        {
            var org = Organization.Register($"嘉禾社区服务队{Guid.NewGuid():N}"[..14], OrganizationType.CommunityOrganization,
                $"JH-{Guid.NewGuid():N}"[..12], "刘会长", "13912345678", member.Id, Now);
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (await EligibleApplicationForAsync(editionId, organizationId, member.Id, project, category), organizationId, member);
    }

    /// <summary>An application of an existing organization to the edition, submitted in May 2026 and passed screening.</summary>
    public Task<Guid> EligibleApplicationForAsync(Guid editionId, Guid organizationId, string memberId, string project = "银龄互助食堂",
        string category = "为老服务") => WithDbAsync(async db =>
    {
        var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
        var when = ChinaTime.StartOfDayUtc(new DateOnly(2026, 5, 10));
        var application = Application.Start(edition, organizationId, memberId, when);
        application.DescribeProject(project, edition.Categories.Single(c => c.Name == category).Id, "为社区独居老人提供午餐和陪伴。", when);
        application.DescribePlan("独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", when);
        application.SetBudget([("餐费", "午餐", Money.FromYuan(1_000m), 1, FundsSource.Fiscal), ("场地", "社区配套", Money.FromYuan(500m), 1, FundsSource.Matching)], when);
        application.Submit(edition, when);
        application.Screen(true, null, memberId, when.AddDays(25));
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    });

    public Task SeatAsync(Guid editionId, string userId) => WithDbAsync(db =>
    {
        db.EditionJudges.Add(new EditionJudge(editionId, userId, Now));
        return db.SaveChangesAsync();
    });

    /// <summary>A person with the judge role on the edition's panel (profile with the given expertise).</summary>
    public async Task<TestUser> JudgeAsync(Guid editionId, params string[] expertise)
    {
        var judge = await CreateUserAsync("judge", Roles.Judge);
        await WithDbAsync(db =>
        {
            db.JudgeProfiles.Add(JudgeProfile.Create(judge.Id, "扬州大学", expertise));
            db.EditionJudges.Add(new EditionJudge(editionId, judge.Id, Now));
            return db.SaveChangesAsync();
        });
        return judge;
    }

    public Task<List<Assignment>> AssignmentsAsync(Guid editionId) =>
        WithDbAsync(db => db.JudgeAssignments.AsNoTracking().Where(a => a.EditionId == editionId).ToListAsync());

    /// <summary>The judge declared no conflict and started the score sheet of an assignment.</summary>
    public Task StartSheetAsync(Guid assignmentId) => WithDbAsync(async db =>
    {
        var assignment = await db.JudgeAssignments.SingleAsync(a => a.Id == assignmentId);
        var declaration = ConflictDeclaration.NoConflict(assignment.ApplicationId, assignment.JudgeUserId, Now);
        db.ConflictDeclarations.Add(declaration);
        db.ScoreSheets.Add(ScoreSheet.Start(assignment, declaration, Now));
        return await db.SaveChangesAsync();
    });

    /// <summary>A center where the organization is resident (admitted), and a staff member there.</summary>
    public async Task<int> ResidentAtCenterAsync(Guid organizationId)
    {
        return await WithDbAsync(async db =>
        {
            var center = new IncubationCenter { Name = $"孵化中心-{Guid.NewGuid():N}"[..20], Level = CenterLevel.Community, Address = "仪征市真州镇", Desks = 5 };
            db.IncubationCenters.Add(center);
            await db.SaveChangesAsync();
            db.Residencies.Add(Residency.Apply(organizationId, center.Id, "办公场地", Now.AddDays(-100)));
            await db.SaveChangesAsync();
            return center.Id;
        });
    }

    public Task PostToCenterAsync(int centerId, string userId) => WithDbAsync(db =>
    {
        db.CenterStaff.Add(new CenterStaffMember { CenterId = centerId, UserId = userId });
        return db.SaveChangesAsync();
    });

    public Task MakeMemberAsync(Guid organizationId, string userId) => WithDbAsync(async db =>
    {
        var org = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organizationId);
        org.AddMember(userId, Now);
        return await db.SaveChangesAsync();
    });

    /// <summary>Posts a form of the page at <paramref name="pageUrl"/>; the form is picked by action and an optional hidden value.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string action,
        Dictionary<string, string> typed, (string Name, string Value)? pick = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => f.GetAttribute("action") == action
                && (pick is not { } p || f.QuerySelector($"input[name='{p.Name}'][value='{p.Value}']") is not null))
            ?? throw new InvalidOperationException($"No form posts to {action} with {pick}.");
        var fields = new List<KeyValuePair<string, string>>
        {
            new(Forms.AntiforgeryField, form.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!),
        };
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
            if (input.Name is { } name && name != Forms.AntiforgeryField && !typed.ContainsKey(name)) fields.Add(new(name, input.Value));
        fields.AddRange(typed);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static void Redirected(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.RedirectPath());
    }
}
