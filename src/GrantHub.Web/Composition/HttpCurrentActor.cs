using System.Security.Claims;
using GrantHub.Core.Auditing;

namespace GrantHub.Web.Composition;

/// <summary>The signed-in person of the current request; "system" outside a request (jobs, seeding).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User.Identity?.IsAuthenticated == true ? accessor.HttpContext.User : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? SystemActor.Instance.UserName;
}
