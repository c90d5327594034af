using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// A tie declared earlier, on another application of the same organization, is suggested as a conflict on its new
/// application; the declaration on an application itself is shown as recorded, not again as an earlier tie.
/// </summary>
public sealed class SuggestedConflictsTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    [Fact]
    public async Task A_tie_declared_in_an_earlier_edition_is_suggested_on_the_organizations_new_application()
    {
        var officer = await app.OfficerAsync();
        var earlier = await app.EditionAsync();
        var (earlierApplication, organizationId, member) = await app.EligibleApplicationAsync(earlier);
        var judge = await app.JudgeAsync(earlier);
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(earlierApplication, judge.Id, ConflictKind.Other, "亲属在该机构任职", app.Now));
            return db.SaveChangesAsync();
        });
        var editionId = await app.EditionAsync();
        await app.SeatAsync(editionId, judge.Id);
        var applicationId = await app.EligibleApplicationForAsync(editionId, organizationId, member.Id, "银龄食堂二期");

        var page = await officer.GetPageAsync($"/editions/{editionId}/assignments");
        var suggested = page.QuerySelector($"li[data-application-id='{applicationId}'] .conflicts li[data-user-id='{judge.Id}']");
        Assert.NotNull(suggested);
        Assert.Equal("false", suggested.GetAttribute("data-recorded"));
        Assert.Contains("曾声明与其有关联", suggested.TextContent);

        var earlierPage = await officer.GetPageAsync($"/editions/{earlier}/assignments");
        var recorded = earlierPage.QuerySelector($"li[data-application-id='{earlierApplication}'] .conflicts li[data-user-id='{judge.Id}']");
        Assert.NotNull(recorded);
        Assert.Equal("true", recorded.GetAttribute("data-recorded"));
        Assert.DoesNotContain("曾声明与其有关联", recorded.TextContent);
    }
}
