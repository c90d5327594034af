using System.Text.Json;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Jobs;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// "Generate" queues the export and its background job; the job saves its progress as it writes (every
/// <see cref="LedgerWorkbook.ProgressEvery"/> rows) and ends Ready with every row written; the page and its JSON show
/// queued, then ready with a download link.
/// </summary>
public sealed class ExportProgressTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private Task SeedOrganizationsAsync(int count) => app.OnceAsync("organizations", () => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            db.Organizations.Add(Organization.RecordOnBehalf($"真州镇社区志愿服务队{i:D3}", OrganizationType.CommunityOrganization,
                $"ZZ-{i:D5}", "王队长", "13912345678", app.Now));
        }
        return await db.SaveChangesAsync();
    }));

    [Fact]
    public async Task The_job_saves_its_progress_as_it_writes_and_ends_ready_with_every_row()
    {
        await SeedOrganizationsAsync(450);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Organizations);

        Assert.Equal(ExportStatus.Ready, export.Status);
        Assert.Equal(450, export.Total);
        Assert.Equal(export.Total, export.Processed);
        Assert.NotNull(export.StartedAt);
        Assert.NotNull(export.FinishedAt);
        Assert.Equal(
            [(ExportStatus.Queued, 0, 0), (ExportStatus.Running, 0, 450), (ExportStatus.Running, 200, 450), (ExportStatus.Running, 400, 450),
             (ExportStatus.Running, 450, 450), (ExportStatus.Ready, 450, 450)],
            app.Progress.Of(export.Id));
        using var response = await officer.GetAsync($"/ledgers/exports/{export.Id}");
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(export.ByteCount, file.Length);
        Assert.Equal(450, file.Query(useHeaderRow: true).Count());
    }

    [Fact]
    public async Task The_page_and_its_json_show_it_queued_then_ready_with_its_link()
    {
        await SeedOrganizationsAsync(450);
        var officer = await app.ClientAsync(Roles.Administrator);

        using (var posted = await officer.SubmitFormAsync("/ledgers", "/ledgers", new Dictionary<string, string> { ["Kind"] = "Organizations" })) { }
        var queuedPage = await officer.GetPageAsync("/ledgers");
        var queued = Assert.Single(await ExportsJsonAsync(officer));
        var job = app.Jobs.Created.Last();

        Assert.Equal(typeof(ExportLedgerJob), job.Type);
        Assert.Equal(Guid.Parse(queued.GetProperty("id").GetString()!), job.Args[0]);
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        Assert.Equal(0, queued.GetProperty("percent").GetInt32());
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("downloadUrl").ValueKind);
        var row = queuedPage.QuerySelector($"#exports-table tr[data-export-id='{job.Args[0]}']")!;
        Assert.Equal("queued", row.GetAttribute("data-status"));
        Assert.NotNull(row.QuerySelector("[data-role=progress]:not(.d-none)"));
        Assert.Null(row.QuerySelector("[data-role=action] a"));
        // Without script, the page reloads itself while an export is being made.
        Assert.Contains("http-equiv=\"refresh\"", queuedPage.QuerySelector("noscript")?.InnerHtml);

        await app.RunEnqueuedAsync();
        var ready = Assert.Single(await ExportsJsonAsync(officer));
        var readyPage = await officer.GetPageAsync("/ledgers");

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(100, ready.GetProperty("percent").GetInt32());
        Assert.Equal("450", ready.GetProperty("rows").GetString());
        Assert.Equal($"/ledgers/exports/{job.Args[0]}", ready.GetProperty("downloadUrl").GetString());
        Assert.Equal(app.Text("Ready to download"), ready.GetProperty("label").GetString());
        var readyRow = readyPage.QuerySelector($"#exports-table tr[data-export-id='{job.Args[0]}']")!;
        Assert.Equal("ready", readyRow.GetAttribute("data-status"));
        Assert.Equal($"/ledgers/exports/{job.Args[0]}", readyRow.QuerySelector("[data-role=action] a")?.GetAttribute("href"));
        Assert.Null(readyPage.QuerySelector("noscript"));
    }

    [Fact]
    public async Task Progress_is_reported_every_two_hundred_rows_and_at_the_end()
    {
        var reported = new List<int>();
        var sheet = new LedgerSheet<NumberRow>("Rows", [new("Value", "Value", 8)], NumbersAsync(450));
        using var output = new MemoryStream();

        var written = await LedgerWorkbook.WriteAsync(output, [sheet], n =>
        {
            reported.Add(n);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(450, written);
        Assert.Equal([200, 200, 50], reported);
        output.Position = 0;
        Assert.Equal(Enumerable.Range(1, 450).Select(i => (double)i), output.Query(useHeaderRow: true).Select(r => (double)((IDictionary<string, object>)r)["Value"]));
    }

    [Fact]
    public async Task A_failing_read_stops_the_writer_and_is_the_error_reported()
    {
        var sheet = new LedgerSheet<NumberRow>("Rows", [new("Value", "Value", 8)], FailingAfterAsync(300));
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LedgerWorkbook.WriteAsync(output, [sheet], _ => Task.CompletedTask, CancellationToken.None));

        Assert.Equal("the database went away", error.Message);
    }

    [Fact]
    public async Task A_person_has_at_most_three_exports_being_made_at_once()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        for (var i = 0; i < LedgerQueries.MaxUnfinished; i++)
        {
            using var accepted = await officer.SubmitFormAsync("/ledgers", "/ledgers", new Dictionary<string, string> { ["Kind"] = "Funding" });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var refused = await officer.SubmitFormAsync("/ledgers", "/ledgers", new Dictionary<string, string> { ["Kind"] = "Funding" });
        var page = await refused.ReadHtmlAsync();
        await app.RunEnqueuedAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(app.Text("{0} of your exports are still being made: wait for one of them to finish.", "zh-CN", 3),
            page.QuerySelector("#ledger-errors")?.TextContent);
    }

    private static async Task<List<JsonElement>> ExportsJsonAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/ledgers/exports.json"));
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public sealed class NumberRow
    {
        public int Value { get; init; }
    }

    private static async IAsyncEnumerable<NumberRow> NumbersAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            if (i % 100 == 0) await Task.Yield();
            yield return new NumberRow { Value = i };
        }
    }

    private static async IAsyncEnumerable<NumberRow> FailingAfterAsync(int count)
    {
        await foreach (var row in NumbersAsync(count)) yield return row;
        throw new InvalidOperationException("the database went away");
    }
}
