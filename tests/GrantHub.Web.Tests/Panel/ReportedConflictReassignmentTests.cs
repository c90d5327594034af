using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// A judge who reports a conflict after declaring none is set aside on the officer's assignments page: the assignment
/// stays on record with its started sheet, no longer counts toward the application's judges, and automatic assignment
/// gives the application another judge.
/// </summary>
public sealed class ReportedConflictReassignmentTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    [Fact]
    public async Task The_officer_sees_the_judge_set_aside_and_assigns_another_in_their_place()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync(judgesPerApplication: 1);
        var (applicationId, _, _) = await app.EligibleApplicationAsync(editionId);
        var first = await app.JudgeAsync(editionId);
        var url = $"/editions/{editionId}/assignments";
        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(auto, url);
        var assignment = Assert.Single(await app.AssignmentsAsync(editionId));
        await app.StartSheetAsync(assignment.Id);
        var second = await app.JudgeAsync(editionId);

        var judge = await app.SignedInClientAsync(first);
        using (var reported = await judge.SubmitFormAsync($"/judging/{assignment.Id}", $"/judging/{assignment.Id}/report-conflict",
                   new Dictionary<string, string> { ["Report.Kind"] = "PriorTie", ["Report.Note"] = "曾为该机构提供付费咨询" }))
            Assert.Equal("/judging", reported.RedirectPath());

        var page = await officer.GetPageAsync(url);
        var item = page.QuerySelector($"li[data-application-id='{applicationId}']")!;
        var chip = item.QuerySelector($".assigned-judges [data-user-id='{first.Id}']")!;
        Assert.Equal("true", chip.GetAttribute("data-set-aside"));
        Assert.NotNull(chip.QuerySelector(".set-aside"));
        Assert.Equal("0", item.QuerySelector("[data-judge-count]")!.GetAttribute("data-judge-count"));
        Assert.NotNull(item.QuerySelector(".set-aside-note"));
        var conflict = item.QuerySelector($".conflicts li[data-user-id='{first.Id}']")!;
        Assert.Equal("true", conflict.GetAttribute("data-recorded"));
        Assert.Contains("曾为该机构提供付费咨询", conflict.TextContent);

        using (var auto = await officer.SubmitFormAsync(url, $"/editions/{editionId}/assignments/auto", new Dictionary<string, string>()))
            PanelFactory.Redirected(auto, url);
        var assignments = await app.AssignmentsAsync(editionId);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), assignments.Select(a => a.JudgeUserId).Order());
        // The set-aside judge's sheet is kept on record.
        Assert.True(await app.WithDbAsync(db => db.ScoreSheets.AnyAsync(s => s.AssignmentId == assignment.Id)));
        var after = await officer.GetPageAsync(url);
        Assert.Equal("1", after.QuerySelector($"li[data-application-id='{applicationId}'] [data-judge-count]")!.GetAttribute("data-judge-count"));
    }
}
