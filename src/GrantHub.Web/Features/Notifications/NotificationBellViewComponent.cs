using System.Security.Claims;
using GrantHub.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Features.Notifications;

/// <summary>
/// The bell in the top navigation, for whoever is signed in: one COUNT on the (UserId, ReadAt) index, whatever the number
/// of notifications. Renders nothing for a visitor.
/// </summary>
public sealed class NotificationBellViewComponent(GrantHubDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return Content("");
        var unread = await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
        return View("~/Features/Notifications/_Bell.cshtml", new BellModel(unread));
    }
}
