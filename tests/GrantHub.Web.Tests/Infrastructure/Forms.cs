using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>
/// Fills in and submits the app's forms the way a browser does: GET the page, take the form's inputs (among them the
/// antiforgery token), overlay what the person types, POST to the form's action with the same cookies.
/// </summary>
public static class Forms
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>GETs <paramref name="pageUrl"/> (must answer 200) and parses it.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string pageUrl)
    {
        using var response = await client.GetAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // A server error's page (the developer exception page in tests) says why: keep its start in the failure.
            var body = response.StatusCode >= HttpStatusCode.InternalServerError ? await response.Content.ReadAsStringAsync() : "";
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}, expected 200. {body[..Math.Min(body.Length, 3000)]}");
        }
        return await response.ReadHtmlAsync();
    }

    /// <summary>Opens <paramref name="pageUrl"/>, finds the form posting to <paramref name="formAction"/>, and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formAction,
        IReadOnlyDictionary<string, string> typed)
    {
        var page = await client.GetPageAsync(pageUrl);
        return await client.SubmitFormAsync(page, formAction, typed);
    }

    /// <summary>Submits the form of an already loaded page that posts to <paramref name="formAction"/>.</summary>
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IHtmlDocument page, string formAction,
        IReadOnlyDictionary<string, string> typed)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => string.Equals(f.GetAttribute("action"), formAction, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form posts to {formAction}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in Successful(form))
        {
            if (!typed.ContainsKey(name)) fields.Add(new(name, value));
        }
        fields.AddRange(typed);
        return client.PostAsync(formAction, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// What a browser sends for a form: named, enabled inputs (checkboxes and radios only when checked, no buttons or
    /// files), textareas, and the selected options of selects (the first option of a single select with none selected).
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Successful(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input:
                    if (input.Type is "submit" or "button" or "reset" or "image" or "file") continue;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    yield return (name, input.Type is "checkbox" or "radio" && !input.HasAttribute("value") ? "on" : input.Value);
                    break;
                case IHtmlTextAreaElement textarea:
                    yield return (name, textarea.Value);
                    break;
                case IHtmlSelectElement select:
                    var options = select.Options.ToList();
                    var selected = options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && options.Count > 0) selected = [options[0]];
                    foreach (var option in selected) yield return (name, option.Value);
                    break;
            }
        }
    }

    /// <summary>Signs in through the login form; fails unless the app redirects (its answer to a right password).</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.SubmitFormAsync("/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, expected a redirect.");
    }

    /// <summary>The path of a redirect's Location, whether the app wrote it absolute or relative.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null) return null;
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
    }
}
