using System.Net;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Account;

public sealed class SignInTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    [Fact]
    public async Task The_right_password_signs_in_and_returns_to_the_page_asked_for()
    {
        var user = await app.CreateUserAsync("signin");
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/login?returnUrl=%2Fadmin%2Faudit", "/account/login",
            new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/audit", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Equal(user.Email, home.SignedInUserName());
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var user = await app.CreateUserAsync("signin");
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", "/account/login",
            new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_does_not_sign_in()
    {
        var user = await app.CreateUserAsync("signin");
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.ErrorSummary());
        Assert.Equal(user.Email, page.InputValue("Email"));
        Assert.Null(page.SignedInAs());
        Assert.Null((await client.GetPageAsync("/")).SignedInAs());
        var failures = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await app.CreateUserAsync("signin");
        var client = await app.SignedInClientAsync(user);
        var home = await client.GetPageAsync("/");
        Assert.Equal(user.Email, home.SignedInUserName());

        using var response = await client.SubmitFormAsync(home, "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await client.GetPageAsync("/")).SignedInAs());
    }
}
