using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>A recorded conflict is lifted only with a written reason, kept on the declaration and in the audit trail.</summary>
public sealed class LiftingConflictsTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    [Fact]
    public async Task Lifting_without_a_reason_is_refused_and_with_one_it_lifts_is_audited_and_frees_the_judge()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 1);
        var (applicationId, _, _) = await app.EligibleApplicationAsync(editionId);
        var judge = await app.JudgeAsync(editionId);
        var declaration = ConflictDeclaration.Conflict(applicationId, judge.Id, ConflictKind.Other, "三年前曾为该机构做过培训", app.Now);
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(declaration);
            return db.SaveChangesAsync();
        });
        var url = $"/editions/{editionId}/assignments";
        var pick = ("Lift.DeclarationId", declaration.Id.ToString());

        using (var refused = await PanelFactory.SubmitAsync(officer, url, $"/editions/{editionId}/conflicts/lift", new() { ["Lift.Reason"] = "  " }, pick))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await refused.ReadHtmlAsync();
            Assert.NotNull(page.QuerySelector($"details[open] textarea#lift-{declaration.Id}"));
            Assert.NotEmpty(page.QuerySelectorAll(".lift-error"));
        }
        Assert.Null((await app.WithDbAsync(db => db.ConflictDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id))).LiftedAt);

        using (var lifted = await PanelFactory.SubmitAsync(officer, url, $"/editions/{editionId}/conflicts/lift",
                   new() { ["Lift.Reason"] = "培训为公开课程，不构成利益关联。" }, pick))
            PanelFactory.Redirected(lifted, url);

        var saved = await app.WithDbAsync(db => db.ConflictDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id));
        Assert.NotNull(saved.LiftedAt);
        Assert.Equal("培训为公开课程，不构成利益关联。", saved.LiftReason);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ConflictDeclaration)
            && e.EntityKey == declaration.Id.ToString() && e.Action == "Modified" && e.After!.Contains("LiftReason"))));

        using (var assigned = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(assigned, url);
        Assert.Equal([judge.Id], (await app.AssignmentsAsync(editionId)).Select(a => a.JudgeUserId));
    }
}
