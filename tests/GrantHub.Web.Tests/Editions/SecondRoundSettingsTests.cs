using System.Net;
using GrantHub.Core.Competitions;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Editions;

/// <summary>
/// The officer adds an optional second round (路演/答辩) to an edition: its own rubric (the default proposed), the
/// written round's weight in the final score and its judges; fixed once the first shortlist is chosen.
/// </summary>
public sealed class SecondRoundSettingsTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    [Fact]
    public async Task The_page_proposes_the_default_rubric_and_equal_weights_for_an_edition_without_a_second_round()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync();

        var page = await officer.GetPageAsync($"/editions/{id}/secondround");

        Assert.Null(page.QuerySelector("input[name='Form.Enabled'][checked]"));
        Assert.Equal("50", page.InputValue("Form.WrittenRoundPercent"));
        Assert.Equal(["路演表现", "答辩回应", "项目可行性", "团队能力"],
            Enumerable.Range(0, 4).Select(i => page.InputValue($"Form.Rows[{i}].Name")));
        Assert.Equal("100", page.QuerySelector("#rubric-total")?.GetAttribute("data-total"));
        Assert.Contains("最终得分 = 书面评审 × 50% + 路演/答辩 × 50%。", page.QuerySelector("#weight-formula")?.TextContent);
        Assert.NotNull(page.QuerySelector("#edition-tabs [data-section='secondround']"));
    }

    [Fact]
    public async Task Saving_adds_the_second_round_beside_the_written_rubric_and_the_overview_tells_it()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync();
        var url = $"/editions/{id}/secondround";

        using var saved = await officer.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.Enabled"] = "true", ["Form.WrittenRoundPercent"] = "40", ["Form.JudgesPerApplication"] = "7",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edition = await app.EditionByIdAsync(id);
        Assert.True(edition.HasSecondRound);
        Assert.Equal((40, 7), (edition.WrittenRoundPercent, edition.SecondRoundJudgesPerApplication));
        Assert.Equal(["路演表现", "答辩回应", "项目可行性", "团队能力"], edition.RubricOf(RubricCriterion.SecondRound).Select(c => c.Name));
        Assert.Equal(6, edition.RubricOf(RubricCriterion.FirstRound).Count);

        var overview = await officer.GetPageAsync($"/editions/{id}");
        Assert.Contains("书面评审 × 40% + 路演/答辩 × 60%", overview.QuerySelector("#section-secondround")?.TextContent);
        Assert.Equal(4, overview.QuerySelectorAll("#second-round-rubric tbody tr").Length);
        // The written rubric card and the public call keep the written round's six criteria.
        Assert.Equal(6, overview.QuerySelectorAll("#rubric-table tbody tr").Length);
        var call = await app.CreateBrowserClient().GetPageAsync($"/competitions/{id}");
        Assert.Equal(6, call.QuerySelectorAll("#rubric-table tbody tr").Length);
    }

    [Fact]
    public async Task A_second_round_rubric_that_does_not_add_up_to_100_is_refused_with_the_rows_kept()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync();
        var url = $"/editions/{id}/secondround";

        using var response = await officer.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.Enabled"] = "true", ["Form.Rows[0].MaxPoints"] = "40",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("各评分项（不含加分项）合计须为 100 分。", page.ErrorSummary()?.TextContent);
        Assert.Equal("40", page.InputValue("Form.Rows[0].MaxPoints"));
        Assert.False((await app.EditionByIdAsync(id)).HasSecondRound);
    }

    [Fact]
    public async Task A_weight_outside_0_to_100_percent_is_refused_beside_the_field()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync();
        var url = $"/editions/{id}/secondround";

        using var response = await officer.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.Enabled"] = "true", ["Form.WrittenRoundPercent"] = "120",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).FieldError("Form.WrittenRoundPercent"));
        Assert.False((await app.EditionByIdAsync(id)).HasSecondRound);
    }

    [Fact]
    public async Task Once_the_shortlist_is_chosen_only_the_number_of_judges_changes()
    {
        var officer = await app.OfficerAsync();
        var id = await app.EditionAsync(more: e => e.SetSecondRound(true, 50, 5,
            RubricCriterion.DefaultSecondRound.Select(c => (c.Name, c.MaxPoints, false))));
        await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == id);
            edition.OpenSecondRound(app.Now);
            return await db.SaveChangesAsync();
        });
        var url = $"/editions/{id}/secondround";

        var page = await officer.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#second-round-open-notice"));
        Assert.NotNull(page.QuerySelector("fieldset[disabled] input[name='Form.WrittenRoundPercent']"));
        Assert.Null(page.QuerySelector("fieldset[disabled] input[name='Form.JudgesPerApplication']"));

        // What a browser posts: the disabled fields are not sent, except the page's own hidden copies.
        using var saved = await officer.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.AntiforgeryField] = page.QuerySelector($"#section-form input[name={Forms.AntiforgeryField}]")!.GetAttribute("value")!,
            ["Form.Version"] = page.InputValue("Form.Version")!,
            ["Form.Enabled"] = "true",
            ["Form.WrittenRoundPercent"] = "50",
            ["Form.JudgesPerApplication"] = "3",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edition = await app.EditionByIdAsync(id);
        Assert.Equal((3, 50, 4), (edition.SecondRoundJudgesPerApplication, edition.WrittenRoundPercent, edition.RubricOf(RubricCriterion.SecondRound).Count));
    }
}
