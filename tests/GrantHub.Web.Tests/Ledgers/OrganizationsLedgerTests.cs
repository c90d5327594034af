using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// The organizations and residency ledger lists a line per residency and one for each organization that never applied,
/// with the figures of the records: credit code, type, registration, center, status, dates, services, assessments —
/// its headers and labels in the language of the person who asked.
/// </summary>
public sealed class OrganizationsLedgerTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    [Fact]
    public async Task Each_residency_and_each_organization_without_one_is_a_line_with_its_figures()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Organizations);
        var sheets = await LedgersFactory.ReadAsync(officer, export);

        var (name, rows) = Assert.Single(sheets);
        Assert.Equal(app.Text("Organizations"), name);
        Assert.Equal(4, rows.Count);
        Assert.Equal(4, export.Total);
        Assert.Equal(export.Total, export.Processed);
        Assert.Equal([1m, 2m, 3m, 4m], rows.Select(r => r.Number(app.Text("No."))!.Value));

        string H(string key) => app.Text(key);
        var elderly = rows.Where(H("Organization"), W.ElderlyName);
        Assert.Equal(W.ElderlyCode, elderly.Text(H("Unified social credit code")));
        Assert.Equal(app.Label(OrganizationType.SocialServiceOrganization), elderly.Text(H("Type")));
        Assert.Equal(new DateOnly(2019, 5, 8), elderly.Date(H("Registration date")));
        Assert.Equal("嘉禾社区孵化中心", elderly.Text(H("Center")));
        Assert.Equal(app.Label(ResidencyStatus.Graduated), elderly.Text(H("Residency status")));
        Assert.Equal(new DateOnly(2026, 1, 10), elderly.Date(H("Applied on")));
        Assert.Equal(new DateOnly(2026, 2, 1), elderly.Date(H("Admitted on")));
        Assert.Equal(new DateOnly(2028, 2, 1), elderly.Date(H("Term ends on")));
        Assert.Equal(new DateOnly(2026, 9, 10), elderly.Date(H("Graduated on")));
        Assert.Equal("JH-2026-001", elderly.Text(H("Certificate number")));
        Assert.Equal(2m, elderly.Number(H("Services received")));
        Assert.Equal(2m, elderly.Number(H("Assessments recorded")));
        Assert.Equal(80m, elderly.Number(H("Latest assessment score")));
        Assert.Equal(new DateOnly(2026, 9, 1), elderly.Date(H("Latest assessment on")));

        var youth = rows.Where(H("Organization"), W.YouthName);
        Assert.Null(youth.Text(H("Unified social credit code")));
        Assert.StartsWith("JH-", youth.Text(H("Filing number")));
        Assert.Equal("华兴新村社区孵化中心", youth.Text(H("Center")));
        Assert.Equal(app.Label(ResidencyStatus.Admitted), youth.Text(H("Residency status")));
        Assert.Equal(1m, youth.Number(H("Services received")));
        Assert.Equal(0m, youth.Number(H("Assessments recorded")));
        Assert.Null(youth.Date(H("Graduated on")));

        var waiting = rows.Where(H("Organization"), W.ReadingName);
        Assert.Equal(app.Label(ResidencyStatus.Applied), waiting.Text(H("Residency status")));
        Assert.Null(waiting.Date(H("Admitted on")));

        var never = rows.Where(H("Organization"), W.NeighbourName);
        Assert.Null(never.Text(H("Center")));
        Assert.Null(never.Text(H("Residency status")));
        Assert.Null(never.Number(H("Services received")));
    }

    [Fact]
    public async Task A_center_filter_keeps_the_residencies_at_that_center()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.Administrator);

        var export = await app.GenerateAsync(officer, LedgerKind.Organizations, centerId: world.CenterA);
        var rows = (await LedgersFactory.ReadAsync(officer, export)).Single().Value;

        Assert.Equal([W.ElderlyName, W.ReadingName], rows.Select(r => r.Text(app.Text("Organization"))).Order());
        Assert.Equal(2, export.Total);
    }

    [Fact]
    public async Task Asked_in_English_the_headers_labels_and_file_name_are_English()
    {
        await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        using (await officer.SubmitFormAsync("/ledgers", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/ledgers" })) { }

        var export = await app.GenerateAsync(officer, LedgerKind.Organizations);
        var (name, rows) = (await LedgersFactory.ReadAsync(officer, export)).Single();

        Assert.Equal("Organizations and residency ledger-2026-11-26.xlsx", export.FileName);
        Assert.Equal("en", export.Culture);
        Assert.Equal("Organizations", name);
        var elderly = rows.Where("Organization", W.ElderlyName);
        Assert.Equal("Graduated", elderly.Text("Residency status"));
        Assert.Equal(W.ElderlyCode, elderly.Text("Unified social credit code"));
        Assert.NotEqual("Organization", app.Text("Organization"));
    }
}
