using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Admin;

/// <summary>Only administrators open the administration pages; everyone else is turned away, never shown them.</summary>
public sealed class AdminPageAuthorizationTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    public static IEnumerable<object[]> EveryRole => Roles.All.Select(r => new object[] { r });

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_and_back_afterwards(string path)
    {
        var client = app.CreateBrowserClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectPath());
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_visitors_do_not_see_the_jobs_dashboard()
    {
        using var response = await app.CreateBrowserClient().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Only_administrators_open_users_audit_and_jobs(string role)
    {
        var user = await app.CreateUserAsync(role.ToLowerInvariant(), role);
        var client = await app.SignedInClientAsync(user);

        foreach (var path in new[] { "/admin/users", "/admin/audit", "/hangfire" })
        {
            using var response = await client.GetAsync(path);
            if (role == Roles.Administrator)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} on {path}: {(int)response.StatusCode}, expected 200");
            }
            else
            {
                var turnedAway = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");
                Assert.True(turnedAway,
                    $"{role} on {path}: {(int)response.StatusCode} {response.Headers.Location}, expected 403 or a redirect to /account/access-denied");
            }
        }
    }
}
