using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.Publicity;

/// <summary>
/// The officer resolves objections with a note (upheld reopens that project's decision), and finalizes after the period:
/// one e-mail per member of each applicant organization, and the decisions frozen.
/// </summary>
public sealed class ResolveAndFinalizeTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<Guid> LodgeAsync(Seeded s, Guid applicationId)
    {
        await app.CreateBrowserClient().SubmitFormAsync($"/competitions/{s.EditionId}/results", $"/competitions/{s.EditionId}/objections", Objection(applicationId));
        return await app.WithDbAsync(db => db.Objections.Where(o => o.ApplicationId == applicationId).Select(o => o.Id).SingleAsync());
    }

    private Task<ObjectionStatus> StatusAsync(Guid id) => app.WithDbAsync(db => db.Objections.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());

    [Fact]
    public async Task Resolving_needs_a_note_and_upholding_reopens_only_that_projects_decision()
    {
        var s = await EditionAsync(app);
        var officer = await OfficerAsync(app);
        await PublishAsync(officer, s.EditionId);
        var objectionId = await LodgeAsync(s, s.Funded);
        var list = $"/editions/{s.EditionId}/objections";
        var resolve = $"/editions/{s.EditionId}/objections/{objectionId}/resolve";

        var refused = await officer.SubmitFormAsync(list, resolve, new Dictionary<string, string> { ["Resolution"] = "upheld", ["Note"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Note"));
        Assert.Equal(ObjectionStatus.Open, await StatusAsync(objectionId));

        // Before it is upheld, the decision cannot change.
        var ranking = $"/editions/{s.EditionId}/ranking";
        Assert.Equal(HttpStatusCode.OK, (await officer.SubmitFormAsync(ranking, $"/editions/{s.EditionId}/decisions/{s.Funded}", Ranking.RankingSeed.Funded(400m))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(list, resolve,
            new Dictionary<string, string> { ["Resolution"] = "upheld", ["Note"] = "经核实，服务人数有误，调减资助。" })).StatusCode);
        Assert.Equal(ObjectionStatus.Upheld, await StatusAsync(objectionId));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(ranking, $"/editions/{s.EditionId}/decisions/{s.Funded}", Ranking.RankingSeed.Funded(400m))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.SubmitFormAsync(ranking, $"/editions/{s.EditionId}/decisions/{s.NotSelected}", Ranking.RankingSeed.Funded(100m))).StatusCode);
        var amounts = await app.WithDbAsync(db => db.Decisions.AsNoTracking().Where(d => d.EditionId == s.EditionId).ToDictionaryAsync(d => d.ApplicationId, d => d.Amount));
        Assert.Equal(GrantHub.Core.Money.FromYuan(400m), amounts[s.Funded]);
        Assert.Equal(GrantHub.Core.Money.Zero, amounts[s.NotSelected]);
    }

    [Fact]
    public async Task Finalizing_waits_for_the_period_and_open_objections_then_mails_every_member_once_and_freezes_the_decisions()
    {
        var s = await EditionAsync(app);
        var officer = await OfficerAsync(app);
        await PublishAsync(officer, s.EditionId);
        var objectionId = await LodgeAsync(s, s.Awarded);
        var list = $"/editions/{s.EditionId}/objections";
        var finalize = $"/editions/{s.EditionId}/results/finalize";
        async Task<HttpResponseMessage> PostFinalize(HttpClient client)
        {
            var token = (await client.GetPageAsync(list)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            return await client.PostAsync(finalize, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        }
        Task<bool> FinalAsync() => app.WithDbAsync(db => db.Publicities.AnyAsync(p => p.EditionId == s.EditionId && p.FinalizedAt != null));

        Assert.Null((await officer.GetPageAsync(list)).QuerySelector("#finalize-form"));
        Assert.Equal(list, (await PostFinalize(officer)).RedirectPath());
        Assert.False(await FinalAsync());

        PastThePeriod(app);
        officer = await OfficerAsync(app); // signed in again: the first session expired while the clock moved on
        Assert.Equal(list, (await PostFinalize(officer)).RedirectPath());
        Assert.False(await FinalAsync());

        await officer.SubmitFormAsync(list, $"/editions/{s.EditionId}/objections/{objectionId}/resolve",
            new Dictionary<string, string> { ["Resolution"] = "dismissed", ["Note"] = "经核实，获奖项目材料真实。" });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(list, finalize, new Dictionary<string, string>())).StatusCode);

        Assert.True(await FinalAsync());
        var recipients = s.Members.Select(m => m.Email).ToList();
        var mails = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => recipients.Contains(m.To)).ToListAsync());
        Assert.Equal(recipients.Order(), mails.Select(m => m.To).Order());
        Assert.Contains("银龄助餐", mails.Single(m => m.To == s.Members[0].Email).HtmlBody);
        Assert.Contains("银龄助餐", mails.Single(m => m.To == s.Members[3].Email).HtmlBody);
        Assert.DoesNotContain("四点半课堂", mails.Single(m => m.To == s.Members[0].Email).HtmlBody);
        Assert.All(await app.WithDbAsync(db => db.Decisions.AsNoTracking().Where(d => d.EditionId == s.EditionId).ToListAsync()),
            d => Assert.NotNull(d.FinalizedAt));

        var ranking = $"/editions/{s.EditionId}/ranking";
        Assert.Equal(HttpStatusCode.OK, (await officer.SubmitFormAsync(ranking, $"/editions/{s.EditionId}/decisions/{s.Funded}", Ranking.RankingSeed.Funded(100m))).StatusCode);
        Assert.NotNull((await officer.GetPageAsync(ranking)).QuerySelector("#results-final"));
    }
}
