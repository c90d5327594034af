using GrantHub.Web.Composition;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Language;

public sealed class LanguageController : Controller
{
    /// <summary>Remembers the chosen language for a year in a cookie and returns to the same page.</summary>
    [HttpPost("/language")]
    public IActionResult Switch(string culture, string? returnUrl)
    {
        if (LocalizationSetup.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
