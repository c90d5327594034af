using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Editions;

/// <summary>Program officers run the editions; administrators may read them; everyone else is turned away.</summary>
public sealed class EditionAccessTests(EditionsFactory app) : IClassFixture<EditionsFactory>
{
    private static readonly string[] Sections = ["basics", "timeline", "rules", "review", "categories", "rubric", "awards"];

    public static IEnumerable<object[]> OtherRoles =>
        [[Roles.OrganizationMember], [Roles.Judge], [Roles.CenterStaff], [Roles.FinanceOfficer]];

    private static bool TurnedAway(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");

    private async Task<string[]> PagesAsync()
    {
        var id = await app.EditionAsync(published: false);
        return ["/editions", "/editions/new", $"/editions/{id}", .. Sections.Select(s => $"/editions/{id}/{s}")];
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Anyone_but_an_officer_or_administrator_is_refused_every_edition_page(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role.ToLowerInvariant(), role));

        foreach (var path in await PagesAsync())
        {
            using var response = await client.GetAsync(path);
            Assert.True(TurnedAway(response), $"{role} on {path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Anyone_but_an_officer_cannot_publish_or_change_an_edition(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role.ToLowerInvariant(), role));
        var id = await app.EditionAsync(published: false);
        // A page of the client's own, for a valid antiforgery token.
        var home = await client.GetPageAsync("/");

        foreach (var path in new[] { $"/editions/{id}/publish", $"/editions/{id}/basics", "/editions/new" })
        {
            using var post = await PostWithTokenAsync(client, home, path);
            Assert.True(TurnedAway(post), $"{role} POST {path}: {(int)post.StatusCode} {post.Headers.Location}");
        }
        Assert.Equal(Core.Competitions.EditionStatus.Draft, (await app.EditionByIdAsync(id)).Status);
    }

    [Fact]
    public async Task An_administrator_reads_the_list_and_the_overview_but_changes_nothing()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));
        var id = await app.EditionAsync(published: false);

        var list = await admin.GetPageAsync("/editions");
        var overview = await admin.GetPageAsync($"/editions/{id}");
        using var edit = await admin.GetAsync($"/editions/{id}/rules");
        using var create = await admin.GetAsync("/editions/new");

        Assert.NotNull(list.QuerySelector($"tr[data-edition-id='{id}']"));
        Assert.Null(list.QuerySelector("#new-edition"));
        Assert.NotNull(overview.QuerySelector("#section-rules"));
        Assert.Null(overview.QuerySelector("#publish-form"));
        Assert.Null(overview.QuerySelector("[data-edit]"));
        Assert.True(TurnedAway(edit));
        Assert.True(TurnedAway(create));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var id = await app.EditionAsync(published: false);

        foreach (var path in new[] { "/editions", $"/editions/{id}", $"/editions/{id}/rules" })
        {
            using var response = await app.CreateBrowserClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/login", response.RedirectPath());
        }
    }

    [Fact]
    public async Task An_unknown_edition_is_not_found()
    {
        var officer = await app.OfficerAsync();

        using var overview = await officer.GetAsync($"/editions/{Guid.NewGuid()}");
        using var section = await officer.GetAsync($"/editions/{Guid.NewGuid()}/rubric");

        Assert.Equal(HttpStatusCode.NotFound, overview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, section.StatusCode);
    }

    private static Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, string path)
    {
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        return client.PostAsync(path, new FormUrlEncodedContent([new(Forms.AntiforgeryField, token), new("version", "1"), new("Form.Name", "改名")]));
    }
}
