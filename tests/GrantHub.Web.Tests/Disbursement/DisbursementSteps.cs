using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Disbursement;

internal static class DisbursementSteps
{
    public const string Changed = "This payment changed since you opened the page";

    /// <summary>The antiforgery token of any form on <paramref name="page"/> (every page has the language switch).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page = "/")
    {
        var doc = await client.GetPageAsync(page);
        return Token(doc);
    }

    public static string Token(IHtmlDocument doc) =>
        doc.QuerySelector($"input[name={Forms.AntiforgeryField}]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("No antiforgery token on the page.");

    /// <summary>POSTs a form the way a page's form would, with the token.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, IReadOnlyDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { [Forms.AntiforgeryField] = token };
        return client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>The fields of the form on <paramref name="doc"/> that posts to <paramref name="action"/> (hidden ones included).</summary>
    public static Dictionary<string, string> FieldsOf(IHtmlDocument doc, string action)
    {
        var form = doc.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posts to {action}.");
        return form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type is not ("submit" or "button"))
            .ToDictionary(i => i.Name!, i => i.Value);
    }

    /// <summary>Follows a redirect (with the same cookies) and returns the page it leads to.</summary>
    public static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString.Split('#')[0]);
    }

    public static string? FlashError(IHtmlDocument page) => page.QuerySelector("#flash-error")?.TextContent.Trim();

    public static string? Flash(IHtmlDocument page) => page.QuerySelector(".alert-success[role=status]")?.TextContent.Trim();

    /// <summary>A refusal: 403, 404, or the redirect to the access-denied page.</summary>
    public static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");
}
