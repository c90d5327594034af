using System.Net;
using System.Text.RegularExpressions;
using GrantHub.Core.Notifications;
using GrantHub.Web.Email;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Account;

/// <summary>
/// "Forgot your password?" end to end: the request writes an outbox row, the relay delivers it once to a real SMTP
/// server however often and however concurrently it runs, and the link in the e-mail sets a new password.
/// </summary>
public sealed partial class PasswordResetEmailTests(MailFactory app) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task The_reset_e_mail_is_delivered_once_and_its_link_sets_a_new_password()
    {
        var user = await app.CreateUserAsync("reset");
        var client = app.CreateBrowserClient();

        using (var requested = await RequestResetAsync(client, user.Email))
        {
            Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
            Assert.NotNull((await requested.ReadHtmlAsync()).QuerySelector("#reset-sent"));
        }
        var rows = await OutboxRowsToAsync(user.Email);
        var row = Assert.Single(rows);
        Assert.Equal(OutboxStatus.Pending, row.Status);

        await RelayAsync();
        await RelayAsync();

        var mail = Assert.Single(app.Smtp.MessagesTo(user.Email));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await OutboxRowsToAsync(user.Email)).Status);
        var link = ResetLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, "the e-mail holds a reset link:\n" + mail.TextBody);

        var form = await client.GetPageAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(user.Email, form.InputValue("Email"));
        const string newPassword = "A brand new sentence 2026";
        using (var reset = await client.SubmitFormAsync(form, "/account/reset-password",
                   new Dictionary<string, string> { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/account/login", reset.RedirectPath());
        }

        await app.CreateBrowserClient().SignInAsync(user.Email, newPassword);
        using var old = await app.CreateBrowserClient().SubmitFormAsync("/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Two_relays_running_at_once_deliver_each_e_mail_exactly_once()
    {
        var users = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            var user = await app.CreateUserAsync("concurrent");
            users.Add(user);
            (await RequestResetAsync(app.CreateBrowserClient(), user.Email)).Dispose();
        }

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var relays = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<OutboxRelay>()).ToList();
        var sent = await Task.WhenAll(relays.Select(r => Task.Run(() => r.RelayAsync(CancellationToken.None))));

        Assert.Equal(users.Count, sent.Sum());
        foreach (var user in users)
        {
            Assert.Single(app.Smtp.MessagesTo(user.Email));
            Assert.Equal(OutboxStatus.Sent, Assert.Single(await OutboxRowsToAsync(user.Email)).Status);
        }
        Assert.Equal(0, await RelayAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_e_mail()
    {
        var known = await app.CreateUserAsync("reset");
        var unknown = $"nobody-{Guid.NewGuid():N}@test.granthub.cn";
        var rowsBefore = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());

        using var forUnknown = await RequestResetAsync(app.CreateBrowserClient(), unknown);
        using var forKnown = await RequestResetAsync(app.CreateBrowserClient(), known.Email);

        Assert.Equal(HttpStatusCode.OK, forUnknown.StatusCode);
        Assert.Empty(await OutboxRowsToAsync(unknown));
        Assert.Equal(rowsBefore + 1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        var unknownPage = await forUnknown.ReadHtmlAsync();
        var knownPage = await forKnown.ReadHtmlAsync();
        Assert.NotNull(unknownPage.QuerySelector("#reset-sent"));
        Assert.Equal(knownPage.Title, unknownPage.Title);
        Assert.Equal(knownPage.QuerySelector("main")!.InnerHtml.Replace(known.Email, "{email}", StringComparison.Ordinal),
            unknownPage.QuerySelector("main")!.InnerHtml.Replace(unknown, "{email}", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string email) =>
        client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password",
            new Dictionary<string, string> { ["Email"] = email });

    private Task<List<OutboxMessage>> OutboxRowsToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).ToListAsync());

    private async Task<int> RelayAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxRelay>().RelayAsync(CancellationToken.None);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/account/reset-password\?[^\s""<>]+")]
    private static partial Regex ResetLink();
}
