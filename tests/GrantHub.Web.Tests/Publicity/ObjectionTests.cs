using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.Publicity;

/// <summary>Anyone lodges an objection during the period; the officer sees it with its contact; after the period, no form.</summary>
public sealed class ObjectionTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private Task<List<Objection>> ObjectionsAsync(Guid editionId) =>
        app.WithDbAsync(db => db.Objections.AsNoTracking().Where(o => o.EditionId == editionId).ToListAsync());

    [Fact]
    public async Task An_anonymous_visitor_lodges_an_objection_and_the_officer_sees_it_listed()
    {
        var s = await EditionAsync(app);
        var officer = await OfficerAsync(app);
        await PublishAsync(officer, s.EditionId);
        var visitor = app.CreateBrowserClient();

        var response = await visitor.SubmitFormAsync($"/competitions/{s.EditionId}/results", $"/competitions/{s.EditionId}/objections",
            Objection(s.Funded, "zhangsan@example.com"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var objection = Assert.Single(await ObjectionsAsync(s.EditionId));
        Assert.Equal((s.Funded, ObjectionStatus.Open), (objection.ApplicationId, objection.Status));
        var list = await officer.GetPageAsync($"/editions/{s.EditionId}/objections");
        var card = list.QuerySelector($"#objection-{objection.Id}")!;
        Assert.Contains("银龄助餐", card.TextContent);
        Assert.Contains("zhangsan@example.com", card.TextContent);
        Assert.NotNull(card.QuerySelector("form.resolve-form"));
        Assert.DoesNotContain("zhangsan@example.com", (await visitor.GetPageAsync($"/competitions/{s.EditionId}/results")).DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task An_objection_without_a_usable_contact_is_refused_with_the_text_kept_and_nothing_saved()
    {
        var s = await EditionAsync(app);
        await PublishAsync(await OfficerAsync(app), s.EditionId);
        var visitor = app.CreateBrowserClient();

        var response = await visitor.SubmitFormAsync($"/competitions/{s.EditionId}/results", $"/competitions/{s.EditionId}/objections",
            Objection(s.Funded, "call me"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("Contact"));
        Assert.Equal("该项目的服务人数与实际不符。", page.QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Empty(await ObjectionsAsync(s.EditionId));
    }

    [Fact]
    public async Task After_the_period_the_page_has_no_form_and_a_late_objection_is_refused()
    {
        var s = await EditionAsync(app);
        await PublishAsync(await OfficerAsync(app), s.EditionId);
        var visitor = app.CreateBrowserClient();
        var open = await visitor.GetPageAsync($"/competitions/{s.EditionId}/results");
        PastThePeriod(app);

        var page = await visitor.GetPageAsync($"/competitions/{s.EditionId}/results");
        Assert.Null(page.QuerySelector("#objection-form"));
        Assert.NotNull(page.QuerySelector("#objections-closed"));
        var late = await visitor.SubmitFormAsync(open, $"/competitions/{s.EditionId}/objections", Objection(s.Funded));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Empty(await ObjectionsAsync(s.EditionId));
    }
}
