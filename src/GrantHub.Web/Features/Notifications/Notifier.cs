using GrantHub.Core.Data;
using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Notifications;

/// <summary>
/// Tells users something in the app (站内消息): adds <see cref="Notification"/> rows to the caller's DbContext, so they
/// are saved with the change that caused them (the caller saves, once). No e-mail here: callers queue that themselves.
/// </summary>
/// <remarks>
/// The message is stored as its localizer key (the English text) and rendered in the reader's language when read; the
/// arguments are strings already formatted and are shown as they are. At the call site, write the English text as a
/// literal inside the localizer's indexer and pass on its <c>.Name</c> (the key itself, whatever the current culture), as
/// PublicityController.Notice does: TranslationCoverageTests scans for such literals, so a stored key without a zh-CN
/// translation fails the tests.
/// </remarks>
public sealed class Notifier(GrantHubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// One notification per user (duplicates in <paramref name="userIds"/> count once). With a
    /// <paramref name="deduplicationKey"/>, each row's key is <c>{deduplicationKey}:{userId}</c> (unique in the table): a
    /// second call with the same key in this unit of work adds nothing; a key saved earlier makes SaveChanges fail, so
    /// callers that may repeat (jobs) record what they sent and skip it.
    /// </summary>
    public void Notify(IEnumerable<string> userIds, string messageKey, string[] args, string? link, string? deduplicationKey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            var key = deduplicationKey is null ? null : $"{deduplicationKey}:{userId}";
            if (key is not null && db.Notifications.Local.Any(n => n.DeduplicationKey == key)) continue;
            db.Notifications.Add(Notification.For(userId, messageKey, args, link, now, key));
        }
    }

    /// <summary>The members of an organization, with the address and language each reads e-mail in.</summary>
    public Task<List<Recipient>> MemberRecipientsAsync(Guid organizationId, CancellationToken ct = default) =>
        (from m in db.OrganizationMembers
         join u in db.Users on m.UserId equals u.Id
         where m.OrganizationId == organizationId
         select new Recipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture)).AsNoTracking().ToListAsync(ct);

    /// <summary>The people holding a role (e.g. the program officers), as recipients.</summary>
    public Task<List<Recipient>> RoleRecipientsAsync(string role, CancellationToken ct = default) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         join u in db.Users on ur.UserId equals u.Id
         where r.Name == role
         select new Recipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture)).AsNoTracking().ToListAsync(ct);

    /// <summary>The user ids of the members of each organization, in one query (an organization with none: empty).</summary>
    public async Task<ILookup<Guid, string>> MembersOfAsync(IEnumerable<Guid> organizationIds, CancellationToken ct = default)
    {
        var ids = organizationIds.Distinct().ToList();
        if (ids.Count == 0) return Array.Empty<(Guid, string)>().ToLookup(m => m.Item1, m => m.Item2);
        var members = await db.OrganizationMembers.AsNoTracking().Where(m => ids.Contains(m.OrganizationId))
            .Select(m => new { m.OrganizationId, m.UserId }).ToListAsync(ct);
        return members.ToLookup(m => m.OrganizationId, m => m.UserId);
    }
}

/// <summary>
/// A person to tell: their id (in-app, everyone), address and name (e-mail, those with an address) and the language they
/// chose for e-mail.
/// </summary>
public sealed record Recipient(string Id, string? Email, string Name, string Culture);

public static class NotificationsSetup
{
    public static void AddGrantHubNotifications(this WebApplicationBuilder builder) =>
        builder.Services.AddScoped<Notifier>();
}
