using System.Net;
using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// The officer drafts a funded project's agreement: amount at most the decided one, a tranche plan that adds up to the
/// fen (the last tranche takes the rounding), the organization's bank account; the members are e-mailed.
/// </summary>
public sealed class AgreementDraftingTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Fifty_thirty_twenty_on_an_odd_amount_gives_the_last_tranche_the_rounding_fen_and_asks_the_members_to_confirm()
    {
        var s = await EditionAsync(app, [100_000.01m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";
        var form = await officer.GetPageAsync(url);
        Assert.Equal("100000.01", form.InputValue("Form.AmountYuan"));
        Assert.Equal([5_000_000L, 3_000_000L, 2_000_001L], form.QuerySelectorAll("#preview .plan-table tbody tr").Select(r => long.Parse(r.GetAttribute("data-fen")!)));

        using var saved = await officer.SubmitFormAsync(form, url, Agreement("100000.01"));

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Errors(await saved.ReadHtmlAsync()));
        Assert.Equal($"/grants/{id}", saved.RedirectPath());
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
        Assert.Equal(new Money(10_000_001), grant.AgreedAmount);
        var tranches = grant.Tranches.OrderBy(t => t.Number).ToList();
        Assert.Equal([5_000_000L, 3_000_000L, 2_000_001L], tranches.Select(t => t.Amount.Fen));
        Assert.Equal([TrancheTrigger.AgreementSigned, TrancheTrigger.MidtermPassed, TrancheTrigger.FinalPassed], tranches.Select(t => t.Trigger));
        Assert.Equal("6222 0210 0000 1234", grant.BankAccountNumber);
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == s.Members[0].Email).ToListAsync());
        var message = Assert.Single(mail);
        Assert.Contains($"/grants/{id}/confirm", message.TextBody);
    }

    [Fact]
    public async Task A_preview_shows_the_amounts_and_saves_nothing()
    {
        var s = await EditionAsync(app, [80_000m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";

        using var preview = await officer.SubmitFormAsync(url, url, Agreement("70000", then: "preview", template: TrancheTemplate.SixtyForty));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.ReadHtmlAsync();
        // A template picked on the page without script is drawn first (its rows), then previewed.
        Assert.Equal([4_200_000L, 2_800_000L], page.QuerySelectorAll("#preview .plan-table tbody tr").Select(r => long.Parse(r.GetAttribute("data-fen")!)));
        Assert.Equal("70000", page.InputValue("Form.AmountYuan"));
        Assert.Equal(GrantStatus.AwaitingAgreement, (await GrantAsync(app, id)).Status);
    }

    [Fact]
    public async Task An_amount_above_the_decided_one_is_refused_with_the_rules_message_and_the_typed_amount_kept()
    {
        var s = await EditionAsync(app, [50_000m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";

        using var refused = await officer.SubmitFormAsync(url, url, Agreement("50000.01"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("超过了该项目的决定金额", page.ErrorSummary()?.TextContent ?? Errors(page));
        Assert.Equal("50000.01", page.InputValue("Form.AmountYuan"));
        Assert.Equal(GrantStatus.AwaitingAgreement, (await GrantAsync(app, id)).Status);
    }

    [Fact]
    public async Task An_incomplete_bank_account_is_refused_and_the_page_says_to_ask_the_organization()
    {
        var s = await EditionAsync(app, [20_000m], bankComplete: false);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";
        Assert.NotNull((await officer.GetPageAsync(url)).QuerySelector("#bank-incomplete"));

        using var refused = await officer.SubmitFormAsync(url, url, Agreement("20000"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("银行账户", (await refused.ReadHtmlAsync()).ErrorSummary()!.TextContent);
        Assert.Equal(GrantStatus.AwaitingAgreement, (await GrantAsync(app, id)).Status);
    }

    [Fact]
    public async Task Custom_percentages_start_from_the_template_shown_and_a_date_trigger_needs_its_date()
    {
        var s = await EditionAsync(app, [10_000m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";

        // Picking "custom percentages" (no script): the rows of 50/30/20 come back as editable shares.
        using var drawn = await officer.SubmitFormAsync(url, url, Agreement("10000", then: "preview", template: TrancheTemplate.CustomPercentages));
        var page = await drawn.ReadHtmlAsync();
        Assert.Equal(["50", "30", "20"], Enumerable.Range(0, 3).Select(i => page.InputValue($"Form.Rows[{i}].Percent")));

        var typed = new Dictionary<string, string>
        {
            ["Form.AmountYuan"] = "10000", ["Form.Then"] = "save", ["Form.Template"] = "CustomPercentages",
            ["Form.Rows[0].Percent"] = "33.33", ["Form.Rows[0].Trigger"] = "AgreementSigned",
            ["Form.Rows[1].Percent"] = "66.67", ["Form.Rows[1].Trigger"] = "OnDate", ["Form.Rows[1].DueOn"] = "",
            ["Form.Rows[2].Percent"] = "",
        };
        using var refused = await officer.SubmitFormAsync(page, url, typed);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Form.Rows[1].DueOn"));

        typed["Form.Rows[1].DueOn"] = "2026-09-01";
        using var saved = await officer.SubmitFormAsync(page, url, typed);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Errors(await saved.ReadHtmlAsync()));
        var tranches = (await GrantAsync(app, id)).Tranches.OrderBy(t => t.Number).ToList();
        Assert.Equal([333_300L, 666_700L], tranches.Select(t => t.Amount.Fen));
        Assert.Equal(new DateOnly(2026, 9, 1), tranches[1].DueOn);
    }

    [Fact]
    public async Task A_draft_on_a_page_loaded_before_someone_elses_change_is_refused_with_the_reload_message()
    {
        var s = await EditionAsync(app, [30_000m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}/agreement";
        var stale = await officer.GetPageAsync(url);
        await officer.SubmitFormAsync(url, url, Agreement("30000"));
        var drafted = await GrantAsync(app, id);

        using var refused = await officer.SubmitFormAsync(stale, url, Agreement("25000"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("刷新页面", page.ErrorSummary()!.TextContent);
        Assert.Equal("25000", page.InputValue("Form.AmountYuan"));
        var after = await GrantAsync(app, id);
        Assert.Equal(drafted.Version, after.Version);
        Assert.Equal(Money.FromYuan(30_000m), after.AgreedAmount);
    }
}
