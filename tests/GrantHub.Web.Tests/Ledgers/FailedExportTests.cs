using System.Net;
using System.Text.Json;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Storage;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>The app with a file store that cannot store anything (a full disk, object storage down).</summary>
public sealed class BrokenStoreFactory : LedgersFactory
{
    protected override void ReplaceServices(IServiceCollection services)
    {
        base.ReplaceServices(services);
        services.AddSingleton<IFileStore, BrokenStore>();
    }

    private sealed class BrokenStore : IFileStore
    {
        public Task SaveAsync(string name, Stream content, CancellationToken cancellationToken = default) =>
            throw new IOException("No space left on device");

        public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<Stream?>(null);

        public Task<bool> CopyAsync(string from, string to, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task DeleteAsync(string name, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

/// <summary>An export whose run fails is marked failed with a message the person reads, in their language; nothing answers 500.</summary>
public sealed class FailedExportTests(BrokenStoreFactory app) : IClassFixture<BrokenStoreFactory>
{
    [Fact]
    public async Task A_run_that_fails_marks_the_export_failed_with_a_message_and_leaves_no_file()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Organizations);
        using var page = await officer.GetAsync("/ledgers");
        var html = await page.ReadHtmlAsync();
        using var json = JsonDocument.Parse(await officer.GetStringAsync("/ledgers/exports.json"));
        using var download = await officer.GetAsync($"/ledgers/exports/{export.Id}");

        Assert.Equal(ExportStatus.Failed, export.Status);
        Assert.Equal(LedgerNames.FailedMessage, export.ErrorKey);
        Assert.Null(export.StoredName);
        Assert.NotNull(export.FinishedAt);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var row = html.QuerySelector($"tr[data-export-id='{export.Id}']")!;
        Assert.Equal("failed", row.GetAttribute("data-status"));
        Assert.Equal(app.Text(LedgerNames.FailedMessage), row.QuerySelector("[data-role=error]")?.TextContent.Trim());
        Assert.NotEqual(LedgerNames.FailedMessage, app.Text(LedgerNames.FailedMessage));
        var listed = json.RootElement.EnumerateArray().Single();
        Assert.Equal("failed", listed.GetProperty("status").GetString());
        Assert.Equal(app.Text(LedgerNames.FailedMessage), listed.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), $"granthub-ledger-{export.Id:N}.xlsx")));
    }

    [Fact]
    public async Task A_second_run_of_a_finished_export_changes_nothing()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var export = await app.GenerateAsync(officer, LedgerKind.Funding);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = ActivatorUtilities.GetServiceOrCreateInstance<Web.Jobs.ExportLedgerJob>(scope.ServiceProvider);
            await job.RunAsync(export.Id, CancellationToken.None);
        }

        var again = await app.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(e => e.Id == export.Id));
        Assert.Equal(export.Version, again.Version);
        Assert.Equal(ExportStatus.Failed, again.Status);
    }
}
