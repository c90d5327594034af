using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Jobs;
using GrantHub.Web.Resources;
using GrantHub.Web.Storage;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>
/// The ledger centre (台账中心): the standard ledgers made from the records in one click, so nobody keeps them by hand
/// (减负). "Generate" queues an export (<see cref="ExportJob"/>) that <see cref="ExportLedgerJob"/> makes in the
/// background; "My exports" shows its progress (the page's script polls <c>/ledgers/exports.json</c>; without script,
/// a reload does the same) and its download link when ready. Which ledgers and which records: <see cref="LedgerAccess"/>.
/// An export is handed only to the person who asked for it; anyone else gets a 404.
/// </summary>
[Authorize(Roles = LedgerAccess.AllowedRoles)]
public sealed class LedgersController(
    GrantHubDbContext db,
    UserScope scope,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("ledgers")]
    public async Task<IActionResult> Index() => View(await PageAsync(null));

    [HttpPost("ledgers")]
    public async Task<IActionResult> Generate(GenerateLedgerForm form, [FromServices] IValidator<GenerateLedgerForm> validator,
        [FromServices] IBackgroundJobClient jobs)
    {
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState)) return View("Index", await PageAsync(form));
        var kind = form.Kind!.Value;
        if (!LedgerAccess.May(User, kind)) return Forbid();

        var ownCentersOnly = LedgerAccess.OwnCentersOnly(User);
        if (form.CenterId is { } centerId)
        {
            if (ownCentersOnly && !(await scope.CenterIdsAsync()).Contains(centerId)) return Forbid();
            if (!await db.IncubationCenters.AnyAsync(c => c.Id == centerId))
                ModelState.AddModelError("", l["Choose a center from the list."]);
        }
        var editions = LedgerNames.HasEditionFilters(kind);
        if (editions && form.EditionId is { } editionId && !await db.Editions.AnyAsync(e => e.Id == editionId))
            ModelState.AddModelError("", l["Choose an edition from the list."]);
        if (await LedgerQueries.UnfinishedAsync(db, UserId, Now) >= LedgerQueries.MaxUnfinished)
            ModelState.AddModelError("", l["{0} of your exports are still being made: wait for one of them to finish.", LedgerQueries.MaxUnfinished]);
        if (!ModelState.IsValid) return View("Index", await PageAsync(form));

        var fileName = $"{l[LedgerNames.Title(kind)]}-{ChinaTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";
        var export = ExportJob.Request(UserId, kind, editions ? form.EditionId : null, editions ? form.Year : null, form.CenterId,
            ownCentersOnly, CultureInfo.CurrentUICulture.Name, fileName, Now);
        db.ExportJobs.Add(export);
        await db.SaveChangesAsync();
        jobs.Enqueue<ExportLedgerJob>(j => j.RunAsync(export.Id, CancellationToken.None));

        TempData.Flash(l["The ledger is being made: follow its progress under My exports, and download it there when it is ready."]);
        return Redirect("/ledgers#exports");
    }

    /// <summary>The person's exports and how far each has come, for the page's script.</summary>
    [HttpGet("ledgers/exports.json")]
    public async Task<IActionResult> Exports()
    {
        var exports = await LedgerQueries.ExportsAsync(db, UserId, Now);
        Response.Headers.CacheControl = "no-store";
        return Json(exports.Select(e => new ExportStatusJson(
            e.Id.ToString(),
            e.Status.ToString().ToLowerInvariant(),
            l[LedgerNames.Status(e.Status)],
            LedgerNames.StatusBadge(e.Status),
            e.Percent,
            RowsText(e),
            LedgerNames.Size(e.ByteCount),
            e.Status == ExportStatus.Ready ? e.DownloadUrl : null,
            e.ErrorKey is { } key ? l[key].Value : null)));
    }

    /// <summary>The file, to the person who asked for it only, while it is kept.</summary>
    [HttpGet("ledgers/exports/{id:guid}")]
    public async Task<IActionResult> Download(Guid id, [FromServices] IFileStore files)
    {
        var keptSince = Now.AddDays(-ExportJob.KeepDays);
        var userId = UserId;
        var export = await db.ExportJobs.AsNoTracking()
            .Where(e => e.Id == id && e.RequestedByUserId == userId && e.Status == ExportStatus.Ready && e.CreatedAt > keptSince)
            .Select(e => new { e.StoredName, e.FileName })
            .SingleOrDefaultAsync();
        if (export?.StoredName is null) return NotFound();
        var stream = await files.OpenReadAsync(export.StoredName);
        if (stream is null) return NotFound();
        // The file name in Chinese goes as RFC 5987 filename* (UTF-8), with an ASCII fallback, by FileStreamResult.
        return File(stream, XlsxType, export.FileName);
    }

    /// <summary>"120 / 500" while it is made, the number of rows once ready.</summary>
    public static string RowsText(ExportRow e) => e.Status switch
    {
        ExportStatus.Ready => e.Total.ToString("N0", CultureInfo.InvariantCulture),
        ExportStatus.Running => $"{e.Processed.ToString("N0", CultureInfo.InvariantCulture)} / {e.Total.ToString("N0", CultureInfo.InvariantCulture)}",
        _ => "—",
    };

    private async Task<LedgersPage> PageAsync(GenerateLedgerForm? refused)
    {
        var ledgers = LedgerAccess.For(User);
        var ownCentersOnly = LedgerAccess.OwnCentersOnly(User);
        var editions = ledgers.Any(LedgerNames.HasEditionFilters) ? await LedgerQueries.EditionsAsync(db) : [];
        var centers = await LedgerQueries.CentersAsync(db, ownCentersOnly ? await scope.CenterIdsAsync() : null);
        return new LedgersPage
        {
            Ledgers = ledgers,
            Years = editions.Select(e => e.Year).Distinct().OrderDescending().ToList(),
            Editions = editions,
            Centers = centers,
            OwnCentersOnly = ownCentersOnly,
            Exports = await LedgerQueries.ExportsAsync(db, UserId, Now),
            Refused = refused,
        };
    }
}
