using System.Text.Json;
using GrantHub.Core;
using GrantHub.Core.Auditing;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>A confirmed grant: its organization and member, and its tranches in plan order.</summary>
internal sealed record GrantFixture(Guid GrantId, Guid OrganizationId, TestUser Member, string Project, Guid[] Tranches);

/// <summary>
/// Grants made the way the app makes them, through Core: an edition (its own, so that pools never run out) with one
/// eligible application, a funded decision published and finalized, the grant opened, its agreement drafted on the
/// 50/30/20 template (¥250 / ¥150 / ¥100 of ¥500) and confirmed by the organization: tranche 1 is payable, 2 and 3 planned.
/// Moving a tranche on (request, approve, pay) is written straight through Core too.
/// </summary>
internal static class GrantFixtures
{
    public const decimal GrantYuan = 500m;

    public static async Task<GrantFixture> ConfirmedGrantAsync(ApplicationsFactory app, string? project = null, TestUser? officer = null)
    {
        project ??= $"银龄助餐-{Guid.NewGuid():N}"[..12];
        officer ??= await app.CreateUserAsync("grant-officer", Roles.ProgramOfficer);
        var editionId = await Ranking.RankingSeed.EditionAsync(app);
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var applicationId = await app.SubmittedApplicationAsync(editionId, organizationId, member.Id, project, at: ApplicationsFactory.Start.UtcDateTime);
        var grantId = await app.WithDbAsync(async db =>
        {
            var now = app.Now;
            var today = ChinaTime.Today(app.Clock);
            var edition = await db.Editions.Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId);
            var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
            application.Screen(true, null, officer.Id, now);
            var decision = Decision.Make(edition, application, DecisionOutcome.Funded, Money.FromYuan(GrantYuan), null, DecidedSoFar.Nothing, officer.Id, now);
            var publicity = GrantHub.Core.Judging.Publicity.Publish(edition, [applicationId], [decision], officer.Id, now);
            publicity.Finalize([], [decision], officer.Id, publicity.PeriodEndUtc);
            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId);
            var grant = Grant.Open(decision, organizationId, now);
            var amount = Money.FromYuan(GrantYuan);
            grant.DraftAgreement(amount, TranchePlan.FromTemplate(amount, TrancheTemplate.FiftyThirtyTwenty),
                new BankAccount(organization.BankAccountName, organization.BankName, organization.BankAccountNumber), officer.Id, now);
            grant.Confirm(member.Id, today, "协议.pdf", $"{Guid.NewGuid():N}.pdf", today, now);
            db.AddRange(decision, publicity, grant);
            await db.SaveChangesAsync();
            return grant.Id;
        });
        var tranches = await app.WithDbAsync(db => db.Tranches.Where(t => t.GrantId == grantId).OrderBy(t => t.Number).Select(t => t.Id).ToArrayAsync());
        return new GrantFixture(grantId, organizationId, member, project, tranches);
    }

    /// <summary>Moves a tranche on through Core, as the pages would (each step its own save).</summary>
    public static Task StepAsync(ApplicationsFactory app, Guid trancheId, Action<Tranche> step) => app.WithDbAsync(async db =>
    {
        var tranche = await db.Tranches.SingleAsync(t => t.Id == trancheId);
        step(tranche);
        return await db.SaveChangesAsync();
    });

    public static Task RequestedAsync(ApplicationsFactory app, Guid trancheId, string officerId) =>
        StepAsync(app, trancheId, t => t.Request(officerId, app.Now));

    public static async Task ApprovedAsync(ApplicationsFactory app, Guid trancheId, string officerId, string financeId)
    {
        await RequestedAsync(app, trancheId, officerId);
        await StepAsync(app, trancheId, t => t.Approve(financeId, app.Now));
    }

    public static async Task PaidAsync(ApplicationsFactory app, Guid trancheId, string officerId, string financeId, string reference)
    {
        await ApprovedAsync(app, trancheId, officerId, financeId);
        await StepAsync(app, trancheId, t => t.Pay(financeId, reference, ChinaTime.Today(app.Clock), ChinaTime.Today(app.Clock), app.Now));
    }

    /// <summary>Makes tranche 2 of a grant payable (as a passed mid-term evaluation would).</summary>
    public static Task MidtermPassedAsync(ApplicationsFactory app, Guid grantId, string officerId) => app.WithDbAsync(async db =>
    {
        var grant = await db.Grants.Include(g => g.Tranches).SingleAsync(g => g.Id == grantId);
        grant.ApplyEvaluation(false, true, officerId, app.Now);
        return await db.SaveChangesAsync();
    });

    public static Task<Tranche> TrancheAsync(ApplicationsFactory app, Guid id) =>
        app.WithDbAsync(db => db.Tranches.AsNoTracking().SingleAsync(t => t.Id == id));

    /// <summary>The audit entries written for one entity, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditOfAsync(ApplicationsFactory app, Guid entityId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityKey == entityId.ToString()).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Whether an audit entry records the tranche's status moving to <paramref name="status"/>.</summary>
    public static bool RecordsStatus(AuditEntry entry, TrancheStatus status)
    {
        if (entry.After is null) return false;
        using var json = JsonDocument.Parse(entry.After);
        if (!json.RootElement.TryGetProperty(nameof(Tranche.Status), out var s)) return false;
        return s.ValueKind == JsonValueKind.Number ? s.GetInt32() == (int)status : s.GetString() == status.ToString();
    }

    public static Task<int> CountAsync<T>(ApplicationsFactory app, Func<GrantHubDbContext, IQueryable<T>> query) =>
        app.WithDbAsync(db => query(db).CountAsync());
}
