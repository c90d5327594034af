using System.Net;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// A grant is seen by its organization's members, program and finance officers and administrators; members confirm,
/// program officers manage. Anyone else gets a 404 on every grant route, whatever the id they type.
/// </summary>
public sealed class GrantAccessTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static IEnumerable<string> GetRoutes(Guid id) =>
        [$"/grants/{id}", $"/grants/{id}/agreement", $"/grants/{id}/confirm", $"/grants/{id}/agreement.pdf", $"/grants/{id}/evaluations/new"];

    private static IEnumerable<string> PostRoutes(Guid id) =>
        [$"/grants/{id}/agreement", $"/grants/{id}/confirm", $"/grants/{id}/evaluations/new", $"/grants/{id}/stop"];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string url) =>
        await client.PostAsync(url, new FormUrlEncodedContent([
            new(Forms.AntiforgeryField, token), new("Form.AmountYuan", "1"), new("Form.Template", "Single"), new("Form.Then", "save"),
            new("StopForm.Reason", "试图终止"), new("Form.Kind", "Midterm"), new("Form.Score", "90"), new("Form.Evaluator", "某人"),
        ]));

    [Fact]
    public async Task Another_organizations_member_gets_a_404_on_every_grant_route_and_changes_nothing()
    {
        var s = await EditionAsync(app, [40_000m, 40_000m]);
        var id = s.Funded[0];
        await AgreedAsync(app, id, s.Members[0], confirm: false);
        var other = await app.SignedInClientAsync(s.Members[1]);
        var token = await TokenAsync(other, "/organization/grants");
        var before = await GrantAsync(app, id);

        foreach (var url in GetRoutes(id))
        {
            using var response = await other.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
        }
        foreach (var url in PostRoutes(id))
        {
            using var response = await PostAsync(other, token, url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} answered {(int)response.StatusCode}");
        }
        var after = await GrantAsync(app, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(GrantStatus.AgreementDrafted, after.Status);
        // Their own ledger does not list it either.
        Assert.Null((await other.GetPageAsync("/organization/grants")).QuerySelector($"tr[data-grant-id='{id}']"));
    }

    [Fact]
    public async Task A_judge_or_center_staff_gets_a_404_and_a_visitor_is_sent_to_sign_in()
    {
        var s = await EditionAsync(app, [40_000m]);
        var id = s.Funded[0];
        var judge = await app.SignedInClientAsync(await app.CreateUserAsync("judge", Roles.Judge));
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync("staff", Roles.CenterStaff));
        foreach (var url in GetRoutes(id))
        {
            using var j = await judge.GetAsync(url);
            Assert.True(j.IsRefusal(), $"a judge got {(int)j.StatusCode} on {url}");
            using var c = await staff.GetAsync(url);
            Assert.True(c.IsRefusal(), $"center staff got {(int)c.StatusCode} on {url}");
            using var anonymous = await app.CreateBrowserClient().GetAsync(url);
            Assert.Equal("/account/login", anonymous.RedirectPath());
        }
        foreach (var url in new[] { $"/editions/{s.EditionId}/grants", $"/editions/{s.EditionId}/grants.xlsx", "/grants", $"/organizations/{s.OrganizationIds[0]}/grants" })
        {
            using var j = await judge.GetAsync(url);
            Assert.True(j.IsRefusal(), $"a judge got {(int)j.StatusCode} on {url}");
        }
    }

    [Fact]
    public async Task The_organizations_own_member_reads_and_confirms_but_cannot_draft_evaluate_or_stop()
    {
        var s = await EditionAsync(app, [40_000m]);
        var id = s.Funded[0];
        var member = await app.SignedInClientAsync(s.Members[0]);
        var token = await TokenAsync(member, $"/grants/{id}");
        Assert.Null((await member.GetPageAsync($"/grants/{id}")).QuerySelector("#draft-link"));

        foreach (var url in new[] { $"/grants/{id}/agreement", $"/grants/{id}/evaluations/new" })
        {
            using var response = await member.GetAsync(url);
            Assert.True(response.IsRefusal(), $"GET {url} answered {(int)response.StatusCode}");
        }
        foreach (var url in new[] { $"/grants/{id}/agreement", $"/grants/{id}/evaluations/new", $"/grants/{id}/stop" })
        {
            using var response = await PostAsync(member, token, url);
            Assert.True(response.IsRefusal(), $"POST {url} answered {(int)response.StatusCode}");
        }
        Assert.Equal(GrantStatus.AwaitingAgreement, (await GrantAsync(app, id)).Status);
    }

    [Fact]
    public async Task Officers_and_finance_read_the_project_but_only_members_confirm_and_only_program_officers_draft()
    {
        var s = await EditionAsync(app, [40_000m]);
        var id = s.Funded[0];
        await AgreedAsync(app, id, s.Members[0], confirm: false);
        var officer = await OfficerAsync(app);
        var finance = await app.SignedInClientAsync(await app.CreateUserAsync("finance", Roles.FinanceOfficer));
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));

        foreach (var client in new[] { officer, finance, admin })
        {
            await client.GetPageAsync($"/grants/{id}");
            using var confirm = await client.GetAsync($"/grants/{id}/confirm");
            Assert.True(confirm.IsRefusal(), $"confirm answered {(int)confirm.StatusCode}");
        }
        await officer.GetPageAsync($"/grants/{id}/agreement");
        foreach (var client in new[] { finance, admin })
        {
            using var draft = await client.GetAsync($"/grants/{id}/agreement");
            Assert.True(draft.IsRefusal(), $"agreement answered {(int)draft.StatusCode}");
        }
    }
}
