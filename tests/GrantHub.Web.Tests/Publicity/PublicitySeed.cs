using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Publicity;

/// <summary>
/// An edition (pool ¥1,200, cap ¥500, one 一等奖 of ¥300, 7 publicity days) with three decided applications of three
/// organizations — funded ¥450, awarded 一等奖, not selected — and two judges on its panel.
/// </summary>
internal sealed record Seeded(Guid EditionId, Guid Funded, Guid Awarded, Guid NotSelected, Guid[] OrganizationIds, TestUser[] Members);

internal static class PublicitySeed
{
    public static async Task<Guid> EligibleAsync(ApplicationsFactory app, Guid editionId, string project, List<TestUser> members, List<Guid> organizations)
    {
        var (member, organizationId) = await app.CreateOrganizationAsync();
        members.Add(member);
        organizations.Add(organizationId);
        // Submitted while the edition was open, whatever the clock says now.
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, member.Id, project, at: ApplicationsFactory.Start.UtcDateTime);
        await app.WithDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            application.Screen(true, null, member.Id, app.Now);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<Seeded> EditionAsync(ApplicationsFactory app, bool decideAll = true)
    {
        var editionId = await Ranking.RankingSeed.EditionAsync(app);
        var members = new List<TestUser>();
        var organizations = new List<Guid>();
        var funded = await EligibleAsync(app, editionId, "银龄助餐", members, organizations);
        var awarded = await EligibleAsync(app, editionId, "四点半课堂", members, organizations);
        var notSelected = await EligibleAsync(app, editionId, "社区议事厅", members, organizations);
        // A second member of the first organization: both get the final e-mail.
        var second = await app.CreateUserAsync("org2", Roles.OrganizationMember);
        members.Add(second);
        var officer = await app.CreateUserAsync("decider", Roles.ProgramOfficer);
        var judges = new[] { await app.CreateUserAsync("judge", Roles.Judge), await app.CreateUserAsync("judge", Roles.Judge) };
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organizations[0]);
            org.AddMember(second.Id, app.Now);
            var names = new[] { "王评审", "李评审" };
            for (var i = 0; i < judges.Length; i++)
            {
                var user = await db.Users.SingleAsync(u => u.Id == judges[i].Id);
                user.DisplayName = names[i];
                db.EditionJudges.Add(new EditionJudge(editionId, judges[i].Id, app.Now));
            }
            var edition = await db.Editions.Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId);
            var applications = await db.Applications.Where(a => a.EditionId == editionId).ToListAsync();
            var decisions = new List<Decision>();
            decisions.Add(Decision.Make(edition, applications.Single(a => a.Id == funded), DecisionOutcome.Funded, Money.FromYuan(450m), null,
                DecidedSoFar.Nothing, officer.Id, app.Now));
            decisions.Add(Decision.Make(edition, applications.Single(a => a.Id == awarded), DecisionOutcome.Awarded, null, edition.AwardTiers[0].Id,
                DecidedSoFar.Of(decisions, awarded), officer.Id, app.Now));
            if (decideAll)
                decisions.Add(Decision.Make(edition, applications.Single(a => a.Id == notSelected), DecisionOutcome.NotSelected, null, null,
                    DecidedSoFar.Of(decisions, notSelected), officer.Id, app.Now));
            db.Decisions.AddRange(decisions);
            return await db.SaveChangesAsync();
        });
        return new Seeded(editionId, funded, awarded, notSelected, organizations.ToArray(), members.ToArray());
    }

    public static async Task<HttpClient> OfficerAsync(ApplicationsFactory app) =>
        await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));

    /// <summary>The officer presses "Publish the results" on the ranking page.</summary>
    public static Task<HttpResponseMessage> PublishAsync(HttpClient officer, Guid editionId) =>
        officer.SubmitFormAsync($"/editions/{editionId}/ranking", $"/editions/{editionId}/results/publish", new Dictionary<string, string>());

    public static Dictionary<string, string> Objection(Guid applicationId, string contact = "13800000000") => new()
    {
        ["ApplicationId"] = applicationId.ToString(), ["Name"] = "张三", ["Contact"] = contact, ["Text"] = "该项目的服务人数与实际不符。",
    };

    /// <summary>Moves the clock past the last day of the period (7 days from today, China time).</summary>
    public static void PastThePeriod(ApplicationsFactory app) => app.Clock.Advance(TimeSpan.FromDays(9));
}
