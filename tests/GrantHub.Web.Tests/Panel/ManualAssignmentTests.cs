using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// The officer adjusts by hand: adds a judge (refused across a conflict, with a message naming it) and removes an
/// assignment (refused once its score sheet is started).
/// </summary>
public sealed class ManualAssignmentTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    [Fact]
    public async Task Adding_a_judge_across_a_conflict_is_refused_with_a_message_and_without_a_conflict_it_is_saved()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        var (applicationId, organizationId, _) = await app.EligibleApplicationAsync(editionId);
        var member = await app.JudgeAsync(editionId);
        var declared = await app.JudgeAsync(editionId);
        var free = await app.JudgeAsync(editionId);
        await app.MakeMemberAsync(organizationId, member.Id);
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(applicationId, declared.Id, ConflictKind.PriorTie, "", app.Now));
            return db.SaveChangesAsync();
        });
        var url = $"/editions/{editionId}/assignments";
        var page = await officer.GetPageAsync(url);
        var offered = page.QuerySelectorAll($"li[data-application-id='{applicationId}'] select[name=judgeUserId] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([free.Id], offered);

        foreach (var judge in new[] { member, declared })
        {
            using var refused = await PanelFactory.SubmitAsync(officer, url, $"{url}/add", new() { ["judgeUserId"] = judge.Id }, ("applicationId", applicationId.ToString()));
            PanelFactory.Redirected(refused, url);
            var shown = await officer.GetPageAsync(url);
            Assert.Contains("回避", shown.QuerySelector("#flash-error")!.TextContent);
        }
        Assert.Empty(await app.AssignmentsAsync(editionId));

        using (var added = await PanelFactory.SubmitAsync(officer, url, $"{url}/add", new() { ["judgeUserId"] = free.Id }, ("applicationId", applicationId.ToString())))
            PanelFactory.Redirected(added, url);
        Assert.Equal([free.Id], (await app.AssignmentsAsync(editionId)).Select(a => a.JudgeUserId));
    }

    [Fact]
    public async Task An_assignment_whose_score_sheet_is_started_cannot_be_removed_and_one_not_started_can()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        var (applicationId, _, _) = await app.EligibleApplicationAsync(editionId);
        var started = await app.JudgeAsync(editionId);
        var waiting = await app.JudgeAsync(editionId);
        await app.WithDbAsync(db =>
        {
            db.JudgeAssignments.Add(new Assignment(editionId, applicationId, started.Id, Assignment.FirstRound, app.Now));
            db.JudgeAssignments.Add(new Assignment(editionId, applicationId, waiting.Id, Assignment.FirstRound, app.Now));
            return db.SaveChangesAsync();
        });
        var assignments = await app.AssignmentsAsync(editionId);
        var startedId = assignments.Single(a => a.JudgeUserId == started.Id).Id;
        var waitingId = assignments.Single(a => a.JudgeUserId == waiting.Id).Id;
        await app.StartSheetAsync(startedId);
        var url = $"/editions/{editionId}/assignments";

        using (var refused = await PanelFactory.SubmitAsync(officer, url, $"{url}/remove", new() { ["assignmentId"] = startedId.ToString() },
                   ("assignmentId", waitingId.ToString())))
            PanelFactory.Redirected(refused, url);
        Assert.NotNull((await officer.GetPageAsync(url)).QuerySelector("#flash-error"));
        using (var removed = await PanelFactory.SubmitAsync(officer, url, $"{url}/remove", [], ("assignmentId", waitingId.ToString())))
            PanelFactory.Redirected(removed, url);

        Assert.Equal([startedId], (await app.AssignmentsAsync(editionId)).Select(a => a.Id));
        Assert.True(await app.WithDbAsync(db => db.ScoreSheets.AnyAsync(s => s.AssignmentId == startedId)));
    }
}
