using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

namespace GrantHub.Web.Tests.Editions;

/// <summary>
/// The app with its clock stopped on Wednesday 18 March 2026, 10:00 China time, a counter of its SQL commands, and
/// helpers that put editions in the database the way the officer's forms would leave them.
/// </summary>
public sealed class EditionsFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 3, 18, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    public DateOnly Today => ChinaTime.Today(Clock);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    public async Task<HttpClient> OfficerAsync() => await SignedInClientAsync(await CreateUserAsync("officer", Roles.ProgramOfficer));

    /// <summary>
    /// An edition with a unique name, rules and categories set (as an officer would before publishing), optionally
    /// published; applications open <paramref name="opensInDays"/> from today and stay open <paramref name="days"/> days.
    /// </summary>
    public Task<Guid> EditionAsync(bool published = true, int opensInDays = 10, int days = 30, string? name = null,
        Action<CompetitionEdition>? more = null) => WithDbAsync(async db =>
    {
        var opens = Today.AddDays(opensInDays);
        var edition = CompetitionEdition.Draft(name ?? $"第{Guid.NewGuid():N}"[..12] + "届公益创投大赛", 2026, "仪征市民政局", opens, opens.AddDays(days));
        // Drafted before it opens, so that the rules may still be set, whatever its dates.
        var drafted = ChinaTime.StartOfDayUtc(opens).AddDays(-1);
        edition.SetBasics(edition.Name, 2026, "仪征市民政局", "围绕为老服务和青少年教育征集社区公益项目。\n项目周期一年。");
        edition.SetRules(Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10,
            [OrganizationType.CommunityOrganization, OrganizationType.SocialServiceOrganization], 1, EvaluationGrade.None, false, false, drafted);
        edition.SetCategories(["为老服务", "青少年教育"], drafted);
        edition.SetAwardTiers([("一等奖", Money.FromYuan(8_000m), 5), ("二等奖", Money.FromYuan(5_000m), 10)]);
        more?.Invoke(edition);
        if (published) edition.Publish(drafted);
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    });

    public Task<CompetitionEdition> EditionByIdAsync(Guid id) => WithDbAsync(db => db.Editions.AsNoTracking()
        .Include(e => e.Categories).Include(e => e.Rubric).Include(e => e.AwardTiers).AsSplitQuery().SingleAsync(e => e.Id == id));

    /// <summary>An organization member who owns a filed community organization.</summary>
    public async Task<(TestUser Member, Guid OrganizationId)> OrganizationAsync()
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var id = await WithDbAsync(async db =>
        {
            var org = Organization.Register($"嘉禾社区{Guid.NewGuid():N}"[..12] + "服务队", OrganizationType.CommunityOrganization,
                $"JH-{Guid.NewGuid():N}"[..10], "刘会长", "13912345678", member.Id, Now);
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }
}

/// <summary>Posting a form with fields that repeat (checkboxes of one name), which the dictionary-based helper cannot.</summary>
public static class RepeatedFields
{
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, IHtmlDocument page, string action, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.GetAttribute("action") == action);
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{Forms.AntiforgeryField}']")!.Value;
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(Forms.AntiforgeryField, token));
        return client.PostAsync(action, new FormUrlEncodedContent(all));
    }
}
