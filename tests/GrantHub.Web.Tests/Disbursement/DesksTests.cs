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
/// The finance desk (/finance) lists what waits for finance — requests to approve, approvals to pay, money to be
/// returned — with the project, organization, edition, tranche, amount, requester and age; the officer's queue
/// (/payments) lists what is payable and not yet requested. Administrators read the desk without its forms.
/// </summary>
public sealed class DesksTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task The_finance_desk_lists_each_waiting_tranche_with_its_project_and_the_step_to_take()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var requested = await ConfirmedGrantAsync(app, "社区助餐点", officer);
        var approved = await ConfirmedGrantAsync(app, "四点半课堂", officer);
        // Requested three days ago.
        await StepAsync(app, requested.Tranches[0], t => t.Request(officer.Id, app.Now.AddDays(-3)));
        await ApprovedAsync(app, approved.Tranches[0], officer.Id, finance.Id);
        var desk = await (await app.SignedInClientAsync(finance)).GetPageAsync("/finance");

        var row = desk.QuerySelector($"#awaiting-approval #tranche-{requested.Tranches[0]}")!;
        Assert.Contains("社区助餐点", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/grants/{requested.GrantId}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("第 1 笔", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("¥250.00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test officer 申请", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("已等待 3 天", row.QuerySelector(".age")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"form[action='/tranches/{requested.Tranches[0]}/approve']"));

        var payRow = desk.QuerySelector($"#awaiting-payment #tranche-{approved.Tranches[0]}")!;
        Assert.Contains("四点半课堂", payRow.TextContent, StringComparison.Ordinal);
        var payForm = payRow.QuerySelector($"form[action='/tranches/{approved.Tranches[0]}/pay']")!;
        Assert.Equal(ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd"), payForm.QuerySelector("input[name=PaidOn]")!.GetAttribute("value"));
        Assert.Null(desk.QuerySelector($"#tranche-{requested.Tranches[1]}"));
    }

    [Fact]
    public async Task An_administrator_reads_the_finance_desk_without_its_forms()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        await RequestedAsync(app, grant.Tranches[0], officer.Id);

        var desk = await (await app.SignedInClientAsync(admin)).GetPageAsync("/finance");

        Assert.NotNull(desk.QuerySelector($"#tranche-{grant.Tranches[0]}"));
        Assert.NotNull(desk.QuerySelector("#read-only"));
        Assert.Empty(desk.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task The_officer_s_queue_lists_payable_tranches_and_requests_one_with_its_button()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var grant = await ConfirmedGrantAsync(app, "长者食堂", officer);
        var client = await app.SignedInClientAsync(officer);

        var queue = await client.GetPageAsync("/payments");
        var row = queue.QuerySelector($"#payable #tranche-{grant.Tranches[0]}")!;
        Assert.Contains("长者食堂", row.TextContent, StringComparison.Ordinal);
        Assert.Null(queue.QuerySelector($"#tranche-{grant.Tranches[1]}"));

        var response = await client.SubmitFormAsync(queue, $"/tranches/{grant.Tranches[0]}/request", new Dictionary<string, string>());

        var page = await FollowAsync(client, response);
        Assert.Equal("第 1 笔款项（¥250.00）已申请拨付，并已通过电子邮件通知财务人员。", Flash(page));
        Assert.Null(page.QuerySelector($"#payable #tranche-{grant.Tranches[0]}"));
        Assert.NotNull(page.QuerySelector($"#with-finance #tranche-{grant.Tranches[0]}"));
        var tranche = await TrancheAsync(app, grant.Tranches[0]);
        Assert.Equal(TrancheStatus.Requested, tranche.Status);
        Assert.Equal(officer.Id, tranche.RequestedByUserId);
    }

    [Fact]
    public async Task The_desks_run_as_many_queries_for_three_times_the_rows()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var financeClient = await app.SignedInClientAsync(finance);
        var officerClient = await app.SignedInClientAsync(officer);
        await financeClient.GetPageAsync("/finance");
        await officerClient.GetPageAsync("/payments");

        async Task AddAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var grant = await ConfirmedGrantAsync(app, officer: officer);
                await MidtermPassedAsync(app, grant.GrantId, officer.Id);
                await PaidAsync(app, grant.Tranches[0], officer.Id, finance.Id, $"Q-{Guid.NewGuid():N}"[..20]);
                await ApprovedAsync(app, grant.Tranches[1], officer.Id, finance.Id);
                await app.WithDbAsync(async db =>
                {
                    var g = await db.Grants.Include(x => x.Tranches).SingleAsync(x => x.Id == grant.GrantId);
                    db.Clawbacks.Add(Clawback.Request(g, Money.FromYuan(10m), "追回", Money.Zero, officer.Id, app.Now));
                    return await db.SaveChangesAsync();
                });
                // Another grant's first tranche payable (the officer's queue), and a third one's requested.
                await ConfirmedGrantAsync(app, officer: officer);
                await RequestedAsync(app, (await ConfirmedGrantAsync(app, officer: officer)).Tranches[0], officer.Id);
            }
        }

        async Task<int> CountAsync(HttpClient client, string url)
        {
            app.Commands.Reset();
            await client.GetPageAsync(url);
            return app.Commands.Count;
        }

        await AddAsync(2);
        var smallDesk = await CountAsync(financeClient, "/finance");
        var smallQueue = await CountAsync(officerClient, "/payments");
        await AddAsync(4);
        var largeDesk = await CountAsync(financeClient, "/finance");
        var largeQueue = await CountAsync(officerClient, "/payments");

        Assert.Equal(smallDesk, largeDesk);
        Assert.Equal(smallQueue, largeQueue);
        Assert.InRange(largeDesk, 1, 12);
        Assert.InRange(largeQueue, 1, 10);
    }
}
