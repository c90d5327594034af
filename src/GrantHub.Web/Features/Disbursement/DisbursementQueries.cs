using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Disbursement;

/// <summary>
/// Reads for the tranche table, the claw-backs, the finance desk and the officer's queue: projections with the
/// people's names as sub-selects, so each list is one query (two with its count) whatever its length.
/// </summary>
public static class DisbursementQueries
{
    public const int PageSize = 20;

    /// <summary>The grant's organization, kind and version, or null when there is no such grant.</summary>
    public static Task<GrantHead?> GrantAsync(GrantHubDbContext db, Guid grantId) =>
        db.Grants.AsNoTracking().Where(g => g.Id == grantId)
            .Select(g => new GrantHead(g.Id, g.OrganizationId, g.Kind, g.Status, g.Version)).SingleOrDefaultAsync();

    public static Task<List<TrancheRow>> TranchesAsync(GrantHubDbContext db, Guid grantId) =>
        db.Tranches.AsNoTracking().Where(t => t.GrantId == grantId).OrderBy(t => t.Number)
            .Select(t => new TrancheRow
            {
                Id = t.Id,
                Number = t.Number,
                Amount = t.Amount,
                Trigger = t.Trigger,
                DueOn = t.DueOn,
                Status = t.Status,
                Version = t.Version,
                RequestedByUserId = t.RequestedByUserId,
                Requested = new Act(db.Users.Where(u => u.Id == t.RequestedByUserId).Select(u => u.DisplayName).FirstOrDefault(), t.RequestedAt),
                Approved = new Act(db.Users.Where(u => u.Id == t.ApprovedByUserId).Select(u => u.DisplayName).FirstOrDefault(), t.ApprovedAt),
                Paid = new Act(db.Users.Where(u => u.Id == t.PaidByUserId).Select(u => u.DisplayName).FirstOrDefault(), t.PaidAt),
                PaidOn = t.PaidOn,
                BankReference = t.BankReference,
                Cancelled = new Act(db.Users.Where(u => u.Id == t.CancelledByUserId).Select(u => u.DisplayName).FirstOrDefault(), t.CancelledAt),
                CancelReason = t.CancelReason,
            }).ToListAsync();

    public static Task<List<ClawbackRow>> ClawbacksAsync(GrantHubDbContext db, Guid grantId) =>
        db.Clawbacks.AsNoTracking().Where(c => c.GrantId == grantId).OrderBy(c => c.RequestedAt)
            .Select(c => new ClawbackRow
            {
                Id = c.Id,
                Amount = c.Amount,
                Reason = c.Reason,
                Status = c.Status,
                Version = c.Version,
                Requested = new Act(db.Users.Where(u => u.Id == c.RequestedByUserId).Select(u => u.DisplayName).FirstOrDefault(), c.RequestedAt),
                ReturnedReference = c.ReturnedReference,
                ReturnedOn = c.ReturnedOn,
                Recorded = new Act(db.Users.Where(u => u.Id == c.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(), c.RecordedAt),
                WithdrawReason = c.WithdrawReason,
            }).ToListAsync();

    /// <summary>Tranches in <paramref name="status"/>, oldest first, with their project, organization and edition.</summary>
    public static IQueryable<QueuedTranche> Queue(GrantHubDbContext db, params TrancheStatus[] statuses) =>
        from t in db.Tranches.AsNoTracking()
        join g in db.Grants on t.GrantId equals g.Id
        join a in db.Applications on g.ApplicationId equals a.Id
        join o in db.Organizations on g.OrganizationId equals o.Id
        join e in db.Editions on g.EditionId equals e.Id
        where statuses.Contains(t.Status)
        let since = t.Status == TrancheStatus.Approved ? t.ApprovedAt!.Value
            : t.Status == TrancheStatus.Requested ? t.RequestedAt!.Value
            : t.EligibleAt ?? g.CreatedAt
        orderby since, t.Id
        select new QueuedTranche
        {
            Id = t.Id,
            GrantId = g.Id,
            Number = t.Number,
            Amount = t.Amount,
            Status = t.Status,
            Trigger = t.Trigger,
            DueOn = t.DueOn,
            Version = t.Version,
            Kind = g.Kind,
            Project = a.ProjectName,
            Organization = o.Name,
            Edition = e.Name,
            RequestedByUserId = t.RequestedByUserId,
            RequestedBy = db.Users.Where(u => u.Id == t.RequestedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            ApprovedBy = db.Users.Where(u => u.Id == t.ApprovedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            Since = since,
        };

    public static IQueryable<QueuedClawback> OpenClawbacks(GrantHubDbContext db) =>
        from c in db.Clawbacks.AsNoTracking()
        join g in db.Grants on c.GrantId equals g.Id
        join a in db.Applications on g.ApplicationId equals a.Id
        join o in db.Organizations on g.OrganizationId equals o.Id
        join e in db.Editions on g.EditionId equals e.Id
        where c.Status == ClawbackStatus.Requested
        orderby c.RequestedAt, c.Id
        select new QueuedClawback
        {
            Id = c.Id,
            GrantId = g.Id,
            Amount = c.Amount,
            Reason = c.Reason,
            Version = c.Version,
            Project = a.ProjectName,
            Organization = o.Name,
            Edition = e.Name,
            RequestedBy = db.Users.Where(u => u.Id == c.RequestedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            Since = c.RequestedAt,
        };

    public static async Task<Page<T>> PageAsync<T>(IQueryable<T> query, int? page)
    {
        var number = Page<T>.Clamp(page);
        var total = await query.CountAsync();
        var last = Math.Max(1, (total + PageSize - 1) / PageSize);
        number = Math.Min(number, last);
        var items = total == 0 ? [] : await query.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync();
        return new Page<T>(items, number, PageSize, total);
    }
}

public sealed record GrantHead(Guid Id, Guid OrganizationId, GrantKind Kind, GrantStatus Status, long Version);

/// <summary>Days a row has waited, in China calendar days.</summary>
public static class Waiting
{
    public static int Days(DateTime sinceUtc, DateOnly today) =>
        Math.Max(0, today.DayNumber - DateOnly.FromDateTime(ChinaTime.ToChina(sinceUtc)).DayNumber);
}
