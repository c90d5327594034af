using System.Globalization;
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
/// Money to be returned (追回) is recorded with its own states: the officer claims at most what was paid less what is
/// already claimed, finance records it returned, the officer may withdraw it with a reason; nothing is silently dropped.
/// </summary>
public sealed class ClawbackTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<(GrantFixture Grant, TestUser Officer, TestUser Finance)> PaidGrantAsync()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        await PaidAsync(app, grant.Tranches[0], officer.Id, finance.Id, $"PAID-{Guid.NewGuid():N}"[..20]);
        return (grant, officer, finance);
    }

    private static Dictionary<string, string> Claim(decimal yuan, string reason = "中期评估未通过，退回未使用的资金。") =>
        new() { ["AmountYuan"] = yuan.ToString(CultureInfo.InvariantCulture), ["Reason"] = reason };

    private Task<List<Clawback>> ClawbacksAsync(Guid grantId) =>
        app.WithDbAsync(db => db.Clawbacks.AsNoTracking().Where(c => c.GrantId == grantId).OrderBy(c => c.RequestedAt).ToListAsync());

    [Fact]
    public async Task The_officer_claims_back_part_of_what_was_paid_and_the_organization_is_told()
    {
        var (grant, officer, _) = await PaidGrantAsync();
        var client = await app.SignedInClientAsync(officer);

        var response = await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(100.50m));

        var page = await FollowAsync(client, response);
        Assert.Equal("已要求退回 ¥100.50，并已通过电子邮件通知该组织。", Flash(page));
        var clawback = Assert.Single(await ClawbacksAsync(grant.GrantId));
        Assert.Equal(Money.FromYuan(100.50m), clawback.Amount);
        Assert.Equal(ClawbackStatus.Requested, clawback.Status);
        Assert.Equal(officer.Id, clawback.RequestedByUserId);
        var row = page.QuerySelector($"#clawback-{clawback.Id}")!;
        Assert.Contains("¥100.50", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("¥250.00", page.QuerySelector("#clawbacks-block [data-total=paid]")!.TextContent.Trim());
        Assert.Equal("¥100.50", page.QuerySelector("#clawbacks-block [data-total=claimed]")!.TextContent.Trim());
        var mail = Assert.Single(await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey!.StartsWith($"clawback-requested:{clawback.Id}:")).ToListAsync()));
        Assert.Equal(grant.Member.Email, mail.To);
        Assert.Contains("¥100.50", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_above_what_is_left_to_claim_is_refused_beside_the_form_with_what_was_typed()
    {
        var (grant, officer, _) = await PaidGrantAsync();
        var client = await app.SignedInClientAsync(officer);
        await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(200m)));

        // ¥250 paid, ¥200 claimed: ¥50.01 is one fen too many.
        var response = await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(50.01m, "再追回一部分"));

        var page = await FollowAsync(client, response);
        var form = page.QuerySelector($"form[action='/grants/{grant.GrantId}/clawbacks']")!;
        Assert.Equal("¥50.01 超过可追回金额：已支付 ¥250.00，已追回或待追回 ¥200.00。", form.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal("50.01", form.QuerySelector("input[name=AmountYuan]")!.GetAttribute("value"));
        Assert.Equal("再追回一部分", form.QuerySelector("textarea[name=Reason]")!.TextContent);
        Assert.NotNull(form.Closest("details")!.GetAttribute("open"));
        Assert.Single(await ClawbacksAsync(grant.GrantId));

        // Exactly what is left is accepted.
        await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(50m)));
        Assert.Equal(2, (await ClawbacksAsync(grant.GrantId)).Count);
        // Nothing left to claim: the form is gone.
        Assert.Null((await client.GetPageAsync($"/grants/{grant.GrantId}")).QuerySelector($"form[action='/grants/{grant.GrantId}/clawbacks']"));
    }

    [Fact]
    public async Task Nothing_can_be_claimed_back_before_a_tranche_is_paid()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var client = await app.SignedInClientAsync(officer);
        var page = await client.GetPageAsync($"/grants/{grant.GrantId}");
        Assert.Null(page.QuerySelector($"form[action='/grants/{grant.GrantId}/clawbacks']"));

        var version = await app.WithDbAsync(db => db.Grants.Where(g => g.Id == grant.GrantId).Select(g => g.Version).SingleAsync());
        var fields = Claim(1m);
        fields["Version"] = version.ToString(CultureInfo.InvariantCulture);
        await FollowAsync(client, await PostAsync(client, $"/grants/{grant.GrantId}/clawbacks", Token(page), fields));
        Assert.Empty(await ClawbacksAsync(grant.GrantId));
    }

    [Fact]
    public async Task Finance_records_the_money_returned_and_it_leaves_the_desk()
    {
        var (grant, officer, finance) = await PaidGrantAsync();
        var officerClient = await app.SignedInClientAsync(officer);
        await FollowAsync(officerClient, await officerClient.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(80m)));
        var clawback = Assert.Single(await ClawbacksAsync(grant.GrantId));
        var client = await app.SignedInClientAsync(finance);
        var desk = await client.GetPageAsync("/finance");
        Assert.NotNull(desk.QuerySelector($"#awaiting-return #clawback-{clawback.Id}"));
        Assert.Contains(grant.Project, desk.QuerySelector($"#clawback-{clawback.Id}")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(desk, $"/clawbacks/{clawback.Id}/returned", new Dictionary<string, string> { ["Reference"] = "RET-0001" });

        var page = await FollowAsync(client, response);
        Assert.Equal("已登记退回 ¥80.00。", Flash(page));
        Assert.Null(page.QuerySelector($"#clawback-{clawback.Id}"));
        var returned = Assert.Single(await ClawbacksAsync(grant.GrantId));
        Assert.Equal(ClawbackStatus.Returned, returned.Status);
        Assert.Equal("RET-0001", returned.ReturnedReference);
        Assert.Equal(ChinaTime.Today(app.Clock), returned.ReturnedOn);
        Assert.Equal(finance.Id, returned.RecordedByUserId);
        // A returned claw-back still counts: the officer sees it on the project page with its reference.
        var project = await officerClient.GetPageAsync($"/grants/{grant.GrantId}");
        Assert.Contains("RET-0001", project.QuerySelector($"#clawback-{clawback.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(project.QuerySelector($"form[action='/clawbacks/{clawback.Id}/withdraw']"));
    }

    [Fact]
    public async Task A_return_reference_already_recorded_is_refused_and_a_return_in_the_future_too()
    {
        var (grant, officer, finance) = await PaidGrantAsync();
        var ids = new List<Guid>();
        foreach (var yuan in new[] { 10m, 20m })
            ids.Add(await app.WithDbAsync(async db =>
            {
                var g = await db.Grants.Include(x => x.Tranches).SingleAsync(x => x.Id == grant.GrantId);
                var claimed = (await db.Clawbacks.Where(c => c.GrantId == g.Id).Select(c => c.Amount).ToListAsync()).Aggregate(Money.Zero, (s, a) => s + a);
                var c = Clawback.Request(g, Money.FromYuan(yuan), "追回", claimed, officer.Id, app.Now);
                db.Clawbacks.Add(c);
                await db.SaveChangesAsync();
                return c.Id;
            }));
        var client = await app.SignedInClientAsync(finance);
        await FollowAsync(client, await client.SubmitFormAsync("/finance", $"/clawbacks/{ids[0]}/returned", new Dictionary<string, string> { ["Reference"] = "RET-DUP" }));

        var page = await FollowAsync(client, await client.SubmitFormAsync("/finance", $"/clawbacks/{ids[1]}/returned", new Dictionary<string, string> { ["Reference"] = "RET-DUP" }));
        Assert.Equal("该银行流水号已登记在另一笔退回上。", page.QuerySelector($"form[action='/clawbacks/{ids[1]}/returned'] .invalid-feedback")!.TextContent.Trim());

        var tomorrow = ChinaTime.Today(app.Clock).AddDays(1).ToString("yyyy-MM-dd");
        page = await FollowAsync(client, await client.SubmitFormAsync("/finance", $"/clawbacks/{ids[1]}/returned",
            new Dictionary<string, string> { ["Reference"] = "RET-OTHER", ["ReturnedOn"] = tomorrow }));
        var form = page.QuerySelector($"form[action='/clawbacks/{ids[1]}/returned']")!;
        Assert.NotNull(form.QuerySelector("input[name=ReturnedOn].is-invalid"));
        Assert.Equal(tomorrow, form.QuerySelector("input[name=ReturnedOn]")!.GetAttribute("value"));
        Assert.Equal(ClawbackStatus.Requested, (await ClawbacksAsync(grant.GrantId)).Single(c => c.Id == ids[1]).Status);
    }

    [Fact]
    public async Task The_officer_withdraws_a_claim_with_a_reason_and_the_amount_can_be_claimed_again()
    {
        var (grant, officer, _) = await PaidGrantAsync();
        var client = await app.SignedInClientAsync(officer);
        await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(250m)));
        var clawback = Assert.Single(await ClawbacksAsync(grant.GrantId));

        // A withdrawal needs its reason.
        var refused = await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/clawbacks/{clawback.Id}/withdraw", new Dictionary<string, string> { ["Reason"] = "  " }));
        Assert.Equal("请填写撤回原因。", refused.QuerySelector($"form[action='/clawbacks/{clawback.Id}/withdraw'] .invalid-feedback")!.TextContent.Trim());
        Assert.Equal(ClawbackStatus.Requested, (await ClawbacksAsync(grant.GrantId)).Single().Status);

        var page = await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/clawbacks/{clawback.Id}/withdraw",
            new Dictionary<string, string> { ["Reason"] = "复核后评估结果改为通过。" }));

        Assert.Equal("¥250.00 的追回已撤回。", Flash(page));
        var withdrawn = Assert.Single(await ClawbacksAsync(grant.GrantId));
        Assert.Equal(ClawbackStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("复核后评估结果改为通过。", withdrawn.WithdrawReason);
        Assert.Contains("复核后评估结果改为通过。", page.QuerySelector($"#clawback-{clawback.Id}")!.TextContent, StringComparison.Ordinal);
        // What was withdrawn no longer counts against what may be claimed.
        await FollowAsync(client, await client.SubmitFormAsync($"/grants/{grant.GrantId}", $"/grants/{grant.GrantId}/clawbacks", Claim(250m)));
        Assert.Equal(2, (await ClawbacksAsync(grant.GrantId)).Count);
    }

    [Fact]
    public async Task A_claim_posted_twice_from_the_same_page_is_recorded_once()
    {
        var (grant, officer, _) = await PaidGrantAsync();
        var client = await app.SignedInClientAsync(officer);
        var page = await client.GetPageAsync($"/grants/{grant.GrantId}");
        var fields = FieldsOf(page, $"/grants/{grant.GrantId}/clawbacks");
        foreach (var (k, v) in Claim(10m)) fields[k] = v;

        var first = await client.PostAsync($"/grants/{grant.GrantId}/clawbacks", new FormUrlEncodedContent(fields));
        var second = await client.PostAsync($"/grants/{grant.GrantId}/clawbacks", new FormUrlEncodedContent(fields));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("该项目在您打开页面后已有变动，请刷新页面后核对。", FlashError(await FollowAsync(client, second)));
        Assert.Single(await ClawbacksAsync(grant.GrantId));
    }
}
