using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Account;

/// <summary>Self-registration makes a signed-in organization member; a mistake is shown without losing what was typed.</summary>
public sealed class RegistrationTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private static Dictionary<string, string> ValidForm(string email) => new()
    {
        ["DisplayName"] = "张三",
        ["Email"] = email,
        ["Mobile"] = "+86 139-1234-5678",
        ["Password"] = "A short sentence 2026",
        ["ConfirmPassword"] = "A short sentence 2026",
    };

    [Fact]
    public async Task A_valid_registration_creates_a_signed_in_organization_member()
    {
        var email = $"register-{Guid.NewGuid():N}@test.granthub.cn";
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register", ValidForm(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Equal(email, home.SignedInUserName());
        Assert.Equal("张三", home.SignedInAs());
        var saved = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email)
            .Select(u => new
            {
                u.DisplayName,
                u.PhoneNumber,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            })
            .SingleAsync());
        Assert.Equal("张三", saved.DisplayName);
        Assert.Equal("13912345678", saved.PhoneNumber);
        Assert.Equal([Roles.OrganizationMember], saved.Roles);
    }

    [Fact]
    public async Task An_invalid_mobile_is_shown_beside_the_field_and_nothing_typed_is_lost()
    {
        var email = $"register-{Guid.NewGuid():N}@test.granthub.cn";
        var form = ValidForm(email);
        form["Mobile"] = "12345";
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.False(string.IsNullOrEmpty(page.FieldError("Mobile")), "the mobile number's error is shown beside it");
        Assert.Null(page.FieldError("Email"));
        Assert.Equal("张三", page.InputValue("DisplayName"));
        Assert.Equal(email, page.InputValue("Email"));
        Assert.Equal("12345", page.InputValue("Mobile"));
        Assert.Null(page.SignedInAs());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    public static TheoryData<string, string> BadInput => new()
    {
        { "DisplayName", "" },
        { "DisplayName", new string('名', 51) },
        { "Email", "" },
        { "Email", "not-an-email" },
        { "Email", new string('a', 300) + "@test.granthub.cn" },
        { "Mobile", "" },
        { "Mobile", "1391234567890123456789" },
        { "Mobile", "一三九一二三四五六七八" },
        { "Mobile", "１３９１２３４５６７８" },
        { "Password", "" },
        { "Password", "short" },
        { "Password", "12345678" },
        { "ConfirmPassword", "something else" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_the_form_shown_again_never_an_error_page(string field, string value)
    {
        var email = $"register-{Guid.NewGuid():N}@test.granthub.cn";
        var form = ValidForm(email);
        form[field] = value;
        if (field == "Password" && value.Length > 0) form["ConfirmPassword"] = value;
        if (field == "Email") email = value;
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ReadHtmlAsync();
        Assert.NotNull(shown.QuerySelector("form[action='/account/register']"));
        Assert.True(shown.FieldError(field) is { Length: > 0 } || shown.ErrorSummary() is not null, $"an error is shown for {field}");
        Assert.Null(shown.SignedInAs());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Registering_an_address_that_already_has_an_account_is_refused()
    {
        var existing = await app.CreateUserAsync("register");
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register", ValidForm(existing.Email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).ErrorSummary());
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == existing.Email)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var client = app.CreateBrowserClient();
        await client.GetPageAsync("/account/register");

        using var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(ValidForm("forged@test.granthub.cn")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "forged@test.granthub.cn")));
    }
}
