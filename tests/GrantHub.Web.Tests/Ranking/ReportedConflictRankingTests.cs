using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.JudgeDesk;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Ranking.RankingSeed;

namespace GrantHub.Web.Tests.Ranking;

/// <summary>A submitted sheet stops counting in the ranking once its judge reports a conflict with the application; it stays on record.</summary>
public sealed class ReportedConflictRankingTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task The_ranking_leaves_out_the_sheet_of_a_judge_who_reported_a_conflict()
    {
        var editionId = await EditionAsync(app, judgesPerApplication: 2);
        var staying = (await app.CreateUserAsync("judge", Roles.Judge)).Id;
        var leaving = await app.CreateUserAsync("judge", Roles.Judge);
        var id = await EligibleAsync(app, editionId, "银龄食堂");
        await SheetAsync(app, editionId, id, staying, 90m);
        await SheetAsync(app, editionId, id, leaving.Id, 60m);
        var officer = await OfficerAsync(app);
        Assert.Equal("75", (await officer.GetPageAsync($"/editions/{editionId}/ranking")).QuerySelector($"#application-{id} .aggregate")!.TextContent.Trim());

        var assignmentId = await app.WithDbAsync(db => db.JudgeAssignments.Where(a => a.ApplicationId == id && a.JudgeUserId == leaving.Id)
            .Select(a => a.Id).SingleAsync());
        var judge = await app.SignedInClientAsync(leaving);
        using (var reported = await judge.PostWithTokenAsync("/judging", $"/judging/{assignmentId}/report-conflict",
                   new Dictionary<string, string> { ["Report.Kind"] = "MemberOfOrganization" }))
            Assert.Equal("/judging", reported.RedirectPath());

        var page = await officer.GetPageAsync($"/editions/{editionId}/ranking");
        Assert.Equal("90", page.QuerySelector($"#application-{id} .aggregate")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#application-{id} .flag-too-few"));
        var sheet = await app.WithDbAsync(db => db.ScoreSheets.AsNoTracking().SingleAsync(s => s.AssignmentId == assignmentId));
        Assert.Equal(ScoreSheetStatus.Submitted, sheet.Status);

        var sheets = await officer.GetPageAsync($"/editions/{editionId}/sheets");
        Assert.NotNull(sheets.QuerySelector($"#sheet-{assignmentId} .set-aside"));
    }
}
