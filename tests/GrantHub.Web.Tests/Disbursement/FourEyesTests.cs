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
/// Four eyes: the person who requested a payment can neither approve nor pay it, even holding both roles; and nobody
/// outside the program and finance officers reaches any step of the money, whatever the id they type.
/// </summary>
public sealed class FourEyesTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static string V(long version) => version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_requester_holding_both_roles_can_neither_approve_nor_pay_their_own_request()
    {
        var dual = await app.CreateUserAsync("dual", Roles.ProgramOfficer, Roles.FinanceOfficer);
        var other = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app);
        var trancheId = grant.Tranches[0];
        var client = await app.SignedInClientAsync(dual);

        var requested = await client.SubmitFormAsync("/payments", $"/tranches/{trancheId}/request", new Dictionary<string, string>());
        Assert.Equal("/payments", requested.RedirectPath());
        Assert.Equal(dual.Id, (await TrancheAsync(app, trancheId)).RequestedByUserId);

        // The desk shows why instead of the button; the POST typed by hand is refused with the same words.
        var desk = await client.GetPageAsync("/finance");
        var row = desk.QuerySelector($"#tranche-{trancheId}")!;
        Assert.Null(desk.QuerySelector($"form[action='/tranches/{trancheId}/approve']"));
        Assert.Equal("这笔拨付由您申请，须由另一位财务人员审批。", row.QuerySelector(".four-eyes")!.TextContent.Trim());
        var version = (await TrancheAsync(app, trancheId)).Version;
        var refused = await PostAsync(client, $"/tranches/{trancheId}/approve", Token(desk), new Dictionary<string, string> { ["Version"] = V(version), ["ReturnUrl"] = "/finance" });
        Assert.Equal("这笔拨付由您申请，须由另一位财务人员审批。", FlashError(await FollowAsync(client, refused)));
        Assert.Equal(TrancheStatus.Requested, (await TrancheAsync(app, trancheId)).Status);

        // Another finance officer approves; the requester still cannot record the payment.
        await StepAsync(app, trancheId, t => t.Approve(other.Id, app.Now));
        desk = await client.GetPageAsync("/finance");
        Assert.Null(desk.QuerySelector($"form[action='/tranches/{trancheId}/pay']"));
        Assert.Equal("这笔拨付由您申请，须由另一位财务人员登记支付。", desk.QuerySelector($"#tranche-{trancheId} .four-eyes")!.TextContent.Trim());
        version = (await TrancheAsync(app, trancheId)).Version;
        var pay = await PostAsync(client, $"/tranches/{trancheId}/pay", Token(desk), new Dictionary<string, string>
        {
            ["Version"] = V(version), ["BankReference"] = "SELF-PAID-1", ["PaidOn"] = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd"), ["ReturnUrl"] = "/finance",
        });
        Assert.Equal("这笔拨付由您申请，须由另一位财务人员登记支付。", FlashError(await FollowAsync(client, pay)));
        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal(TrancheStatus.Approved, tranche.Status);
        Assert.Null(tranche.BankReference);
    }

    public static TheoryData<string> Outsiders() => new() { "member", Roles.Judge, Roles.CenterStaff, "member-of-another-organization" };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Nobody_but_the_officers_reaches_the_desks_or_any_step_of_the_money(string who)
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        // Tranche 1 paid and claimed back in part, tranche 2 payable, tranche 3 approved: every form has its object.
        await PaidAsync(app, grant.Tranches[0], officer.Id, finance.Id, $"OUT-{Guid.NewGuid():N}"[..20]);
        await MidtermPassedAsync(app, grant.GrantId, officer.Id);
        var clawbackId = await app.WithDbAsync(async db =>
        {
            var g = await db.Grants.Include(x => x.Tranches).SingleAsync(x => x.Id == grant.GrantId);
            var c = Clawback.Request(g, Money.FromYuan(50m), "测试追回", Money.Zero, officer.Id, app.Now);
            db.Clawbacks.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var before = await app.WithDbAsync(async db => (
            Tranches: await db.Tranches.AsNoTracking().Where(t => t.GrantId == grant.GrantId).OrderBy(t => t.Number).Select(t => t.Version).ToListAsync(),
            Clawbacks: await db.Clawbacks.CountAsync(),
            Grant: await db.Grants.Where(g => g.Id == grant.GrantId).Select(g => g.Version).SingleAsync()));

        var user = who switch
        {
            "member" => grant.Member,
            "member-of-another-organization" => (await ConfirmedGrantAsync(app)).Member,
            _ => await app.CreateUserAsync("outsider", who),
        };
        var client = await app.SignedInClientAsync(user);
        var token = await TokenAsync(client);

        foreach (var page in new[] { "/finance", "/payments" })
        {
            using var response = await client.GetAsync(page);
            Assert.True(Refused(response), $"{who} GET {page}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        var today = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd");
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"/tranches/{grant.Tranches[1]}/request", new() { ["Version"] = V(before.Tranches[1]) }),
            ($"/tranches/{grant.Tranches[1]}/cancel", new() { ["Version"] = V(before.Tranches[1]), ["Reason"] = "不需要了" }),
            ($"/tranches/{grant.Tranches[1]}/approve", new() { ["Version"] = V(before.Tranches[1]) }),
            ($"/tranches/{grant.Tranches[1]}/pay", new() { ["Version"] = V(before.Tranches[1]), ["BankReference"] = "X-1", ["PaidOn"] = today }),
            ($"/grants/{grant.GrantId}/clawbacks", new() { ["Version"] = V(before.Grant), ["AmountYuan"] = "10", ["Reason"] = "测试" }),
            ($"/clawbacks/{clawbackId}/returned", new() { ["Version"] = "1", ["Reference"] = "R-1", ["ReturnedOn"] = today }),
            ($"/clawbacks/{clawbackId}/withdraw", new() { ["Version"] = "1", ["Reason"] = "测试" }),
        };
        foreach (var (url, fields) in posts)
        {
            using var response = await PostAsync(client, url, token, fields);
            Assert.True(Refused(response), $"{who} POST {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        var after = await app.WithDbAsync(async db => (
            Tranches: await db.Tranches.AsNoTracking().Where(t => t.GrantId == grant.GrantId).OrderBy(t => t.Number).Select(t => t.Version).ToListAsync(),
            Clawbacks: await db.Clawbacks.CountAsync(),
            Grant: await db.Grants.Where(g => g.Id == grant.GrantId).Select(g => g.Version).SingleAsync()));
        Assert.Equal(before.Tranches, after.Tranches);
        Assert.Equal(before.Clawbacks, after.Clawbacks);
        Assert.Equal(before.Grant, after.Grant);
        Assert.Equal(ClawbackStatus.Requested, await app.WithDbAsync(db => db.Clawbacks.Where(c => c.Id == clawbackId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_finance_officer_cannot_take_the_officer_s_steps_nor_an_officer_the_finance_steps()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        await RequestedAsync(app, grant.Tranches[0], officer.Id);
        var version = V((await TrancheAsync(app, grant.Tranches[0])).Version);

        var financeClient = await app.SignedInClientAsync(finance);
        var token = await TokenAsync(financeClient);
        Assert.True(Refused(await PostAsync(financeClient, $"/tranches/{grant.Tranches[0]}/cancel", token, new Dictionary<string, string> { ["Version"] = version, ["Reason"] = "x" })));
        Assert.True(Refused(await financeClient.GetAsync("/payments")));

        var officerClient = await app.SignedInClientAsync(officer);
        token = await TokenAsync(officerClient);
        Assert.True(Refused(await PostAsync(officerClient, $"/tranches/{grant.Tranches[0]}/approve", token, new Dictionary<string, string> { ["Version"] = version })));
        Assert.True(Refused(await officerClient.GetAsync("/finance")));
        Assert.Equal(TrancheStatus.Requested, (await TrancheAsync(app, grant.Tranches[0])).Status);
    }
}
