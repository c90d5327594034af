using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Localization;

namespace GrantHub.Web.Composition;

public static class LocalizationSetup
{
    public const string DefaultCulture = "zh-CN";

    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    /// <summary>
    /// zh-CN for everyone until they choose English; the choice is kept in a cookie. The browser's Accept-Language
    /// is deliberately not consulted: GrantHub's users are Chinese whatever their browser says.
    /// </summary>
    public static void AddGrantHubLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        // FluentValidation ships zh-CN and en messages and follows CurrentUICulture.
        ValidatorOptions.Global.LanguageManager.Enabled = true;
    }

    /// <summary>
    /// Runs <paramref name="render"/> with the UI and format culture of <paramref name="culture"/> (zh-CN unless it is
    /// English): an e-mail is written in its recipient's language whatever the language of the request or job sending it.
    /// </summary>
    public static T InCulture<T>(string? culture, Func<T> render)
    {
        var chosen = Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = chosen;
            CultureInfo.CurrentCulture = chosen;
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formats;
        }
    }
}
