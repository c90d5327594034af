using System.Security.Claims;
using GrantHub.Core.Data;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Notifications;

/// <summary>
/// A person's in-app notifications (站内消息): the list, newest first; opening one marks it read and follows its link;
/// all can be marked read at once. Only one's own: another person's notification is not found.
/// </summary>
[Authorize]
public sealed class NotificationsController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    public const int PageSize = 20;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("notifications")]
    public async Task<IActionResult> Index(int? page)
    {
        var number = Page<NotificationRow>.Clamp(page);
        var userId = UserId;
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync();
        var unread = await mine.CountAsync(n => n.ReadAt == null);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.MessageKey, n.ArgsJson, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync();
        return View(new NotificationsPage(new Page<NotificationRow>(rows, number, PageSize, total), unread));
    }

    /// <summary>Marks the notification read and goes where it leads (back to the list when it leads nowhere).</summary>
    [HttpPost("notifications/{id:guid}/read")]
    public async Task<IActionResult> Read(Guid id, int? page)
    {
        var userId = UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId);
        if (notification is null) return NotFound();
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        // A stored link is a local path; anything else (e.g. "//host") goes back to the list.
        return notification.Link is { } link && Url.IsLocalUrl(link) ? Redirect(link) : Redirect(ListUrl(page));
    }

    [HttpPost("notifications/read-all")]
    public async Task<IActionResult> ReadAll()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = UserId;
        var marked = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
        TempData.Flash(l["{0} notifications marked as read.", marked]);
        return Redirect("/notifications");
    }

    private static string ListUrl(int? page) => page is > 1 ? $"/notifications?page={page}" : "/notifications";
}
