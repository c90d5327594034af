using System.Globalization;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Jobs;

/// <summary>
/// Makes one requested ledger (<see cref="ExportJob"/>) in the background: counts its rows, streams them page by page
/// into an xlsx in a temporary file (<see cref="LedgerWorkbook"/>), saving the progress every
/// <see cref="LedgerWorkbook.ProgressEvery"/> rows in its own short SaveChanges, then stores the file
/// (<see cref="IFileStore"/>) and marks the export ready. Headers and labels are written in the language the person
/// asked in.
/// <para>Safe to run twice: only a queued export is started, and its <see cref="ExportJob.Version"/> lets one run alone
/// start it. Any failure marks the export failed with a message the person reads (never retried: the person can ask
/// again in one click); nothing is left half-written.</para>
/// <para><see cref="PurgeAsync"/>, daily: exports past <see cref="ExportJob.KeepDays"/> days go with their files, and
/// an export still queued or running an hour after it was asked for (its run died with its node) is marked failed.</para>
/// </summary>
public sealed class ExportLedgerJob(
    GrantHubDbContext db, IFileStore files, IStringLocalizer<SharedResource> l, TimeProvider clock, ILogger<ExportLedgerJob> log)
{
    public const string PurgeRecurringId = "ledger-exports-purge";

    /// <summary>An export not finished this long after it was asked for has lost its run.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid exportId, CancellationToken ct)
    {
        var export = await db.ExportJobs.SingleOrDefaultAsync(e => e.Id == exportId, ct);
        if (export is null || export.Status != ExportStatus.Queued) return;

        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var temporary = Path.Combine(Path.GetTempPath(), $"granthub-ledger-{export.Id:N}.xlsx");
        string? stored = null;
        try
        {
            var culture = LocalizationSetup.Cultures.FirstOrDefault(c => string.Equals(c.Name, export.Culture, StringComparison.OrdinalIgnoreCase))
                          ?? LocalizationSetup.Cultures[0];
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;

            var scope = await LedgerScope.OfAsync(db, export, ChinaTime.Today(clock), ct);
            var ledger = Ledger.For(export.Kind, db, l, scope);
            export.Start(await ledger.CountAsync(ct), Now);
            await db.SaveChangesAsync(ct);

            int rows;
            long bytes;
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
            {
                rows = await LedgerWorkbook.WriteAsync(file, ledger.Sheets(), async n =>
                {
                    export.Advance(n);
                    await db.SaveChangesAsync(ct);
                }, ct);
                bytes = file.Length;
                file.Position = 0;
                stored = StoredNames.New("xlsx");
                await files.SaveAsync(stored, file, ct);
            }

            export.Complete(stored, bytes, rows, Now);
            await db.SaveChangesAsync(ct);
            log.LogInformation("Ledger export {Id} ({Kind}) ready: {Rows} rows, {Bytes} bytes", export.Id, export.Kind, rows, bytes);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run took this export: it carries on, this one leaves it alone.
            await ForgetAsync(stored);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Ledger export {Id} ({Kind}) failed", export.Id, export.Kind);
            await ForgetAsync(stored);
            await FailAsync(exportId, LedgerNames.FailedMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formats;
        }
    }

    /// <summary>Removes exports (and their files) past their keeping time, and fails the ones whose run was lost.</summary>
    [AutomaticRetry(Attempts = 2)]
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var now = Now;
        var expiredBefore = now.AddDays(-ExportJob.KeepDays);
        var removed = 0;
        while (true)
        {
            var expired = await db.ExportJobs.Where(e => e.CreatedAt <= expiredBefore).OrderBy(e => e.CreatedAt).Take(200).ToListAsync(ct);
            if (expired.Count == 0) break;
            foreach (var e in expired.Where(e => e.StoredName is not null)) await files.DeleteAsync(e.StoredName!, ct);
            db.ExportJobs.RemoveRange(expired);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            removed += expired.Count;
        }

        var abandonedBefore = now - Abandoned;
        var lost = await db.ExportJobs
            .Where(e => (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running) && e.CreatedAt <= abandonedBefore)
            .ToListAsync(ct);
        foreach (var e in lost) e.Fail(LedgerNames.InterruptedMessage, now);
        try
        {
            if (lost.Count > 0) await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // One of them moved meanwhile (it was alive after all): the next run looks again.
        }
        if (removed + lost.Count > 0) log.LogInformation("Ledger exports: {Removed} removed, {Lost} marked interrupted", removed, lost.Count);
        return removed;
    }

    private async Task ForgetAsync(string? stored)
    {
        if (stored is null) return;
        try
        {
            await files.DeleteAsync(stored);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not remove the stored file {Name} of a failed export", stored);
        }
    }

    /// <summary>Marks the export failed from a fresh read (the tracked one may be what failed to save).</summary>
    private async Task FailAsync(Guid exportId, string errorKey)
    {
        db.ChangeTracker.Clear();
        try
        {
            var export = await db.ExportJobs.SingleOrDefaultAsync(e => e.Id == exportId);
            if (export is null || export.IsFinished) return;
            export.Fail(errorKey, Now);
            await db.SaveChangesAsync();
        }
        catch (Exception ex)
        {
            // The database itself is failing: the daily clean-up marks the export interrupted later.
            log.LogError(ex, "Ledger export {Id} could not be marked failed", exportId);
        }
    }
}
