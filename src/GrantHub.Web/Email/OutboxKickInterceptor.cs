using GrantHub.Core.Notifications;
using GrantHub.Web.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantHub.Web.Email;

/// <summary>
/// When a save put new mail in the outbox, asks Hangfire to relay it now rather than at the next minute.
/// The recurring relay remains the safety net: losing this nudge delays mail, never loses it.
/// </summary>
public sealed class OutboxKickInterceptor(IBackgroundJobClient jobs) : SaveChangesInterceptor
{
    private bool _newMail;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Kick();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Kick();
        return result;
    }

    private void Notice(DbContext? context) =>
        _newMail |= context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void Kick()
    {
        if (!_newMail) return;
        _newMail = false;
        jobs.Enqueue<OutboxRelayJob>(j => j.RunAsync(CancellationToken.None));
    }
}
