using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>A judge reaches only their own assignments: another judge's is not found, whatever the action.</summary>
public sealed class OwnAssignmentsOnlyTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    [Fact]
    public async Task Another_judges_assignment_is_not_found_for_reading_declaring_scoring_or_downloading()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.DeclareNoConflictAsync();
        var other = await app.SignedInClientAsync(await app.CreateUserAsync("judge", Roles.Judge));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(c.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{c.Url}/attachments/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithTokenAsync("/judging", $"{c.Url}/declare",
            new Dictionary<string, string> { ["Declaration.Decision"] = "none" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithTokenAsync("/judging", $"{c.Url}/sheet",
            new Dictionary<string, string> { ["Form.Then"] = "save" })).StatusCode);
        Assert.Null(await app.SheetAsync(c.AssignmentId));
        Assert.Null((await other.GetPageAsync("/judging")).QuerySelector(".queue-row"));
    }

    [Fact]
    public async Task The_queue_lists_the_judges_assignments_with_status_deadline_and_progress()
    {
        var c = await JudgeCase.CreateAsync(app);

        var page = await c.Client.GetPageAsync("/judging");

        Assert.Equal("ToDeclare", page.QuerySelector(".queue-row")!.GetAttribute("data-status"));
        Assert.Contains("2026-06-30", page.QuerySelector(".queue-edition")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#queue-progress")!.GetAttribute("data-done"));
        Assert.Equal("1", page.QuerySelector("#queue-progress")!.GetAttribute("data-total"));
    }

    [Fact]
    public async Task Only_judges_reach_the_queue()
    {
        var member = await app.SignedInClientAsync(await app.CreateUserAsync("org", Roles.OrganizationMember));

        Assert.Equal("/account/access-denied", (await member.GetAsync("/judging")).RedirectPath());
    }
}
