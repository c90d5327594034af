using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Core.Monitoring;

/// <summary>
/// When a funded project's agreement is confirmed, the project owes the reports of its edition's rules (or the
/// defaults when the edition has none) from the day it was signed: <see cref="ReportSchedule.Plan"/>, as rows.
/// Scheduling twice adds nothing: a report already scheduled (saved or waiting in this unit of work) is skipped.
/// </summary>
public static class ReportScheduling
{
    /// <summary>The reports to add for <paramref name="grant"/>, leaving out those it already has.</summary>
    public static IReadOnlyList<ProjectReport> Reports(Grant grant, ReportingRules rules, IEnumerable<(ReportKind Kind, int Number)> existing)
    {
        if (grant.Kind != GrantKind.Funding) return [];
        if (grant.SignedOn is not { } signedOn)
            throw new InvalidOperationException("Reports are scheduled once the agreement is confirmed (signed).");
        var have = existing.ToHashSet();
        return ReportSchedule.Plan(signedOn, rules)
            .Where(r => !have.Contains((r.Kind, r.Number)))
            .Select(r => ProjectReport.Schedule(grant.Id, r))
            .ToList();
    }

    /// <summary>
    /// Adds the confirmed grant's reports to <paramref name="db"/> (the caller saves, with the confirmation): reads the
    /// edition's rules (absent row: defaults) and what is already scheduled. An award owes no reports: nothing is added.
    /// </summary>
    public static async Task<IReadOnlyList<ProjectReport>> ScheduleReportsAsync(this GrantHubDbContext db, Grant grant,
        CancellationToken cancellationToken = default)
    {
        if (grant.Kind != GrantKind.Funding) return [];
        var rules = await db.ReportingRules.AsNoTracking().SingleOrDefaultAsync(r => r.EditionId == grant.EditionId, cancellationToken)
                    ?? Monitoring.ReportingRules.Defaults(grant.EditionId);
        var saved = await db.ProjectReports.AsNoTracking().Where(r => r.GrantId == grant.Id)
            .Select(r => new { r.Kind, r.Number }).ToListAsync(cancellationToken);
        var pending = db.ProjectReports.Local.Where(r => r.GrantId == grant.Id).Select(r => new { r.Kind, r.Number });
        var reports = Reports(grant, rules, saved.Concat(pending).Select(r => (r.Kind, r.Number)));
        db.ProjectReports.AddRange(reports);
        return reports;
    }
}
