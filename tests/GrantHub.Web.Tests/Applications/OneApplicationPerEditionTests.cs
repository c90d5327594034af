using System.Net;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Applications;

public sealed class OneApplicationPerEditionTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Applying_again_leads_to_the_existing_draft_instead_of_a_second_one()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var first = await member.ApplyAsync(editionId);

        var token = (await member.GetPageAsync("/applications")).QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        using var again = await member.PostAsync($"/competitions/{editionId}/apply",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.AntiforgeryField] = token }));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ApplicationSteps.StepUrl(first, 1), again.RedirectPath());
        Assert.Equal(1, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.OrganizationId == organizationId && a.EditionId == editionId)));
        var mine = await member.GetPageAsync("/applications");
        Assert.Null(mine.QuerySelector($"form[action='/competitions/{editionId}/apply']"));
    }

    [Fact]
    public async Task An_edition_that_allows_several_takes_a_second_application()
    {
        var editionId = await app.CreateEditionAsync(severalAllowed: true);
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);

        var first = await member.ApplyAsync(editionId);
        var second = await member.ApplyAsync(editionId);

        Assert.NotEqual(first, second);
        Assert.Equal(2, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.OrganizationId == organizationId)));
    }

    [Fact]
    public async Task A_person_without_an_organization_is_sent_to_register_one()
    {
        var editionId = await app.CreateEditionAsync();
        var loner = await app.SignedInClientAsync(await app.CreateUserAsync("loner", Core.Identity.Roles.OrganizationMember));
        var page = await loner.GetPageAsync("/applications");
        Assert.NotNull(page.QuerySelector("#no-organization"));
        var token = (await loner.GetPageAsync("/")).QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;

        using var response = await loner.PostAsync($"/competitions/{editionId}/apply",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.AntiforgeryField] = token }));

        Assert.Equal("/organization", response.RedirectPath());
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.EditionId == editionId)));
    }
}
