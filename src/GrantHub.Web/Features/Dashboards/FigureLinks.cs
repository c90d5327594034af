using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>A figure in a dashboard table: a link to the records behind it when the person may open them, else the plain figure.</summary>
public static class FigureLinks
{
    public static IHtmlContent Link(object? value, string? href, string? title = null)
    {
        var text = value?.ToString() ?? "—";
        if (string.IsNullOrEmpty(href)) return new HtmlString(System.Net.WebUtility.HtmlEncode(text));
        var a = new TagBuilder("a");
        a.Attributes["href"] = href;
        if (!string.IsNullOrEmpty(title)) a.Attributes["title"] = title;
        a.InnerHtml.Append(text);
        return a;
    }
}
