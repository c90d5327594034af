using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.JudgeDesk;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// A conflict only the data suggests (the judge is a member of the organization, staffs its center, declared a tie
/// before) keeps the judge off the application until the officer overrides it with a written reason, which is kept and
/// audited; a kind the data suggests after the override blocks again.
/// </summary>
public sealed class SuggestedConflictOverrideTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    private const string Reason = "该评审员仅为机构的普通会员，不参与其管理和项目执行。";

    private async Task<(Guid EditionId, Guid ApplicationId, Guid OrganizationId, TestUser Judge)> MemberJudgeAsync()
    {
        var editionId = await app.EditionAsync(judgesPerApplication: 1);
        var (applicationId, organizationId, _) = await app.EligibleApplicationAsync(editionId);
        var judge = await app.JudgeAsync(editionId);
        await app.MakeMemberAsync(organizationId, judge.Id);
        return (editionId, applicationId, organizationId, judge);
    }

    private static Dictionary<string, string> Override(Guid applicationId, string judgeId, string reason) => new()
    {
        ["LiftSuggestion.ApplicationId"] = applicationId.ToString(), ["LiftSuggestion.JudgeUserId"] = judgeId, ["LiftSuggestion.Reason"] = reason,
    };

    [Fact]
    public async Task Without_an_override_no_assignment_crosses_a_suggested_conflict()
    {
        var officer = await app.OfficerAsync();
        var (editionId, applicationId, _, judge) = await MemberJudgeAsync();
        var url = $"/editions/{editionId}/assignments";

        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(auto, url);
        using (var byHand = await officer.PostWithTokenAsync(url, $"/editions/{editionId}/assignments/add",
                   new Dictionary<string, string> { ["applicationId"] = applicationId.ToString(), ["judgeUserId"] = judge.Id }))
            PanelFactory.Redirected(byHand, url);

        Assert.Empty(await app.AssignmentsAsync(editionId));
        var page = await officer.GetPageAsync(url);
        var row = page.QuerySelector($"li[data-application-id='{applicationId}'] .conflicts li[data-user-id='{judge.Id}']")!;
        Assert.Equal("false", row.GetAttribute("data-recorded"));
        Assert.Equal("false", row.GetAttribute("data-lifted"));
        Assert.NotNull(row.QuerySelector("form[action$='/conflicts/lift-suggestion']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_override_without_a_reason_is_refused_and_the_form_stays_open(string reason)
    {
        var officer = await app.OfficerAsync();
        var (editionId, applicationId, _, judge) = await MemberJudgeAsync();
        var url = $"/editions/{editionId}/assignments";

        using var refused = await PanelFactory.SubmitAsync(officer, url, $"/editions/{editionId}/conflicts/lift-suggestion",
            Override(applicationId, judge.Id, reason), ("LiftSuggestion.JudgeUserId", judge.Id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector($"li[data-user-id='{judge.Id}'] details.lift-suggestion[open] .lift-error"));
        Assert.False(await app.WithDbAsync(db => db.LiftedConflictSuggestions.AnyAsync(s => s.ApplicationId == applicationId)));
    }

    [Fact]
    public async Task With_an_override_the_judge_may_be_assigned_and_the_reason_is_kept_and_audited()
    {
        var officer = await app.OfficerAsync();
        var (editionId, applicationId, _, judge) = await MemberJudgeAsync();
        var url = $"/editions/{editionId}/assignments";

        using (var lifted = await PanelFactory.SubmitAsync(officer, url, $"/editions/{editionId}/conflicts/lift-suggestion",
                   Override(applicationId, judge.Id, Reason), ("LiftSuggestion.JudgeUserId", judge.Id)))
            PanelFactory.Redirected(lifted, url);

        var ruling = await app.WithDbAsync(db => db.LiftedConflictSuggestions.AsNoTracking().SingleAsync(s => s.ApplicationId == applicationId));
        Assert.Equal((judge.Id, Reason), (ruling.JudgeUserId, ruling.Reason));
        Assert.Equal([ConflictKind.MemberOfOrganization], ruling.Kinds);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LiftedConflictSuggestion)
            && e.EntityKey == ruling.Id.ToString() && e.Action == "Added" && e.After!.Contains("Reason"))));
        // It is the officer's ruling, not the judge's declaration: the judge still declares before reading.
        Assert.False(await app.WithDbAsync(db => db.ConflictDeclarations.AnyAsync(d => d.ApplicationId == applicationId)));

        var page = await officer.GetPageAsync(url);
        var row = page.QuerySelector($"li[data-application-id='{applicationId}'] .conflicts li[data-user-id='{judge.Id}']")!;
        Assert.Equal("true", row.GetAttribute("data-lifted"));
        Assert.Contains(Reason, row.TextContent);

        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(auto, url);
        Assert.Equal([judge.Id], (await app.AssignmentsAsync(editionId)).Select(a => a.JudgeUserId));
    }

    [Fact]
    public async Task A_kind_the_data_suggests_after_the_override_keeps_the_judge_off_again()
    {
        var officer = await app.OfficerAsync();
        var (editionId, applicationId, organizationId, judge) = await MemberJudgeAsync();
        var url = $"/editions/{editionId}/assignments";
        using (var lifted = await PanelFactory.SubmitAsync(officer, url, $"/editions/{editionId}/conflicts/lift-suggestion",
                   Override(applicationId, judge.Id, Reason), ("LiftSuggestion.JudgeUserId", judge.Id)))
            PanelFactory.Redirected(lifted, url);

        // The judge then takes a post at the organization's incubation center.
        await app.PostToCenterAsync(await app.ResidentAtCenterAsync(organizationId), judge.Id);

        var page = await officer.GetPageAsync(url);
        var row = page.QuerySelector($"li[data-application-id='{applicationId}'] .conflicts li[data-user-id='{judge.Id}']")!;
        Assert.Equal("false", row.GetAttribute("data-lifted"));
        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(auto, url);
        Assert.Empty(await app.AssignmentsAsync(editionId));
    }
}
