using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>"Generate" is a form post: without the page's antiforgery token it is refused and nothing is queued.</summary>
public sealed class AntiforgeryTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    [Fact]
    public async Task A_post_without_the_token_is_refused_and_queues_nothing()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        using var response = await officer.PostAsync("/ledgers", new FormUrlEncodedContent(new Dictionary<string, string> { ["Kind"] = "Organizations" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExportJobs.CountAsync()));
        Assert.Empty(app.Jobs.Created);
    }

    [Fact]
    public async Task Every_generate_form_carries_the_token()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var page = await officer.GetPageAsync("/ledgers");

        var forms = page.QuerySelectorAll("form[action='/ledgers']").ToList();
        Assert.Equal(4, forms.Count);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector($"input[name='{Forms.AntiforgeryField}']")));
    }
}
