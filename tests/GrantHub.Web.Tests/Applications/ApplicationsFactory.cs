using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Applications;

/// <summary>
/// The app with its clock stopped on Sunday 10 May 2026, 10:00 China time, uploaded files in the test's own folder, and
/// a counter of SQL commands. Editions made here take applications from 1 to 31 May 2026.
/// </summary>
public sealed class ApplicationsFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 5, 10, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly OpensOn = new(2026, 5, 1);
    public static readonly DateOnly ClosesOn = new(2026, 5, 31);
    public static readonly string[] Categories = ["为老服务", "青少年教育", "社区治理"];

    public ApplicationsFactory()
    {
        Settings["Files:Folder"] = FilesFolder;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public string FilesFolder => Path.Combine(Folder, "files");

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    /// <summary>A published edition open now (cap ¥30,000, 10% matching by default), made the way the officer's pages make one.</summary>
    public Task<Guid> CreateEditionAsync(int matchingPercent = 10, decimal capYuan = 30_000m, bool severalAllowed = false,
        DateOnly? opensOn = null, DateOnly? closesOn = null, string[]? categories = null, string? name = null,
        OrganizationType[]? types = null) => WithDbAsync(async db =>
    {
        var drafted = ChinaTime.StartOfDayUtc((opensOn ?? OpensOn).AddDays(-10));
        var edition = CompetitionEdition.Draft(name ?? $"公益创投大赛-{Guid.NewGuid():N}"[..20], 2026, "仪征市民政局", opensOn ?? OpensOn, closesOn ?? ClosesOn);
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(capYuan), matchingPercent, types ?? [], null, EvaluationGrade.None, false, severalAllowed, drafted);
        edition.SetCategories(categories ?? Categories, drafted);
        edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    /// <summary>An organization member and the organization they own; <paramref name="complete"/> fills every part of the profile.</summary>
    public async Task<(TestUser Member, Guid OrganizationId)> CreateOrganizationAsync(string name = "嘉禾社区为老服务中心", bool complete = true)
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var id = await WithDbAsync(async db =>
        {
            var org = Organization.Register($"{name}{Random.Shared.Next(100, 999)}", OrganizationType.CommunityOrganization,
                $"JH-2026-{Random.Shared.Next(10000, 99999)}", "刘会长", "13912345678", member.Id, Now);
            if (complete)
            {
                org.RegistrationAuthority = "真州街道办事处";
                org.RegisteredOn = new DateOnly(2019, 3, 1);
                org.LegalRepresentative = "刘建华";
                org.Address = "仪征市真州镇嘉禾路 88 号";
                org.ServiceFields = ServiceField.ElderlyCare;
                org.StaffCount = 4;
                org.VolunteerCount = 35;
                org.Introduction = "为社区老人提供助餐与陪伴服务。";
                org.BankAccountName = org.Name;
                org.BankName = "中国工商银行仪征支行";
                org.BankAccountNumber = "6222 0210 0000 1234";
                org.AnnualInspection = AnnualInspection.Passed;
            }
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }

    public Task<Application> ApplicationAsync(Guid id) =>
        WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.Budget).Include(a => a.Attachments).SingleAsync(a => a.Id == id));

    /// <summary>A complete, submitted application of <paramref name="organizationId"/> written straight to the database.</summary>
    public Task<Guid> SubmittedApplicationAsync(Guid editionId, Guid organizationId, string userId, string project = "银龄互助食堂",
        int budgetLines = 3, string category = "为老服务", DateTime? at = null) => WithDbAsync(async db =>
    {
        var edition = await db.Editions.Include(e => e.Categories).SingleAsync(e => e.Id == editionId);
        var when = at ?? Now;
        var application = Application.Start(edition, organizationId, userId, when);
        application.DescribeProject(project, edition.Categories.Single(c => c.Name == category).Id, "为社区独居老人提供午餐和陪伴。", when);
        application.DescribePlan("独居老人吃饭难。", "一年服务 300 人次。", "每周三次送餐。", "独居老人", 120, "社工 2 名，志愿者 20 名。", "志愿者流失。", when);
        application.SetBudget(Enumerable.Range(1, budgetLines).Select(i =>
            ($"科目{i}", $"说明{i}", Money.FromYuan(100m * i), i, i % 3 == 0 ? FundsSource.Matching : FundsSource.Fiscal))
            .Append(("社区配套", "场地", Money.FromYuan(1_000m), 1, FundsSource.Matching)), when);
        application.Submit(edition, when);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    });
}
