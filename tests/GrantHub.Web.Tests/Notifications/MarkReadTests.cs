using System.Net;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>
/// Opening a notification marks it read and follows its link; all can be marked read at once; another person's
/// notification is not found, and stays unread.
/// </summary>
public sealed class MarkReadTests(NotificationsFactory app) : IClassFixture<NotificationsFactory>
{
    private static string Badge(IHtmlDocument page) => page.QuerySelector("#notification-count")?.TextContent.Trim() ?? "none";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, string action) =>
        client.PostAsync(action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

    [Fact]
    public async Task Opening_a_notification_marks_it_read_lowers_the_count_and_follows_its_link()
    {
        var user = await app.CreateUserAsync("reader");
        var ids = await app.NotifyAsync(user.Id, 2, link: "/competitions");
        var client = await app.SignedInClientAsync(user);
        var list = await client.GetPageAsync("/notifications");
        Assert.Equal("2", Badge(list));

        var opened = await client.SubmitFormAsync(list, $"/notifications/{ids[0]}/read", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/competitions", opened.RedirectPath());
        Assert.Equal("1", Badge(await client.GetPageAsync("/")));
        Assert.Equal(1, await app.UnreadAsync(user.Id));
        var row = (await client.GetPageAsync("/notifications")).QuerySelector($"[data-notification-id='{ids[0]}']")!;
        Assert.Equal("true", row.GetAttribute("data-read"));
    }

    [Fact]
    public async Task A_notification_without_a_link_or_with_a_foreign_one_goes_back_to_the_list()
    {
        var user = await app.CreateUserAsync("reader");
        var plain = (await app.NotifyAsync(user.Id, link: null)).Single();
        // Notification.For refuses such a link; a row written another way (by hand, by an older version) must not lead off-site.
        var foreign = (await app.NotifyAsync(user.Id, link: "/competitions")).Single();
        await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == foreign)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Link, "//evil.example/phish")));
        var client = await app.SignedInClientAsync(user);
        var list = await client.GetPageAsync("/notifications");

        Assert.Equal("/notifications", (await PostAsync(client, list, $"/notifications/{plain}/read")).Headers.Location?.OriginalString);
        Assert.Equal("/notifications", (await PostAsync(client, list, $"/notifications/{foreign}/read")).Headers.Location?.OriginalString);
        Assert.Equal(0, await app.UnreadAsync(user.Id));
    }

    [Fact]
    public async Task Another_persons_notification_is_not_found_and_stays_unread()
    {
        var owner = await app.CreateUserAsync("owner");
        var id = (await app.NotifyAsync(owner.Id)).Single();
        var intruder = await app.SignedInClientAsync(await app.CreateUserAsync("intruder"));
        var page = await intruder.GetPageAsync("/notifications");

        Assert.Null(page.QuerySelector($"[data-notification-id='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(intruder, page, $"/notifications/{id}/read")).StatusCode);
        Assert.Equal(1, await app.UnreadAsync(owner.Id));
    }

    [Fact]
    public async Task Marking_all_read_clears_ones_own_and_nobody_elses()
    {
        var user = await app.CreateUserAsync("reader");
        var other = await app.CreateUserAsync("other");
        await app.NotifyAsync(user.Id, 3);
        await app.NotifyAsync(other.Id);
        var client = await app.SignedInClientAsync(user);

        var response = await client.SubmitFormAsync("/notifications", "/notifications/read-all", new Dictionary<string, string>());

        Assert.Equal("/notifications", response.RedirectPath());
        Assert.Equal(0, await app.UnreadAsync(user.Id));
        Assert.Equal(1, await app.UnreadAsync(other.Id));
        var page = await client.GetPageAsync("/notifications");
        Assert.Equal("none", Badge(page));
        Assert.All(page.QuerySelectorAll("#notifications [data-notification-id]"), r => Assert.Equal("true", r.GetAttribute("data-read")));
        Assert.Null(page.QuerySelector("#read-all-form"));
    }
}
