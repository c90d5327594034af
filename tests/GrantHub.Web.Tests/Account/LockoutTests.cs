using System.Net;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Account;

public sealed class LockoutTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private const int MaxFailedAttempts = 5;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_and_even_the_right_one_is_refused()
    {
        var user = await app.CreateUserAsync("lockout");
        var client = app.CreateBrowserClient();

        for (var attempt = 1; attempt < MaxFailedAttempts; attempt++)
        {
            using var wrong = await SignInAsync(client, user.Email, $"wrong-password-{attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var state = await LockoutStateAsync(user);
            Assert.Equal(attempt, state.AccessFailedCount);
            Assert.Null(state.LockoutEnd);
        }

        var before = DateTimeOffset.UtcNow;
        using (var fifth = await SignInAsync(client, user.Email, "wrong-password-5"))
        {
            Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
            Assert.NotNull((await fifth.ReadHtmlAsync()).ErrorSummary());
        }
        var locked = await LockoutStateAsync(user);
        Assert.NotNull(locked.LockoutEnd);
        Assert.InRange(locked.LockoutEnd.Value, before.AddMinutes(15).AddSeconds(-5), DateTimeOffset.UtcNow.AddMinutes(15).AddSeconds(5));

        using var right = await SignInAsync(client, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await right.ReadHtmlAsync();
        Assert.NotNull(page.ErrorSummary());
        Assert.Null(page.SignedInAs());
        Assert.Null((await client.GetPageAsync("/")).SignedInAs());
    }

    [Fact]
    public async Task A_successful_sign_in_before_the_fifth_failure_starts_the_count_again()
    {
        var user = await app.CreateUserAsync("lockout");
        var client = app.CreateBrowserClient();
        for (var attempt = 1; attempt < MaxFailedAttempts; attempt++)
            (await SignInAsync(client, user.Email, "wrong-password")).Dispose();

        using var right = await SignInAsync(client, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var state = await LockoutStateAsync(user);
        Assert.Equal(0, state.AccessFailedCount);
        Assert.Null(state.LockoutEnd);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private Task<LockoutState> LockoutStateAsync(TestUser user) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new LockoutState(u.AccessFailedCount, u.LockoutEnd)).SingleAsync());

    private sealed record LockoutState(int AccessFailedCount, DateTimeOffset? LockoutEnd);
}
