using System.Net;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>An export is handed to the person who asked for it, once ready, under the ledger's name and the day; to nobody else.</summary>
public sealed class ExportDownloadTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    [Fact]
    public async Task The_requester_downloads_it_under_the_ledgers_chinese_name()
    {
        await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var export = await app.GenerateAsync(officer, LedgerKind.Organizations);

        using var response = await officer.GetAsync($"/ledgers/exports/{export.Id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"{app.Text("Organizations and residency ledger")}-2026-11-26.xlsx", disposition.FileNameStar);
        Assert.Equal("社会组织与入驻台账-2026-11-26.xlsx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal(export.ByteCount, bytes.Length);
        Assert.Equal((byte)'P', bytes[0]); // a zip: the xlsx container
    }

    [Fact]
    public async Task Someone_else_gets_not_found_and_never_sees_it_listed()
    {
        await W.OfAsync(app);
        var owner = await app.ClientAsync(Roles.ProgramOfficer);
        var other = await app.ClientAsync(Roles.ProgramOfficer);
        var export = await app.GenerateAsync(owner, LedgerKind.Funding);

        using var download = await other.GetAsync($"/ledgers/exports/{export.Id}");
        var listed = await other.GetStringAsync("/ledgers/exports.json");
        var page = await other.GetStringAsync("/ledgers");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.DoesNotContain(export.Id.ToString(), listed);
        Assert.DoesNotContain(export.Id.ToString(), page);
    }

    [Fact]
    public async Task An_export_not_yet_made_or_unknown_is_not_found()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        using (var posted = await officer.SubmitFormAsync("/ledgers", "/ledgers", new Dictionary<string, string> { ["Kind"] = "Organizations" }))
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var queued = Assert.Single(await app.WithDbAsync(db => Task.FromResult(db.ExportJobs.Where(e => e.Status == ExportStatus.Queued).ToList())));

        using var notYet = await officer.GetAsync($"/ledgers/exports/{queued.Id}");
        using var unknown = await officer.GetAsync($"/ledgers/exports/{Guid.NewGuid()}");
        await app.RunEnqueuedAsync();
        using var ready = await officer.GetAsync($"/ledgers/exports/{queued.Id}");

        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
