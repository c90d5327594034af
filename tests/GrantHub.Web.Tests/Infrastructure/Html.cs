using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>Parses the app's HTML so that tests assert on elements (ids, attributes), never on translated text.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    /// <summary>The lang attribute of the html element, which follows the request's UI culture.</summary>
    public static string? Lang(this IHtmlDocument document) => document.DocumentElement.GetAttribute("lang");

    /// <summary>The value an input shows, by its name.</summary>
    public static string? InputValue(this IParentNode node, string name) =>
        node.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    /// <summary>Field errors as rendered by asp-validation-for (span.field-validation-error), by field name.</summary>
    public static string? FieldError(this IParentNode node, string name) =>
        node.QuerySelector($".field-validation-error[data-valmsg-for='{name}']")?.TextContent.Trim();

    /// <summary>The error box of the _ValidationSummary partial (errors not tied to one field).</summary>
    public static IElement? ErrorSummary(this IParentNode node) => node.QuerySelector("div.alert-danger[role=alert]");

    /// <summary>The name the page shows for whoever is signed in, or null when nobody is.</summary>
    public static string? SignedInAs(this IParentNode node) => node.QuerySelector("#signed-in-as")?.TextContent.Trim();

    /// <summary>The user name (sign-in e-mail) of whoever is signed in (the title of #signed-in-as), or null when nobody is.</summary>
    public static string? SignedInUserName(this IParentNode node) => node.QuerySelector("#signed-in-as")?.GetAttribute("title");
}
