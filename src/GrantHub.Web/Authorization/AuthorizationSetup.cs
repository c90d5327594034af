using Microsoft.AspNetCore.Authorization;

namespace GrantHub.Web.Authorization;

public static class AuthorizationSetup
{
    /// <summary>Per-object rules live in the handlers of this folder; controllers ask IAuthorizationService.</summary>
    public static void AddGrantHubAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserScope>();
        builder.Services.AddScoped<IAuthorizationHandler, OrganizationAuthorizationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, ResidencyAuthorizationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, ApplicationAuthorizationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, GrantAuthorizationHandler>();
    }
}
