using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Core.Notifications;

/// <summary>What a reminder's text says, whatever its kind: the facts, never formatted (the text is written in the reader's language).</summary>
/// <param name="Name">The project (report, tranche), the edition (review) or the organization (residency).</param>
/// <param name="On">The date that matters: the report's due date, the review's last day, the day the answer was due, the term's end, the day the tranche became payable.</param>
/// <param name="Organization">The organization, where the name is a project.</param>
/// <param name="ReportKind">The report's kind.</param>
/// <param name="Number">The report's or tranche's number; for a review, the unfinished score sheets.</param>
/// <param name="Title">A milestone report's name.</param>
/// <param name="Amount">A tranche's amount.</param>
/// <param name="GrantId">The project of a report or tranche.</param>
/// <param name="OrganizationId">The organization of a report.</param>
public sealed record ReminderFacts(
    string Name,
    DateOnly On,
    string? Organization = null,
    ReportKind? ReportKind = null,
    int Number = 0,
    string? Title = null,
    Money? Amount = null,
    Guid? GrantId = null,
    Guid? OrganizationId = null);

/// <summary>One reminder due today to one person, under its unique key.</summary>
public sealed record DueReminder(string Kind, string ItemId, string Step, string UserId, ReminderAudience Audience, ReminderFacts Facts)
{
    public string Key => ReminderPlan.Key(Kind, ItemId, Step, UserId);

    /// <summary>The key without the person (<c>{kind}:{itemId}:{step}</c>): the same step of the same item for everyone.</summary>
    public string StepKey => ReminderPlan.StepKey(Kind, ItemId, Step);

    public bool IsEssential => ReminderSteps.IsEssential(Step);
}

/// <summary>A report still owed within the scan's window, with what its reminders say.</summary>
public sealed record DueReport(Guid Id, Guid GrantId, Guid OrganizationId, ReportKind Kind, int Number, string Title, DateOnly DueOn,
    bool DelayExcused, string ProjectName, string OrganizationName);

/// <summary>
/// Computes from the database every reminder due today (China time), with its recipients, whether or not it was sent
/// before (the caller drops the keys already in <see cref="SentReminder"/>). A fixed number of queries, each bounded by
/// what is due rather than by everything ever recorded: reports through the (Status, DueOn) index between
/// <see cref="ReminderPlan.ReportLookBackDays"/> days back and <see cref="ReminderPlan.ReportLookAheadDays"/> ahead;
/// editions whose review closes within 3 days; open residency applications and current residents; payable tranches
/// through the (Status, DueOn) index.
/// </summary>
public sealed class DueReminders(GrantHubDbContext db)
{
    /// <summary>Everything due today, each key once (a person reached in two capacities gets the first).</summary>
    public async Task<IReadOnlyList<DueReminder>> ComputeAsync(DateOnly today, CancellationToken ct = default)
    {
        var due = new List<DueReminder>();
        var officers = new Lazy<Task<List<string>>>(() => ProgramOfficersAsync(ct));
        await AddReportsAsync(due, today, officers, ct);
        await AddReviewsAsync(due, today, ct);
        await AddResidenciesAsync(due, today, ct);
        await AddTranchesAsync(due, officers, ct);
        return due.DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The reminder scan's report query: reports still owed (Pending) and due between <paramref name="today"/> −30 and
    /// +7 days, of projects in progress. Seeks the (Status, DueOn) index; never reads the other reports.
    /// </summary>
    public IQueryable<DueReport> ReportsInWindow(DateOnly today)
    {
        var first = today.AddDays(-ReminderPlan.ReportLookBackDays);
        var last = today.AddDays(ReminderPlan.ReportLookAheadDays);
        return from r in db.ProjectReports.AsNoTracking()
               where r.Status == ReportStatus.Pending && r.DueOn >= first && r.DueOn <= last
               join g in db.Grants on r.GrantId equals g.Id
               where g.Status == GrantStatus.InProgress
               join a in db.Applications on g.ApplicationId equals a.Id
               join o in db.Organizations on g.OrganizationId equals o.Id
               select new DueReport(r.Id, r.GrantId, g.OrganizationId, r.Kind, r.Number, r.Title, r.DueOn, r.ExcusedAt != null,
                   a.ProjectName, o.Name);
    }

    private async Task AddReportsAsync(List<DueReminder> due, DateOnly today, Lazy<Task<List<string>>> officers, CancellationToken ct)
    {
        var reports = await ReportsInWindow(today).ToListAsync(ct);
        var steps = reports.Select(r => (Report: r, Steps: ReminderPlan.ForReport(r.DueOn, today, r.DelayExcused)))
            .Where(x => x.Steps.Count > 0).ToList();
        if (steps.Count == 0) return;

        var organizationIds = steps.Select(x => x.Report.OrganizationId).Distinct().ToList();
        var members = (await db.OrganizationMembers.AsNoTracking().Where(m => organizationIds.Contains(m.OrganizationId))
            .Select(m => new { m.OrganizationId, m.UserId }).ToListAsync(ct)).ToLookup(m => m.OrganizationId, m => m.UserId);

        var escalated = steps.Where(x => x.Steps.Contains(ReminderSteps.Escalated)).Select(x => x.Report.OrganizationId).Distinct().ToList();
        ILookup<Guid, string> staff = Array.Empty<(Guid, string)>().ToLookup(x => x.Item1, x => x.Item2);
        var officerIds = new List<string>();
        if (escalated.Count > 0)
        {
            // The centers the organization resides in or has applied to, and their staff.
            staff = (await (from r in db.Residencies.AsNoTracking()
                            where escalated.Contains(r.OrganizationId)
                                  && (r.Status == ResidencyStatus.Applied || r.Status == ResidencyStatus.UnderReview || r.Status == ResidencyStatus.Admitted)
                            join s in db.CenterStaff on r.CenterId equals s.CenterId
                            select new { r.OrganizationId, s.UserId }).ToListAsync(ct))
                .Distinct().ToLookup(x => x.OrganizationId, x => x.UserId);
            officerIds = await officers.Value;
        }

        foreach (var (report, reportSteps) in steps.OrderBy(x => x.Report.DueOn).ThenBy(x => x.Report.Id))
        {
            var facts = new ReminderFacts(report.ProjectName, report.DueOn, report.OrganizationName, report.Kind, report.Number,
                report.Title.Length == 0 ? null : report.Title, GrantId: report.GrantId, OrganizationId: report.OrganizationId);
            foreach (var step in reportSteps)
            {
                foreach (var audience in ReminderPlan.AudienceOf(step))
                {
                    var recipients = audience switch
                    {
                        ReminderAudience.Organization => members[report.OrganizationId],
                        ReminderAudience.CenterStaff => staff[report.OrganizationId],
                        _ => officerIds,
                    };
                    due.AddRange(recipients.Select(u => new DueReminder(ReminderKinds.Report, report.Id.ToString(), step, u, audience, facts)));
                }
            }
        }
    }

    private async Task AddReviewsAsync(List<DueReminder> due, DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(ReminderPlan.ReviewLookAheadDays);
        var editions = await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Published && e.ReviewEndsOn >= today && e.ReviewEndsOn <= last)
            .Select(e => new { e.Id, e.Name, e.ReviewEndsOn }).ToListAsync(ct);
        if (editions.Count == 0) return;

        var editionIds = editions.Select(e => e.Id).ToList();
        // The written round's sheets not yet submitted, leaving out those a standing conflict keeps the judge off.
        var unfinished = await (from a in db.JudgeAssignments.AsNoTracking()
                                where editionIds.Contains(a.EditionId) && a.Round == Assignment.FirstRound
                                      && !db.ScoreSheets.Any(s => s.AssignmentId == a.Id && s.Status == ScoreSheetStatus.Submitted)
                                      && !db.ConflictDeclarations.Any(d => d.ApplicationId == a.ApplicationId && d.JudgeUserId == a.JudgeUserId
                                                                           && d.HasConflict && d.LiftedAt == null)
                                group a by new { a.EditionId, a.JudgeUserId } into g
                                select new { g.Key.EditionId, g.Key.JudgeUserId, Count = g.Count() }).ToListAsync(ct);
        foreach (var edition in editions.OrderBy(e => e.ReviewEndsOn))
        {
            if (ReminderPlan.ForReview(edition.ReviewEndsOn, today) is not { } step) continue;
            foreach (var judge in unfinished.Where(u => u.EditionId == edition.Id).OrderBy(u => u.JudgeUserId, StringComparer.Ordinal))
                due.Add(new DueReminder(ReminderKinds.Review, edition.Id.ToString(), step, judge.JudgeUserId, ReminderAudience.Judge,
                    new ReminderFacts(edition.Name, edition.ReviewEndsOn, Number: judge.Count)));
        }
    }

    private async Task AddResidenciesAsync(List<DueReminder> due, DateOnly today, CancellationToken ct)
    {
        // Waiting: applied before this instant is past the working-day target today.
        var waitingIfAppliedBefore = ChinaTime.StartOfDayUtc(WorkingDays.OverdueIfAppliedBefore(today));
        var waiting = await (from r in db.Residencies.AsNoTracking()
                             where (r.Status == ResidencyStatus.Applied || r.Status == ResidencyStatus.UnderReview) && r.AppliedAt < waitingIfAppliedBefore
                             join o in db.Organizations on r.OrganizationId equals o.Id
                             join s in db.CenterStaff on r.CenterId equals s.CenterId
                             orderby r.AppliedAt, r.Id
                             select new { r.Id, r.AppliedAt, o.Name, s.UserId }).ToListAsync(ct);
        foreach (var w in waiting)
        {
            var appliedOn = DateOnly.FromDateTime(ChinaTime.ToChina(w.AppliedAt));
            if (!ReminderPlan.ResidencyWaiting(appliedOn, today)) continue;
            due.Add(new DueReminder(ReminderKinds.Residency, w.Id.ToString(), ReminderSteps.ResidencyWaiting, w.UserId, ReminderAudience.CenterStaff,
                new ReminderFacts(w.Name, ReminderPlan.ResidencyAnswerDue(appliedOn))));
        }

        // Ending: a term of 3 to 36 months ending within 30 days started in this range (a few days' margin for month ends).
        var earliestStart = today.AddMonths(-Residency.MaxTermMonths).AddDays(-4);
        var latestStart = today.AddDays(ReminderPlan.TermEndsWithinDays).AddMonths(-Residency.MinTermMonths).AddDays(4);
        var residents = await (from r in db.Residencies.AsNoTracking()
                               where r.Status == ResidencyStatus.Admitted && r.StartsOn >= earliestStart && r.StartsOn <= latestStart
                               join o in db.Organizations on r.OrganizationId equals o.Id
                               join s in db.CenterStaff on r.CenterId equals s.CenterId
                               select new { r.Id, r.StartsOn, r.TermMonths, o.Name, s.UserId }).ToListAsync(ct);
        foreach (var r in residents.OrderBy(r => r.StartsOn).ThenBy(r => r.Id))
        {
            if (r.StartsOn is not { } start || r.TermMonths is not { } months) continue;
            var endsOn = start.AddMonths(months);
            if (!ReminderPlan.TermEndsSoon(endsOn, today)) continue;
            due.Add(new DueReminder(ReminderKinds.Residency, r.Id.ToString(), ReminderSteps.TermEnds, r.UserId, ReminderAudience.CenterStaff,
                new ReminderFacts(r.Name, endsOn)));
        }
    }

    private async Task AddTranchesAsync(List<DueReminder> due, Lazy<Task<List<string>>> officers, CancellationToken ct)
    {
        var payable = await (from t in db.Tranches.AsNoTracking()
                             where t.Status == TrancheStatus.Eligible
                             join g in db.Grants on t.GrantId equals g.Id
                             join a in db.Applications on g.ApplicationId equals a.Id
                             join o in db.Organizations on g.OrganizationId equals o.Id
                             orderby t.EligibleAt, t.Id
                             select new { t.Id, t.Number, t.Amount, t.EligibleAt, t.GrantId, a.ProjectName, Organization = o.Name }).ToListAsync(ct);
        if (payable.Count == 0) return;
        var officerIds = await officers.Value;
        foreach (var t in payable)
        {
            var since = t.EligibleAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at)) : default;
            var facts = new ReminderFacts(t.ProjectName, since, t.Organization, Number: t.Number, Amount: t.Amount, GrantId: t.GrantId);
            due.AddRange(officerIds.Select(u => new DueReminder(ReminderKinds.Tranche, t.Id.ToString(), ReminderSteps.TranchePayable, u,
                ReminderAudience.ProgramOfficer, facts)));
        }
    }

    private Task<List<string>> ProgramOfficersAsync(CancellationToken ct) =>
        (from ur in db.UserRoles.AsNoTracking()
         join role in db.Roles on ur.RoleId equals role.Id
         where role.Name == Roles.ProgramOfficer
         orderby ur.UserId
         select ur.UserId).ToListAsync(ct);
}
