using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantHub.Core.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change to an <see cref="IAudited"/> entity or to a role grant,
/// in the same SaveChanges, so a change and its audit entry land together or not at all.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is IAudited or IdentityUserRole<string>)
            .Select(e => Describe(e, now))
            .Where(a => a is not null)
            .ToList();
        context.Set<AuditEntry>().AddRange(entries!);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTime now)
    {
        var props = entry.Properties.ToList();
        var changed = entry.State == EntityState.Modified ? props.Where(p => p.IsModified).ToList() : props;
        if (changed.Count == 0) return null;
        return new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = entry.State.ToString(),
            EntityType = entry.Entity is IdentityUserRole<string> ? "UserRole" : entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(entry),
            Before = entry.State == EntityState.Added ? null : Serialize(changed, p => p.OriginalValue),
            After = entry.State == EntityState.Deleted ? null : Serialize(changed, p => p.CurrentValue),
        };
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        // A database-generated key is still temporary here; the audit then names the entity by its other values.
        return string.Join("/", key.Properties.Select(p =>
        {
            var prop = entry.Property(p.Name);
            return prop.IsTemporary ? "(new)" : Convert.ToString(prop.CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        }));
    }

    private static string Serialize(IEnumerable<PropertyEntry> props, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(
            props.Where(p => !p.Metadata.Name.Contains("Password", StringComparison.Ordinal)
                             && !p.Metadata.Name.Contains("Stamp", StringComparison.Ordinal))
                 .ToDictionary(p => p.Metadata.Name, p => p.IsTemporary ? null : value(p)),
            Json);
}
