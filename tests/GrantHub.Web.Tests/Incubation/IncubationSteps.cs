using System.Net;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>Clicks through the residency pages the way staff and organizations do.</summary>
internal static class IncubationSteps
{
    public static string DetailUrl(Guid residencyId) => $"/center/residencies/{residencyId}";

    /// <summary>Opens the residency's page, submits the form posting to /center/residencies/{id}/{step}, expects the app to redirect back to the page.</summary>
    public static async Task StepAsync(this HttpClient staff, Guid residencyId, string step, Dictionary<string, string>? typed = null)
    {
        var url = DetailUrl(residencyId);
        using var response = await staff.SubmitFormAsync(url, $"{url}/{step}", typed ?? new Dictionary<string, string>());
        if (response.StatusCode != HttpStatusCode.Redirect || response.RedirectPath() != url)
        {
            var errors = (await response.ReadHtmlAsync()).ErrorSummary()?.TextContent.Trim();
            throw new InvalidOperationException($"Step {step} answered {(int)response.StatusCode} {response.Headers.Location}: {errors}");
        }
    }

    /// <summary>Submits a step expected to be refused on the page itself (200, the form kept, the reason shown).</summary>
    public static async Task<IHtmlDocument> RefusedStepAsync(this HttpClient staff, Guid residencyId, string step, Dictionary<string, string>? typed = null)
    {
        var url = DetailUrl(residencyId);
        using var response = await staff.SubmitFormAsync(url, $"{url}/{step}", typed ?? new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadHtmlAsync();
    }

    /// <summary>
    /// POSTs to any path with the antiforgery token of a page this client may open (the token is per person, not per
    /// form): how a hand-made request to someone else's residency would look.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenPageUrl, string action,
        Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(tokenPageUrl);
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPageUrl}.");
        var all = new Dictionary<string, string>(fields) { [Forms.AntiforgeryField] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static bool IsRefusal(this HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");
}
