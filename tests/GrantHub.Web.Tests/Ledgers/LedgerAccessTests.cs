using System.Net;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// Who makes which ledger: officers and administrators all four; finance all but the applications with their scores;
/// center staff only the organizations ledger, and only their centers' residencies, whatever they send; nobody else.
/// </summary>
public sealed class LedgerAccessTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private static bool IsAccessDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");

    private Task<int> ExportCountAsync() => app.WithDbAsync(db => db.ExportJobs.CountAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string kind, string? centerId = null)
    {
        var fields = new Dictionary<string, string> { ["Kind"] = kind };
        if (centerId is not null) fields["CenterId"] = centerId;
        return client.SubmitFormAsync("/ledgers", "/ledgers", fields);
    }

    [Fact]
    public async Task Center_staff_get_the_residencies_of_their_own_center_only()
    {
        var world = await W.OfAsync(app);
        var staffA = await app.SignedInClientAsync(world.StaffA);
        var staffB = await app.SignedInClientAsync(world.StaffB);

        var ofA = (await LedgersFactory.ReadAsync(staffA, await app.GenerateAsync(staffA, LedgerKind.Organizations))).Single().Value;
        var ofB = (await LedgersFactory.ReadAsync(staffB, await app.GenerateAsync(staffB, LedgerKind.Organizations))).Single().Value;

        Assert.Equal([W.ElderlyName, W.ReadingName], ofA.Select(r => r.Text(app.Text("Organization"))).Order());
        Assert.All(ofA, r => Assert.Equal("嘉禾社区孵化中心", r.Text(app.Text("Center"))));
        Assert.Equal([W.YouthName], ofB.Select(r => r.Text(app.Text("Organization"))));
    }

    [Fact]
    public async Task Center_staff_see_only_the_organizations_ledger_and_their_centers()
    {
        var world = await W.OfAsync(app);
        var staff = await app.SignedInClientAsync(world.StaffA);

        var page = await staff.GetPageAsync("/ledgers");

        Assert.NotNull(page.QuerySelector("#ledger-organizations"));
        Assert.Null(page.QuerySelector("#ledger-applications"));
        Assert.Null(page.QuerySelector("#ledger-funding"));
        Assert.Null(page.QuerySelector("#ledger-reports"));
        Assert.NotNull(page.QuerySelector("#own-centers-note"));
        var centers = page.QuerySelectorAll("#organizations-center option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal([world.CenterA.ToString()], centers);
    }

    [Theory]
    [InlineData("Applications")]
    [InlineData("Funding")]
    [InlineData("Reports")]
    public async Task Center_staff_are_refused_the_competition_ledgers_whatever_they_post(string kind)
    {
        var world = await W.OfAsync(app);
        var staff = await app.SignedInClientAsync(world.StaffA);
        var before = await ExportCountAsync();

        using var response = await PostAsync(staff, kind);

        Assert.True(IsAccessDenied(response), $"answered {(int)response.StatusCode}");
        Assert.Equal(before, await ExportCountAsync());
    }

    [Fact]
    public async Task Center_staff_are_refused_another_centers_organizations()
    {
        var world = await W.OfAsync(app);
        var staff = await app.SignedInClientAsync(world.StaffA);
        var before = await ExportCountAsync();

        using var response = await PostAsync(staff, "Organizations", world.CenterB.ToString());

        Assert.True(IsAccessDenied(response), $"answered {(int)response.StatusCode}");
        Assert.Equal(before, await ExportCountAsync());
    }

    [Fact]
    public async Task Finance_makes_every_ledger_but_the_applications_with_their_scores()
    {
        await W.OfAsync(app);
        var finance = await app.ClientAsync(Roles.FinanceOfficer);

        var page = await finance.GetPageAsync("/ledgers");
        using var refused = await PostAsync(finance, "Applications");

        Assert.NotNull(page.QuerySelector("#ledger-organizations"));
        Assert.NotNull(page.QuerySelector("#ledger-funding"));
        Assert.NotNull(page.QuerySelector("#ledger-reports"));
        Assert.Null(page.QuerySelector("#ledger-applications"));
        Assert.True(IsAccessDenied(refused), $"answered {(int)refused.StatusCode}");
    }

    [Fact]
    public async Task Officers_and_administrators_have_all_four_ledgers()
    {
        foreach (var role in new[] { Roles.ProgramOfficer, Roles.Administrator })
        {
            var page = await (await app.ClientAsync(role)).GetPageAsync("/ledgers");
            foreach (var kind in new[] { "organizations", "applications", "funding", "reports" })
                Assert.NotNull(page.QuerySelector($"#ledger-{kind} form[action='/ledgers']"));
        }
    }

    [Theory]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.OrganizationMember)]
    public async Task Judges_and_organizations_have_no_ledger_centre(string role)
    {
        var client = await app.ClientAsync(role);

        using var page = await client.GetAsync("/ledgers");
        using var json = await client.GetAsync("/ledgers/exports.json");

        Assert.True(IsAccessDenied(page), $"answered {(int)page.StatusCode}");
        Assert.True(IsAccessDenied(json), $"answered {(int)json.StatusCode}");
    }
}
