using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Data;
using GrantHub.Core.Notifications;
using GrantHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GrantHub.Web.Jobs;

/// <summary>
/// The daily reminders (recurring, 09:00 China time by default; runnable from the dashboard). Computes from the database
/// what is due today (<see cref="DueReminders"/>), drops what was sent before, and writes each new reminder in one
/// transaction with its record: the <see cref="SentReminder"/> under its unique key, the in-app notification, and the
/// e-mail in the outbox (in the recipient's language; skipped for an optional reminder the recipient muted).
/// <para>Exactly once: a second run, another node, or a run after a crash finds the keys and writes nothing more. When
/// another node wrote some of a batch between this run's read and its save, the unique index on the key refuses the
/// batch; the batch is then written one by one, leaving out what the other node wrote.</para>
/// </summary>
public sealed class ReminderJob(
    GrantHubDbContext db, DueReminders dueReminders, ReminderMessages messages, Notifier notifier, TimeProvider clock,
    IOptions<ReminderOptions> options, ILogger<ReminderJob> log)
{
    public const string RecurringId = "reminders";

    /// <summary>
    /// Returns how many reminders this run wrote. A reminder that could not be written (other than one another node wrote)
    /// is left out and the others are written; the run then fails, so Hangfire retries it and the dashboard shows why.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        await ReleaseDueTranchesAsync(today, ct);
        var due = await dueReminders.ComputeAsync(today, ct);
        var written = 0;
        var failures = new List<Exception>();
        foreach (var batch in due.Chunk(Math.Max(1, options.Value.BatchSize)))
            written += await WriteBatchAsync(batch, today, failures, ct);
        if (written > 0) log.LogInformation("Reminders for {Today}: {Written} written of {Due} due", today, written, due.Count);
        if (failures.Count > 0) throw new AggregateException($"{failures.Count} reminders of {today:yyyy-MM-dd} could not be written.", failures);
        return written;
    }

    /// <summary>
    /// Tranches paid on a date become payable on that day (China time), before the officers' reminders are computed, so
    /// a tranche released today is reminded about today. Only projects with such a tranche due are loaded.
    /// </summary>
    private async Task ReleaseDueTranchesAsync(DateOnly today, CancellationToken ct)
    {
        var grants = await db.Grants.Include(g => g.Tranches)
            .Where(g => g.Status == GrantStatus.InProgress || g.Status == GrantStatus.Completed)
            .Where(g => g.Tranches.Any(t => t.Status == TrancheStatus.Planned && t.Trigger == TrancheTrigger.OnDate && t.DueOn <= today))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            if (grants.Sum(g => g.ReleaseDueDates(today, now)) > 0) await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node released them first (the tranches' versions moved): nothing is left to do.
        }
        db.ChangeTracker.Clear();
    }

    private async Task<int> WriteBatchAsync(DueReminder[] batch, DateOnly today, List<Exception> failures, CancellationToken ct)
    {
        var keys = batch.Select(r => r.Key).ToList();
        var sent = (await db.SentReminders.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = batch.Where(r => !sent.Contains(r.Key)).ToList();
        if (fresh.Count == 0) return 0;

        var userIds = fresh.Select(r => r.UserId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new ReminderRecipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture, u.MutesOptionalReminderEmail))
            .ToDictionaryAsync(u => u.Id, ct);
        fresh.RemoveAll(r => !people.ContainsKey(r.UserId));

        // The batch in one transaction: each reminder's record, notification and e-mail together.
        foreach (var r in fresh) Add(r, people[r.UserId], today);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException ex)
        {
            log.LogInformation(ex, "A reminder batch was refused (another node may have written some of it); writing it one by one");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        var written = 0;
        foreach (var r in fresh)
        {
            Add(r, people[r.UserId], today);
            try
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
            catch (DbUpdateException ex)
            {
                db.ChangeTracker.Clear();
                // Another node got there first: its reminder stands and this one is dropped. Anything else is a failure.
                if (await db.SentReminders.AnyAsync(s => s.Key == r.Key, ct)) continue;
                log.LogError(ex, "Reminder {Key} could not be written", r.Key);
                failures.Add(ex);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return written;
    }

    private void Add(DueReminder r, ReminderRecipient person, DateOnly today)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.SentReminders.Add(new SentReminder(r.Key, r.UserId, now));
        var (key, args, link) = messages.InApp(r, today);
        // The notifier keys the notification "{StepKey}:{userId}": the reminder's own key, unique in its table too.
        notifier.Notify([r.UserId], key, args, link, r.StepKey);
        if (person.GetsEmail(r)) db.OutboxMessages.Add(messages.Email(r, person, today));
    }
}
