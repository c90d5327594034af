using System.Net;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Language;

/// <summary>Chinese by default, whatever the browser asks for; English once chosen, on every page after.</summary>
public sealed class LanguageSwitchTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    [Fact]
    public async Task Pages_are_in_Chinese_by_default_even_for_an_English_browser()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var home = await client.GetPageAsync("/");

        Assert.Equal("zh-CN", home.Lang());
        Assert.Equal("en", home.QuerySelector("form#language-switch")?.InputValue("culture"));
    }

    [Fact]
    public async Task Choosing_English_returns_to_the_same_page_and_is_remembered()
    {
        var client = app.CreateBrowserClient();
        var login = await client.GetPageAsync("/account/login");
        Assert.Equal("zh-CN", login.Lang());

        using var switched = await client.SubmitFormAsync(login, "/language", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        Assert.Equal("en", (await client.GetPageAsync("/account/login")).Lang());
        var home = await client.GetPageAsync("/");
        Assert.Equal("en", home.Lang());
        Assert.Equal("zh-CN", home.QuerySelector("form#language-switch")?.InputValue("culture"));

        using var back = await client.SubmitFormAsync(home, "/language", new Dictionary<string, string>());
        Assert.Equal("zh-CN", (await client.GetPageAsync("/")).Lang());
    }

    [Fact]
    public async Task An_unknown_language_or_a_foreign_return_address_changes_nothing()
    {
        var client = app.CreateBrowserClient();
        var home = await client.GetPageAsync("/");

        using var response = await client.SubmitFormAsync(home, "/language",
            new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("zh-CN", (await client.GetPageAsync("/")).Lang());
    }
}
