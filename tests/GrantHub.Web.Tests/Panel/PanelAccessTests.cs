using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Panel;

/// <summary>Only program officers see or change an edition's panel and assignments; judges and organization members are turned away.</summary>
public sealed class PanelAccessTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    public static IEnumerable<object[]> OtherRoles => [[Roles.Judge], [Roles.OrganizationMember]];

    private static bool TurnedAway(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Anyone_but_an_officer_is_refused_the_pages_and_every_action(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role.ToLowerInvariant(), role));
        var editionId = await app.EditionAsync();
        var (applicationId, _, _) = await app.EligibleApplicationAsync(editionId);
        var judge = await app.JudgeAsync(editionId);

        foreach (var path in new[] { $"/editions/{editionId}/judges", $"/editions/{editionId}/assignments" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(TurnedAway(response), $"{role} GET {path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(judge.Email, await response.Content.ReadAsStringAsync());
        }

        var token = (await client.GetPageAsync("/")).QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/editions/{editionId}/judges"] = new() { ["Invite.Email"] = $"x-{Guid.NewGuid():N}@test.cn", ["Invite.DisplayName"] = "某人" },
            [$"/editions/{editionId}/judges/remove"] = new() { ["userId"] = judge.Id },
            [$"/editions/{editionId}/assignments/auto"] = [],
            [$"/editions/{editionId}/assignments/add"] = new() { ["applicationId"] = applicationId.ToString(), ["judgeUserId"] = judge.Id },
        };
        foreach (var (path, fields) in posts)
        {
            using var post = await client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new(Forms.AntiforgeryField, token))));
            Assert.True(TurnedAway(post), $"{role} POST {path}: {(int)post.StatusCode}");
        }
        Assert.Empty(await app.AssignmentsAsync(editionId));
        Assert.Equal(1, await app.WithDbAsync(db => db.EditionJudges.CountAsync(j => j.EditionId == editionId)));
    }
}
