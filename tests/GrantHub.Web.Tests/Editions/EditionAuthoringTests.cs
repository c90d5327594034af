using AngleSharp.Dom;
using System.Net;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Editions;

/// <summary>The officer creates an edition, sets each section through its own form, and publishes it.</summary>
public sealed class EditionAuthoringTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    private static Dictionary<string, string> Typed(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_officer_creates_a_draft_with_the_default_rubric_and_lands_on_its_overview()
    {
        var officer = await app.OfficerAsync();
        var name = $"仪征市第五届社区公益创投大赛{Guid.NewGuid():N}"[..24];

        using var response = await officer.SubmitFormAsync("/editions/new", "/editions/new", Typed(
            ("Name", name), ("Year", "2026"), ("Organizer", "仪征市民政局"),
            ("OpensOn", Date(app.Today.AddDays(20))), ("ClosesOn", Date(app.Today.AddDays(50)))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edition = await app.WithDbAsync(db => db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Name == name));
        Assert.Equal($"/editions/{edition.Id}", response.RedirectPath());
        Assert.Equal(EditionStatus.Draft, edition.Status);
        Assert.Equal(app.Today.AddDays(20), edition.OpensOn);
        Assert.Equal(app.Today.AddDays(50), edition.ClosesOn);
        Assert.Equal(100, edition.Rubric.Sum(c => c.MaxPoints));
        Assert.Equal(6, edition.Rubric.Count);
        var overview = await officer.GetPageAsync(response.RedirectPath()!);
        Assert.Equal(name, overview.QuerySelector("#edition-name")?.TextContent.Trim());
        Assert.NotNull(overview.QuerySelector("[data-phase=draft]"));
        Assert.True(overview.QuerySelector<AngleSharp.Html.Dom.IHtmlButtonElement>("#publish-button")!.IsDisabled, "no pool, no category: publishing is not offered");
    }

    [Fact]
    public async Task A_closing_date_before_the_opening_date_is_refused_beside_the_field_and_nothing_is_created()
    {
        var officer = await app.OfficerAsync();
        var name = $"倒置日期{Guid.NewGuid():N}"[..16];

        using var response = await officer.SubmitFormAsync("/editions/new", "/editions/new", Typed(
            ("Name", name), ("Year", "2026"), ("Organizer", "仪征市民政局"),
            ("OpensOn", Date(app.Today.AddDays(20))), ("ClosesOn", Date(app.Today.AddDays(19)))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("截止日期早于开始日期。", page.FieldError("ClosesOn"));
        Assert.Equal(name, page.InputValue("Name"));
        Assert.False(await app.WithDbAsync(db => db.Editions.AnyAsync(e => e.Name == name)));
    }

    [Fact]
    public async Task A_second_edition_of_the_same_name_and_year_is_refused()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);
        var existing = (await app.EditionByIdAsync(id)).Name;

        using var response = await officer.SubmitFormAsync("/editions/new", "/editions/new", Typed(
            ("Name", existing), ("Year", "2026"), ("Organizer", "仪征市民政局"),
            ("OpensOn", Date(app.Today.AddDays(20))), ("ClosesOn", Date(app.Today.AddDays(40)))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("该年度已有同名大赛。", (await response.ReadHtmlAsync()).FieldError("Name"));
    }

    [Fact]
    public async Task The_officer_fills_every_section_and_publishes_the_call()
    {
        var officer = await app.OfficerAsync();
        using var created = await officer.SubmitFormAsync("/editions/new", "/editions/new", Typed(
            ("Name", $"全流程大赛{Guid.NewGuid():N}"[..16]), ("Year", "2026"), ("Organizer", "仪征市民政局"),
            ("OpensOn", Date(app.Today.AddDays(10))), ("ClosesOn", Date(app.Today.AddDays(40)))));
        var url = created.RedirectPath()!;
        var id = Guid.Parse(url["/editions/".Length..]);

        await SaveAsync(officer, url, "basics", ("Form.Name", "仪征市第五届社区公益创投大赛"), ("Form.Year", "2027"), ("Form.Organizer", "仪征市民政局 真州镇"),
            ("Form.Call", "一、资助方向\n为老服务、青少年教育。\n二、申报要求\n每个组织限报一个项目。"));
        await SaveAsync(officer, url, "timeline", ("Form.OpensOn", Date(app.Today.AddDays(12))), ("Form.ClosesOn", Date(app.Today.AddDays(42))),
            ("Form.ReviewEndsOn", Date(app.Today.AddDays(70))), ("Form.PublicityDays", "5"));
        var rulesPage = await officer.GetPageAsync($"{url}/rules");
        using (var rules = await officer.PostAsync(rulesPage, $"{url}/rules",
                   ("Form.Version", rulesPage.InputValue("Form.Version")!), ("Form.Pool", "400000.50"), ("Form.Cap", "30000"),
                   ("Form.MinMatchingPercent", "20"), ("Form.EligibleTypes", "CommunityOrganization"), ("Form.EligibleTypes", "SocialGroup"),
                   ("Form.MinYearsRegistered", "2"), ("Form.MinGrade", "A3"), ("Form.RequiresResidency", "true"), ("Form.RequiresResidency", "false"),
                   ("Form.AllowsSeveralApplications", "false")))
            Assert.Equal(url, rules.RedirectPath());
        await SaveAsync(officer, url, "review", ("Form.JudgesPerApplication", "7"), ("Form.Aggregation", "NormalizedMean"),
            ("Form.BlindReview", "true"), ("Form.CommentBelowPercent", "50"));
        await SaveAsync(officer, url, "categories", ("Form.Categories", "为老服务\r\n青少年教育\r\n\r\n困难家庭帮扶\r\n为老服务"));
        await SaveAsync(officer, url, "rubric",
            ("Form.Rows[0].Name", "需求与设计"), ("Form.Rows[0].MaxPoints", "60"),
            ("Form.Rows[1].Name", "团队"), ("Form.Rows[1].MaxPoints", "40"),
            ("Form.Rows[2].Name", "获媒体报道"), ("Form.Rows[2].MaxPoints", "5"), ("Form.Rows[2].IsBonus", "true"),
            ("Form.Rows[3].Name", ""), ("Form.Rows[3].MaxPoints", ""),
            ("Form.Rows[4].Name", ""), ("Form.Rows[4].MaxPoints", ""),
            ("Form.Rows[5].Name", ""), ("Form.Rows[5].MaxPoints", ""),
            ("Form.Rows[6].Name", ""), ("Form.Rows[6].MaxPoints", ""));
        await SaveAsync(officer, url, "awards", ("Form.Rows[0].Name", "一等奖"), ("Form.Rows[0].Amount", "8000"), ("Form.Rows[0].Count", "5"),
            ("Form.Rows[1].Name", "优秀奖"), ("Form.Rows[1].Amount", "1000.50"), ("Form.Rows[1].Count", "20"));

        var overview = await officer.GetPageAsync(url);
        Assert.False(overview.QuerySelector<AngleSharp.Html.Dom.IHtmlButtonElement>("#publish-button")!.IsDisabled);
        using (var published = await officer.SubmitFormAsync(overview, $"{url}/publish", new Dictionary<string, string>()))
            Assert.Equal(url, published.RedirectPath());

        var e = await app.EditionByIdAsync(id);
        Assert.Equal(EditionStatus.Published, e.Status);
        Assert.Equal(app.Now, e.PublishedAt);
        Assert.Equal(("仪征市第五届社区公益创投大赛", 2027, "仪征市民政局 真州镇"), (e.Name, e.Year, e.Organizer));
        Assert.Equal("一、资助方向\n为老服务、青少年教育。\n二、申报要求\n每个组织限报一个项目。", e.Call.ReplaceLineEndings("\n"));
        Assert.Equal((app.Today.AddDays(12), app.Today.AddDays(42), app.Today.AddDays(70), 5), (e.OpensOn, e.ClosesOn, e.ReviewEndsOn, e.PublicityDays));
        Assert.Equal(new Money(40_000_050), e.Pool);
        Assert.Equal(new Money(3_000_000), e.PerProjectCap);
        Assert.Equal(20, e.MinMatchingPercent);
        Assert.Equal([OrganizationType.SocialGroup, OrganizationType.CommunityOrganization], e.EligibleTypes);
        Assert.Equal((2, EvaluationGrade.A3, true, false), (e.MinYearsRegistered, e.MinGrade, e.RequiresResidency, e.AllowsSeveralApplications));
        Assert.Equal((7, AggregationMethod.NormalizedMean, true, 50), (e.JudgesPerApplication, e.Aggregation, e.BlindReview, e.CommentBelowPercent));
        Assert.Equal(["为老服务", "青少年教育", "困难家庭帮扶"], e.Categories.OrderBy(c => c.Id).Select(c => c.Name));
        Assert.Equal([("需求与设计", 60, false), ("团队", 40, false), ("获媒体报道", 5, true)],
            e.Rubric.OrderBy(c => c.Order).Select(c => (c.Name, c.MaxPoints, c.IsBonus)));
        Assert.Equal([("一等奖", new Money(800_000), 5), ("优秀奖", new Money(100_050), 20)],
            e.AwardTiers.OrderBy(t => t.Id).Select(t => (t.Name, t.Amount, t.Count)));

        var call = await app.CreateBrowserClient().GetPageAsync($"/competitions/{id}");
        Assert.Equal("¥400,000.50", call.QuerySelector("#pool")?.TextContent.Trim());
    }

    [Fact]
    public async Task Each_section_page_shows_the_saved_values_in_its_form()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);

        var rules = await officer.GetPageAsync($"/editions/{id}/rules");
        var rubric = await officer.GetPageAsync($"/editions/{id}/rubric");
        var awards = await officer.GetPageAsync($"/editions/{id}/awards");
        var categories = await officer.GetPageAsync($"/editions/{id}/categories");

        Assert.Equal("400000", rules.InputValue("Form.Pool")?.Split('.')[0]);
        Assert.NotNull(rules.QuerySelector("#type-CommunityOrganization[checked]"));
        Assert.Null(rules.QuerySelector("#type-Foundation[checked]"));
        Assert.Equal(7, rubric.QuerySelectorAll(".rubric-row").Length);
        Assert.Equal("需求分析", rubric.InputValue("Form.Rows[0].Name"));
        Assert.Equal("", rubric.InputValue("Form.Rows[6].Name") ?? "");
        Assert.Equal("100", rubric.QuerySelector("#rubric-total")?.GetAttribute("data-total"));
        Assert.Equal(3, awards.QuerySelectorAll(".award-row").Length);
        Assert.Equal("为老服务\n青少年教育", categories.QuerySelector("textarea")?.TextContent.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Rubric_rows_are_added_and_removed_on_the_server_without_saving()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);
        var url = $"/editions/{id}/rubric";

        using var added = await officer.SubmitFormAsync(url, url, new Dictionary<string, string> { ["command"] = "add", ["Form.Rows[0].Name"] = "需求分析（改）" });
        var withTwoSpare = await added.ReadHtmlAsync();
        using var removed = await officer.SubmitFormAsync(withTwoSpare, url, new Dictionary<string, string> { ["command"] = "remove:1" });
        var page = await removed.ReadHtmlAsync();

        Assert.Equal(8, withTwoSpare.QuerySelectorAll(".rubric-row").Length);
        Assert.Equal("需求分析（改）", withTwoSpare.InputValue("Form.Rows[0].Name"));
        Assert.Equal(7, page.QuerySelectorAll(".rubric-row").Length);
        Assert.Equal("需求分析（改）", page.InputValue("Form.Rows[0].Name"));
        Assert.Equal("创新性与示范性", page.InputValue("Form.Rows[1].Name"));
        var saved = await app.EditionByIdAsync(id);
        Assert.Equal("需求分析", saved.Rubric.OrderBy(c => c.Order).First().Name);
        Assert.Equal(6, saved.Rubric.Count);
    }

    [Fact]
    public async Task A_rubric_that_does_not_add_up_to_100_is_refused_with_the_rules_message_and_the_rows_kept()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);
        var url = $"/editions/{id}/rubric";

        using var response = await officer.SubmitFormAsync(url, url, new Dictionary<string, string> { ["Form.Rows[0].MaxPoints"] = "25" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("各评分项（不含加分项）合计须为 100 分。", page.ErrorSummary()?.TextContent);
        Assert.Equal("25", page.InputValue("Form.Rows[0].MaxPoints"));
        Assert.Equal("105", page.QuerySelector("#rubric-total")?.GetAttribute("data-total"));
        Assert.Equal(20, (await app.EditionByIdAsync(id)).Rubric.OrderBy(c => c.Order).First().MaxPoints);
    }

    [Fact]
    public async Task A_cap_above_the_pool_is_refused_beside_the_field()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);
        var url = $"/editions/{id}/rules";

        using var response = await officer.SubmitFormAsync(url, url, new Dictionary<string, string> { ["Form.Pool"] = "1000", ["Form.Cap"] = "1000.01" });

        var page = await response.ReadHtmlAsync();
        Assert.Equal("单个项目资助上限须大于零且不超过资金总额。", page.FieldError("Form.Cap"));
        Assert.Equal("1000.01", page.InputValue("Form.Cap"));
        Assert.Equal(Money.FromYuan(400_000m), (await app.EditionByIdAsync(id)).Pool);
    }

    [Fact]
    public async Task A_form_made_from_an_older_version_is_refused_and_what_was_typed_stays()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(published: false);
        var url = $"/editions/{id}/basics";
        var stale = await officer.GetPageAsync(url);
        await SaveAsync(officer, $"/editions/{id}", "review", ("Form.JudgesPerApplication", "3"));

        using var response = await officer.SubmitFormAsync(stale, url, new Dictionary<string, string> { ["Form.Organizer"] = "真州镇人民政府" });

        var page = await response.ReadHtmlAsync();
        Assert.Contains("该大赛刚被他人修改，请刷新页面后重试。", page.ErrorSummary()?.TextContent);
        Assert.Equal("真州镇人民政府", page.InputValue("Form.Organizer"));
        Assert.Equal("仪征市民政局", (await app.EditionByIdAsync(id)).Organizer);
    }

    [Fact]
    public async Task Publishing_an_edition_without_its_money_is_refused_with_the_rules_message()
    {
        var officer = await app.OfficerAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var e = CompetitionEdition.Draft($"无资金{Guid.NewGuid():N}"[..14], 2026, "仪征市民政局", app.Today.AddDays(5), app.Today.AddDays(30));
            db.Editions.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var version = (await app.EditionByIdAsync(id)).Version;
        var overview = await officer.GetPageAsync($"/editions/{id}");

        using var response = await officer.PostAsync(overview, $"/editions/{id}/publish", ("version", version.ToString()));

        Assert.Equal($"/editions/{id}", response.RedirectPath());
        var after = await officer.GetPageAsync($"/editions/{id}");
        Assert.Equal("发布前请先设置资金总额和单个项目资助上限。", after.QuerySelector("#flash-error")?.TextContent.Trim());
        Assert.Equal(EditionStatus.Draft, (await app.EditionByIdAsync(id)).Status);
    }

    /// <summary>Opens a section's page, overlays the typed fields, submits, and expects the redirect to the overview.</summary>
    private static async Task SaveAsync(HttpClient officer, string editionUrl, string section, params (string Name, string Value)[] typed)
    {
        using var response = await officer.SubmitFormAsync($"{editionUrl}/{section}", $"{editionUrl}/{section}", Typed(typed));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.ReadHtmlAsync();
            var errors = string.Join(" | ", page.QuerySelectorAll(".field-validation-error, div.alert-danger").Select(x => x.TextContent.Trim()));
            Assert.Fail($"{section}: {(int)response.StatusCode} {errors}");
        }
        Assert.Equal(editionUrl, response.RedirectPath());
    }
}
