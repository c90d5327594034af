using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Disbursement.DisbursementSteps;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>
/// A double click (or the same form in two tabs) posts the same version twice: the first post moves the tranche, the
/// second is told the payment changed and what it is now; the step happens once, with one audit entry and one round of
/// e-mails.
/// </summary>
public sealed class DoubleClickTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static string ChangedTo(string status) => $"这笔拨付在您打开页面后已有变动：当前状态为\"{status}\"。请刷新页面后核对。";

    [Fact]
    public async Task Approving_twice_with_the_same_version_approves_once_and_tells_the_second_click()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var trancheId = grant.Tranches[0];
        await RequestedAsync(app, trancheId, officer.Id);
        var client = await app.SignedInClientAsync(finance);
        var desk = await client.GetPageAsync("/finance");
        var fields = FieldsOf(desk, $"/tranches/{trancheId}/approve");

        var first = await client.PostAsync($"/tranches/{trancheId}/approve", new FormUrlEncodedContent(fields));
        var second = await client.PostAsync($"/tranches/{trancheId}/approve", new FormUrlEncodedContent(fields));

        // The browser follows the last redirect: it shows what the first click did and why the second did nothing.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, first.StatusCode);
        var shown = await FollowAsync(client, second);
        Assert.Equal("第 1 笔款项（¥250.00）已审批，可以支付。", Flash(shown));
        Assert.Equal(ChangedTo("已审批"), FlashError(shown));
        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal(TrancheStatus.Approved, tranche.Status);
        Assert.Equal(finance.Id, tranche.ApprovedByUserId);
        Assert.Single(await AuditOfAsync(app, trancheId), a => RecordsStatus(a, TrancheStatus.Approved));
        // The page after the second click shows the tranche as it now is: ready to pay.
        Assert.NotNull(shown.QuerySelector($"form[action='/tranches/{trancheId}/pay']"));
    }

    [Fact]
    public async Task Paying_twice_with_the_same_version_pays_once_and_e_mails_the_organization_once()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var trancheId = grant.Tranches[0];
        await ApprovedAsync(app, trancheId, officer.Id, finance.Id);
        var client = await app.SignedInClientAsync(finance);
        var desk = await client.GetPageAsync("/finance");
        var fields = FieldsOf(desk, $"/tranches/{trancheId}/pay");
        fields["BankReference"] = "ICBC-2026-0510-001";

        var first = await client.PostAsync($"/tranches/{trancheId}/pay", new FormUrlEncodedContent(fields));
        fields["BankReference"] = "ICBC-2026-0510-002";
        var second = await client.PostAsync($"/tranches/{trancheId}/pay", new FormUrlEncodedContent(fields));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, first.StatusCode);
        var shown = await FollowAsync(client, second);
        Assert.Contains("已登记为已支付", Flash(shown), StringComparison.Ordinal);
        Assert.Equal(ChangedTo("已支付"), FlashError(shown));
        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal("ICBC-2026-0510-001", tranche.BankReference);
        Assert.Equal(ChinaTime.Today(app.Clock), tranche.PaidOn);
        Assert.Single(await AuditOfAsync(app, trancheId), a => RecordsStatus(a, TrancheStatus.Paid));
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey!.StartsWith($"tranche-paid:{trancheId}:")).ToListAsync());
        var message = Assert.Single(mail);
        Assert.Equal(grant.Member.Email, message.To);
        Assert.Contains("ICBC-2026-0510-001", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("¥250.00", message.Subject, StringComparison.Ordinal);
        var notice = Assert.Single(await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.DeduplicationKey!.StartsWith($"tranche-paid:{trancheId}")).ToListAsync()));
        Assert.Equal(grant.Member.Id, notice.UserId);
        Assert.Equal($"/grants/{grant.GrantId}", notice.Link);
    }

    [Fact]
    public async Task Requesting_twice_with_the_same_version_requests_once_and_e_mails_each_other_finance_officer_once()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var trancheId = grant.Tranches[0];
        var client = await app.SignedInClientAsync(officer);
        var queue = await client.GetPageAsync("/payments");
        var fields = FieldsOf(queue, $"/tranches/{trancheId}/request");

        var first = await client.PostAsync($"/tranches/{trancheId}/request", new FormUrlEncodedContent(fields));
        var second = await client.PostAsync($"/tranches/{trancheId}/request", new FormUrlEncodedContent(fields));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, first.StatusCode);
        var shown = await FollowAsync(client, second);
        Assert.Contains("已申请拨付", Flash(shown), StringComparison.Ordinal);
        Assert.Equal(ChangedTo("已申请"), FlashError(shown));
        Assert.Equal(TrancheStatus.Requested, (await TrancheAsync(app, trancheId)).Status);
        Assert.Single(await AuditOfAsync(app, trancheId), a => RecordsStatus(a, TrancheStatus.Requested));
        var financeOfficers = await app.WithDbAsync(db => (from ur in db.UserRoles
                                                           join r in db.Roles on ur.RoleId equals r.Id
                                                           join u in db.Users on ur.UserId equals u.Id
                                                           where r.Name == Roles.FinanceOfficer
                                                           select u.Email!).ToListAsync());
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey!.StartsWith($"tranche-requested:{trancheId}:")).Select(m => m.To).ToListAsync());
        Assert.Equal(financeOfficers.Order(), mail.Order());
    }
}
