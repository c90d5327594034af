using System.Net;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>
/// A browser's cookies made visible: sends the jar's cookies with every request and, when <paramref name="store"/>,
/// keeps the cookies the app sets. With <c>store: false</c> many requests can share one signed-in session at once while
/// each response's own cookies (its TempData flash) stay with that response.
/// </summary>
internal sealed class CookieJarHandler(CookieContainer jar, bool store) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = jar.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        if (store && response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var c in cookies) jar.SetCookies(request.RequestUri!, c);
        return response;
    }

    /// <summary>A copy of <paramref name="jar"/> with the cookies <paramref name="response"/> set added.</summary>
    public static CookieContainer With(CookieContainer jar, HttpResponseMessage response, Uri uri)
    {
        var copy = new CookieContainer();
        foreach (Cookie c in jar.GetAllCookies()) copy.Add(new Cookie(c.Name, c.Value, c.Path, c.Domain));
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var c in cookies) copy.SetCookies(uri, c);
        return copy;
    }
}
