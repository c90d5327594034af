using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Disbursement.DisbursementSteps;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>An award (奖励) is paid once through the same steps; recording its payment completes it.</summary>
public sealed class AwardPaymentTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Paying_an_award_completes_it_and_its_page_says_so()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var (grantId, trancheId) = await AwardAsync(officer);
        await ApprovedAsync(app, trancheId, officer.Id, finance.Id);
        var client = await app.SignedInClientAsync(finance);
        var fields = FieldsOf(await client.GetPageAsync("/finance"), $"/tranches/{trancheId}/pay");
        fields["BankReference"] = "ICBC-2026-AWARD-001";
        fields["PaidOn"] = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd");

        var shown = await FollowAsync(client, await client.PostAsync($"/tranches/{trancheId}/pay", new FormUrlEncodedContent(fields)));

        Assert.StartsWith("第 1 笔款项（¥300.00）已登记为已支付", Flash(shown));
        var grant = await app.WithDbAsync(db => db.Grants.AsNoTracking().SingleAsync(g => g.Id == grantId));
        Assert.Equal(GrantStatus.Completed, grant.Status);
        Assert.Equal(app.Now, grant.CompletedAt);
        var page = await client.GetPageAsync($"/grants/{grantId}");
        Assert.Contains("已结项", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_award_approved_but_not_paid_is_still_in_progress()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var (grantId, trancheId) = await AwardAsync(officer);

        await ApprovedAsync(app, trancheId, officer.Id, finance.Id);

        var grant = await app.WithDbAsync(db => db.Grants.AsNoTracking().SingleAsync(g => g.Id == grantId));
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Null(grant.CompletedAt);
    }

    /// <summary>An edition's first prize (¥300) given, published and finalized: the award's tranche is payable.</summary>
    private async Task<(Guid Grant, Guid Tranche)> AwardAsync(TestUser officer)
    {
        var editionId = await Ranking.RankingSeed.EditionAsync(app);
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var applicationId = await app.SubmittedApplicationAsync(editionId, organizationId, member.Id, "社区读书会", at: ApplicationsFactory.Start.UtcDateTime);
        return await app.WithDbAsync(async db =>
        {
            var now = app.Now;
            var edition = await db.Editions.Include(e => e.AwardTiers).SingleAsync(e => e.Id == editionId);
            var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
            application.Screen(true, null, officer.Id, now);
            var decision = Decision.Make(edition, application, DecisionOutcome.Awarded, null, edition.AwardTiers[0].Id, DecidedSoFar.Nothing, officer.Id, now);
            var publicity = GrantHub.Core.Judging.Publicity.Publish(edition, [applicationId], [decision], officer.Id, now);
            publicity.Finalize([], [decision], officer.Id, publicity.PeriodEndUtc);
            var grant = Grant.Open(decision, organizationId, now);
            db.AddRange(decision, publicity, grant);
            await db.SaveChangesAsync();
            return (grant.Id, grant.Tranches[0].Id);
        });
    }
}
