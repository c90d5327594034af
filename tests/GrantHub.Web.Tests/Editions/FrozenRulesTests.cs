using System.Net;
using AngleSharp.Dom;
using GrantHub.Core;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Editions;

/// <summary>
/// Once the published edition opens, the rules applications are checked against are frozen: a form opened before the
/// opening and sent after it is refused with the rule's message and keeps what was typed; the pages say which
/// sections are frozen. Each test moves the shared clock forward, so editions are dated from "today" when created.
/// </summary>
public sealed class FrozenRulesTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    /// <summary>
    /// An edition that opens tomorrow, and the officer's page of <paramref name="section"/> loaded at 23:30 China time
    /// today; the clock then moves to 00:30 tomorrow, when the edition is open (and the sign-in still valid).
    /// </summary>
    private async Task<(HttpClient Officer, Guid Id, AngleSharp.Html.Dom.IHtmlDocument Page)> OpenedWhileEditingAsync(string section)
    {
        var id = await app.EditionAsync(opensInDays: 1);
        var opening = ChinaTime.StartOfDayUtc(app.Today.AddDays(1));
        app.Clock.Advance(opening.AddMinutes(-30) - app.Now);
        var officer = await app.OfficerAsync();
        var page = await officer.GetPageAsync($"/editions/{id}/{section}");
        Assert.Null(page.QuerySelector("#frozen-notice"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        return (officer, id, page);
    }

    [Fact]
    public async Task Money_and_eligibility_sent_after_opening_are_refused_with_the_message_and_the_typed_values_stay()
    {
        var (officer, id, page) = await OpenedWhileEditingAsync("rules");

        using var response = await officer.SubmitFormAsync(page, $"/editions/{id}/rules",
            new Dictionary<string, string> { ["Form.Pool"] = "500000", ["Form.Cap"] = "45000.50", ["Form.MinMatchingPercent"] = "30" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadHtmlAsync();
        Assert.Contains("大赛已开始申报，资金和申报条件不能再修改。", again.ErrorSummary()?.TextContent);
        Assert.Equal("500000", again.InputValue("Form.Pool"));
        Assert.Equal("45000.50", again.InputValue("Form.Cap"));
        Assert.Equal("30", again.InputValue("Form.MinMatchingPercent"));
        Assert.Equal("Frozen", again.QuerySelector("#frozen-notice")?.GetAttribute("data-lock"));
        var saved = await app.EditionByIdAsync(id);
        Assert.Equal((Money.FromYuan(400_000m), Money.FromYuan(30_000m), 10), (saved.Pool, saved.PerProjectCap, saved.MinMatchingPercent));
    }

    [Fact]
    public async Task A_rubric_sent_after_opening_is_refused_and_the_rows_typed_stay()
    {
        var (officer, id, page) = await OpenedWhileEditingAsync("rubric");

        using var response = await officer.SubmitFormAsync(page, $"/editions/{id}/rubric",
            new Dictionary<string, string> { ["Form.Rows[0].Name"] = "社区需求", ["Form.Rows[0].MaxPoints"] = "30", ["Form.Rows[1].MaxPoints"] = "15" });

        var again = await response.ReadHtmlAsync();
        Assert.Contains("大赛已开始申报，评分标准不能再修改。", again.ErrorSummary()?.TextContent);
        Assert.Equal("社区需求", again.InputValue("Form.Rows[0].Name"));
        Assert.Equal("15", again.InputValue("Form.Rows[1].MaxPoints"));
        Assert.Equal("需求分析", (await app.EditionByIdAsync(id)).Rubric.OrderBy(c => c.Order).First().Name);
    }

    [Fact]
    public async Task After_opening_a_category_can_be_added_but_removing_one_is_refused_with_the_text_kept()
    {
        var (officer, id, page) = await OpenedWhileEditingAsync("categories");

        using var removing = await officer.SubmitFormAsync(page, $"/editions/{id}/categories",
            new Dictionary<string, string> { ["Form.Categories"] = "为老服务\n文化活动" });
        var refused = await removing.ReadHtmlAsync();
        using var adding = await officer.SubmitFormAsync($"/editions/{id}/categories", $"/editions/{id}/categories",
            new Dictionary<string, string> { ["Form.Categories"] = "为老服务\n青少年教育\n文化活动" });

        Assert.Contains("大赛已开始申报，只能新增类别，不能删除。", refused.ErrorSummary()?.TextContent);
        Assert.Equal("为老服务\n文化活动", refused.QuerySelector("textarea")?.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal("Partly", refused.QuerySelector("#frozen-notice")?.GetAttribute("data-lock"));
        Assert.Equal(HttpStatusCode.Redirect, adding.StatusCode);
        Assert.Equal(["为老服务", "青少年教育", "文化活动"], (await app.EditionByIdAsync(id)).Categories.OrderBy(c => c.Id).Select(c => c.Name));
    }

    [Fact]
    public async Task After_opening_the_closing_date_can_be_extended_but_the_opening_date_is_fixed()
    {
        var (officer, id, page) = await OpenedWhileEditingAsync("timeline");
        var before = await app.EditionByIdAsync(id);

        using var moved = await officer.SubmitFormAsync(page, $"/editions/{id}/timeline",
            new Dictionary<string, string> { ["Form.OpensOn"] = before.OpensOn.AddDays(3).ToString("yyyy-MM-dd") });
        var refused = await moved.ReadHtmlAsync();
        using var extended = await officer.SubmitFormAsync($"/editions/{id}/timeline", $"/editions/{id}/timeline",
            new Dictionary<string, string> { ["Form.ClosesOn"] = before.ClosesOn.AddDays(7).ToString("yyyy-MM-dd") });

        Assert.Contains("大赛已开始申报，开始日期不能再修改。", refused.ErrorSummary()?.TextContent);
        Assert.Equal(before.OpensOn.AddDays(3).ToString("yyyy-MM-dd"), refused.InputValue("Form.OpensOn"));
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        Assert.Equal(before.ClosesOn.AddDays(7), (await app.EditionByIdAsync(id)).ClosesOn);
    }

    [Fact]
    public async Task Once_open_the_pages_show_which_sections_are_frozen_and_disable_their_forms()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(opensInDays: 0);

        var overview = await officer.GetPageAsync($"/editions/{id}");
        var rules = await officer.GetPageAsync($"/editions/{id}/rules");
        var review = await officer.GetPageAsync($"/editions/{id}/review");

        var locks = overview.QuerySelectorAll("#edition-tabs [data-section]").ToDictionary(a => a.GetAttribute("data-section")!, a => a.GetAttribute("data-lock"));
        Assert.Equal("Frozen", locks["rules"]);
        Assert.Equal("Frozen", locks["rubric"]);
        Assert.Equal("Partly", locks["categories"]);
        Assert.Equal("Partly", locks["timeline"]);
        Assert.Equal("Free", locks["review"]);
        Assert.Equal("Free", locks["basics"]);
        Assert.NotNull(overview.QuerySelector("#section-rules [data-lock=Frozen]"));
        Assert.NotNull(rules.QuerySelector("#frozen-notice"));
        Assert.True(rules.QuerySelector("#section-form fieldset")!.HasAttribute("disabled"));
        Assert.True(rules.QuerySelector("#save-section")!.HasAttribute("disabled"));
        Assert.Null(review.QuerySelector("#frozen-notice"));
        Assert.False(review.QuerySelector("#save-section")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_published_edition_that_has_not_opened_yet_is_not_frozen()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(opensInDays: 3);

        using var response = await officer.SubmitFormAsync($"/editions/{id}/rules", $"/editions/{id}/rules",
            new Dictionary<string, string> { ["Form.MinMatchingPercent"] = "25" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(25, (await app.EditionByIdAsync(id)).MinMatchingPercent);
    }
}
