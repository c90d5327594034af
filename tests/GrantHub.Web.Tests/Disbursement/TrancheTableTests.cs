using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Disbursement.DisbursementSteps;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>
/// The tranche table on the project page (the Tranches view component): every tranche with its history and the totals;
/// on each row only the steps the person may take — the officer requests and cancels, finance approves and pays — and
/// the organization reads it without any.
/// </summary>
public sealed class TrancheTableTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static string[] Actions(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#tranches-block form").Select(f => f.GetAttribute("action")!).Order().ToArray();

    [Fact]
    public async Task Each_person_sees_only_the_steps_they_may_take()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var other = await app.CreateUserAsync("finance2", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var (t1, t2, t3) = (grant.Tranches[0], grant.Tranches[1], grant.Tranches[2]);
        var url = $"/grants/{grant.GrantId}";

        // Tranche 1 payable, 2 and 3 planned: the officer may request 1 and cancel any.
        var officerPage = await (await app.SignedInClientAsync(officer)).GetPageAsync(url);
        Assert.Equal(new[] { $"/tranches/{t1}/cancel", $"/tranches/{t1}/request", $"/tranches/{t2}/cancel", $"/tranches/{t3}/cancel" }.Order(), Actions(officerPage));
        Assert.Equal("Eligible", officerPage.QuerySelector($"#tranche-{t1}")!.GetAttribute("data-status"));

        // Requested: finance approves; approved: finance pays (today by default); the officer's steps are not theirs.
        await RequestedAsync(app, t1, officer.Id);
        var financeClient = await app.SignedInClientAsync(finance);
        Assert.Equal(new[] { $"/tranches/{t1}/approve" }, Actions(await financeClient.GetPageAsync(url)));
        await StepAsync(app, t1, t => t.Approve(other.Id, app.Now));
        var financePage = await financeClient.GetPageAsync(url);
        Assert.Equal(new[] { $"/tranches/{t1}/pay" }, Actions(financePage));
        Assert.Equal(GrantHub.Core.ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd"),
            financePage.QuerySelector($"form[action='/tranches/{t1}/pay'] input[name=PaidOn]")!.GetAttribute("value"));
        Assert.Equal((await TrancheAsync(app, t1)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            financePage.QuerySelector($"form[action='/tranches/{t1}/pay'] input[name=Version]")!.GetAttribute("value"));

        // The organization's member reads the table, with no step at all.
        var memberPage = await (await app.SignedInClientAsync(grant.Member)).GetPageAsync(url);
        Assert.NotNull(memberPage.QuerySelector($"#tranche-{t1}"));
        Assert.Empty(Actions(memberPage));
        Assert.Empty(memberPage.QuerySelectorAll("#clawbacks-block form"));
    }

    [Fact]
    public async Task The_table_shows_who_did_what_and_the_totals_planned_paid_and_remaining()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        await PaidAsync(app, grant.Tranches[0], officer.Id, finance.Id, "ABC-123-PAID");

        var page = await (await app.SignedInClientAsync(grant.Member)).GetPageAsync($"/grants/{grant.GrantId}");

        var row = page.QuerySelector($"#tranche-{grant.Tranches[0]}")!;
        Assert.Equal("Paid", row.GetAttribute("data-status"));
        Assert.Contains("Test officer 申请", row.QuerySelector(".requested")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test finance 审批", row.QuerySelector(".approved")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-05-10 支付", row.QuerySelector(".paid")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ABC-123-PAID", row.QuerySelector(".bank-reference")!.TextContent.Trim());
        Assert.Equal("¥500.00", page.QuerySelector("#tranches-block [data-total=planned]")!.TextContent.Trim());
        Assert.Equal("¥250.00", page.QuerySelector("#tranches-block [data-total=paid]")!.TextContent.Trim());
        Assert.Equal("¥250.00", page.QuerySelector("#tranches-block [data-total=remaining]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_officer_cancels_a_tranche_with_the_reason_the_organization_reads()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        var client = await app.SignedInClientAsync(officer);
        var url = $"/grants/{grant.GrantId}";
        var t3 = grant.Tranches[2];

        var refused = await FollowAsync(client, await client.SubmitFormAsync(url, $"/tranches/{t3}/cancel", new Dictionary<string, string> { ["Reason"] = "" }));
        Assert.Equal("请填写取消原因。", refused.QuerySelector($"form[action='/tranches/{t3}/cancel'] .invalid-feedback")!.TextContent.Trim());
        Assert.NotNull(refused.QuerySelector($"form[action='/tranches/{t3}/cancel']")!.Closest("details")!.GetAttribute("open"));
        Assert.Equal(TrancheStatus.Planned, (await TrancheAsync(app, t3)).Status);

        var page = await FollowAsync(client, await client.SubmitFormAsync(url, $"/tranches/{t3}/cancel", new Dictionary<string, string> { ["Reason"] = "项目提前结束，尾款不再拨付。" }));

        Assert.Equal("第 3 笔款项已取消。", Flash(page));
        var tranche = await TrancheAsync(app, t3);
        Assert.Equal(TrancheStatus.Cancelled, tranche.Status);
        Assert.Equal("项目提前结束，尾款不再拨付。", tranche.CancelReason);
        var member = await (await app.SignedInClientAsync(grant.Member)).GetPageAsync(url);
        Assert.Contains("项目提前结束，尾款不再拨付。", member.QuerySelector($"#tranche-{t3} .cancel-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("¥400.00", member.QuerySelector("#tranches-block [data-total=planned]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"form[action='/tranches/{t3}/cancel']"));
    }
}
