using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>The reads of the ledger centre: three queries whatever the number of editions, centers and exports.</summary>
public static class LedgerQueries
{
    /// <summary>"My exports" shows this many of the person's latest exports.</summary>
    public const int ExportsShown = 20;

    /// <summary>How many of a person's exports may be queued or running at once.</summary>
    public const int MaxUnfinished = 3;

    public static Task<List<EditionChoice>> EditionsAsync(GrantHubDbContext db) =>
        db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ThenByDescending(e => e.OpensOn).ThenBy(e => e.Name)
            .Select(e => new EditionChoice(e.Id, e.Name, e.Year)).ToListAsync();

    /// <summary>Every center, or only <paramref name="only"/>.</summary>
    public static Task<List<CenterChoice>> CentersAsync(GrantHubDbContext db, IReadOnlyList<int>? only) =>
        db.IncubationCenters.AsNoTracking().Where(c => only == null || only.Contains(c.Id))
            .OrderBy(c => c.Level).ThenBy(c => c.Name).Select(c => new CenterChoice(c.Id, c.Name)).ToListAsync();

    /// <summary>The person's exports of the last <see cref="ExportJob.KeepDays"/> days, newest first, with the names of their filters.</summary>
    public static Task<List<ExportRow>> ExportsAsync(GrantHubDbContext db, string userId, DateTime nowUtc)
    {
        var keptSince = nowUtc.AddDays(-ExportJob.KeepDays);
        return db.ExportJobs.AsNoTracking()
            .Where(e => e.RequestedByUserId == userId && e.CreatedAt > keptSince)
            .OrderByDescending(e => e.CreatedAt).Take(ExportsShown)
            .Select(e => new ExportRow(e.Id, e.Kind, e.Status, e.Processed, e.Total, e.ByteCount, e.CreatedAt, e.FinishedAt, e.ErrorKey,
                e.FileName,
                db.Editions.Where(x => x.Id == e.EditionId).Select(x => x.Name).FirstOrDefault(),
                e.Year,
                db.IncubationCenters.Where(c => c.Id == e.CenterId).Select(c => c.Name).FirstOrDefault(),
                e.OwnCentersOnly))
            .ToListAsync();
    }

    public static Task<int> UnfinishedAsync(GrantHubDbContext db, string userId, DateTime nowUtc)
    {
        // One left unfinished longer than that lost its run (the daily clean-up marks it so): it does not hold a place.
        var since = nowUtc - Jobs.ExportLedgerJob.Abandoned;
        return db.ExportJobs.CountAsync(e => e.RequestedByUserId == userId && e.CreatedAt > since
                                             && (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running));
    }
}
