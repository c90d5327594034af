using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Security;

/// <summary>The demo data, so that pages have something to show; otherwise the same pinned settings.</summary>
public sealed class DemoFactory : GrantHubFactory
{
    public DemoFactory() => Settings["Demo:Seed"] = "true";
}

/// <summary>
/// Walks every route of the app with every role and anonymously: whatever the role and whatever id is typed, a page
/// answers with the page, a refusal, a redirect or "not found", never a server error; a signed-out visitor of a
/// protected page is sent to sign in; and no POST is accepted without its antiforgery token.
/// </summary>
public sealed class RouteWalkTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private static readonly HttpStatusCode[] Acceptable =
        [HttpStatusCode.OK, HttpStatusCode.Found, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
         HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed];

    public static TheoryData<string> RolesAndAnonymous()
    {
        var data = new TheoryData<string> { "anonymous" };
        foreach (var role in Roles.All) data.Add(role);
        return data;
    }

    private IReadOnlyList<(string Template, IReadOnlyList<string> Methods)> Routes()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText?.TrimStart('/'),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])))
            // Hangfire's dashboard has its own tests; /error is the error page itself (500 is its answer to a crash).
            .Where(r => !r.Item1.StartsWith("/hangfire", StringComparison.Ordinal) && !r.Item1.StartsWith("/error", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    /// <summary>A value for each route parameter: ids that exist nowhere, so the per-object checks and 404s are walked.</summary>
    private static string Fill(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", m =>
            m.Groups[2].Value.Contains("int", StringComparison.Ordinal) || m.Groups[1].Value is "step" or "status" or "page" ? "1"
            : m.Groups[1].Value is "token" ? "no-such-token" : "0190f5a4-0000-7000-8000-000000000000");

    [Fact]
    public void The_walk_covers_the_application_s_routes()
    {
        var routes = Routes().Select(r => r.Template).ToList();
        Assert.Contains("/admin/users", routes);
        Assert.Contains(routes, r => r.StartsWith("/organizations", StringComparison.Ordinal));
        Assert.True(routes.Count > 40, $"only {routes.Count} routes found");
    }

    [Theory]
    [MemberData(nameof(RolesAndAnonymous))]
    public async Task No_page_answers_with_a_server_error_whatever_the_role(string role)
    {
        using var client = role == "anonymous"
            ? app.CreateBrowserClient()
            : await app.SignedInClientAsync(await app.CreateUserAsync("walk", role));
        var failures = new List<string>();
        foreach (var (template, methods) in Routes().Where(r => r.Methods.Contains("GET")))
        {
            var url = Fill(template);
            using var response = await client.GetAsync(url);
            if (!Acceptable.Contains(response.StatusCode)) failures.Add($"GET {url} → {(int)response.StatusCode}");
            if (role == "anonymous" && response.StatusCode is HttpStatusCode.Forbidden)
                failures.Add($"GET {url} → 403 for a signed-out visitor (expected the sign-in page)");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_signed_out_visitor_of_a_protected_page_is_sent_to_sign_in()
    {
        using var client = app.CreateBrowserClient();
        foreach (var url in new[] { "/admin/users", "/admin/audit", "/organization", "/center", "/editions", "/applications" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/login", response.RedirectPath());
        }
    }

    [Fact]
    public async Task No_post_is_accepted_without_its_antiforgery_token()
    {
        // Every role at once, so that no POST is turned away by its role check before the token is looked at.
        var everyone = await app.CreateUserAsync("walk-all", [.. Roles.All]);
        using var client = await app.SignedInClientAsync(everyone);
        var accepted = new List<string>();
        foreach (var (template, _) in Routes().Where(r => r.Methods.Contains("POST")))
        {
            var url = Fill(template);
            using var response = await client.PostAsync(url, new FormUrlEncodedContent([]));
            // The antiforgery filter answers 400 before any action runs; a 404 for an id that exists nowhere is also a refusal.
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.NotFound))
                accepted.Add($"POST {url} → {(int)response.StatusCode}");
        }
        Assert.True(accepted.Count == 0, "Accepted without a token:\n" + string.Join("\n", accepted));
    }
}
