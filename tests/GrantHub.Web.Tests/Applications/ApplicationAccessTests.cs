using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>An application is its organization's: another organization's member gets a refusal, never the data.</summary>
public sealed class ApplicationAccessTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Another_organizations_member_cannot_read_or_change_the_application()
    {
        var editionId = await app.CreateEditionAsync();
        var (ownerUser, ownerOrg) = await app.CreateOrganizationAsync();
        var (otherUser, _) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        var other = await app.SignedInClientAsync(otherUser);
        var id = await app.SubmittedApplicationAsync(editionId, ownerOrg, ownerUser.Id, project: "保密项目名称");
        var draftOwner = await app.SignedInClientAsync(ownerUser);
        var draft = await app.WithDbAsync(async db =>
        {
            var e = await db.Editions.FindAsync(await app.CreateEditionAsync());
            var a = Core.Competitions.Application.Start(e!, ownerOrg, ownerUser.Id, app.Now);
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

        foreach (var url in new[] { $"/applications/{id}", $"/applications/{draft}/edit/1", $"/applications/{draft}/edit/3", $"/applications/{draft}/edit/5",
                     $"/applications/{id}/screening" })
        {
            using var response = await other.GetAsync(url);
            Assert.True(response.IsRefusal(), $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("保密项目名称", await response.Content.ReadAsStringAsync());
        }
        var ownPage = await other.GetPageAsync("/applications");
        var token = ownPage.QuerySelector($"input[name='{Forms.AntiforgeryField}']")?.GetAttribute("value")
            ?? (await other.GetPageAsync("/")).QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        foreach (var action in new[] { $"/applications/{draft}/edit/1", $"/applications/{draft}/submit", $"/applications/{id}/withdraw", $"/applications/{draft}/reuse" })
        {
            using var response = await other.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [Forms.AntiforgeryField] = token, ["Form.ProjectName"] = "偷改", ["Form.Summary"] = "x",
            }));
            Assert.True(response.IsRefusal(), $"{action}: {(int)response.StatusCode}");
        }
        Assert.Equal("", (await app.ApplicationAsync(draft)).ProjectName);
        Assert.Equal(Core.Competitions.ApplicationStatus.Submitted, (await app.ApplicationAsync(id)).Status);
        using var own = await draftOwner.GetAsync($"/applications/{id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task The_officer_and_the_administrator_read_the_application_and_a_judge_does_not()
    {
        var editionId = await app.CreateEditionAsync();
        var (ownerUser, ownerOrg) = await app.CreateOrganizationAsync();
        var id = await app.SubmittedApplicationAsync(editionId, ownerOrg, ownerUser.Id);

        foreach (var role in new[] { Roles.ProgramOfficer, Roles.Administrator })
        {
            var client = await app.SignedInClientAsync(await app.CreateUserAsync(role, role));
            using var response = await client.GetAsync($"/applications/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        foreach (var role in new[] { Roles.Judge, Roles.CenterStaff, Roles.FinanceOfficer })
        {
            var client = await app.SignedInClientAsync(await app.CreateUserAsync(role, role));
            using var response = await client.GetAsync($"/applications/{id}");
            Assert.True(response.IsRefusal(), $"{role}: {(int)response.StatusCode}");
        }
    }
}
