using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>
/// The list shows a person's notifications newest first, twenty a page, unread ones marked, each in the reader's current
/// language (the row stores the English key and its arguments, not a text).
/// </summary>
public sealed class NotificationListTests(NotificationsFactory app) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_notification_reads_in_Chinese_by_default_and_in_English_after_switching_the_same_row()
    {
        var user = await app.CreateUserAsync("reader");
        var id = (await app.NotifyAsync(user.Id)).Single();
        var client = await app.SignedInClientAsync(user);

        var zh = await client.GetPageAsync("/notifications");
        var zhRow = zh.QuerySelector($"#notifications [data-notification-id='{id}']");
        Assert.NotNull(zhRow);
        Assert.Equal("zh-CN", zh.Lang());
        Assert.Equal("2026年公益创投大赛最终结果：你的项目“银龄助餐”获立项资助 ¥450.00。",
            zhRow.QuerySelector(".notification-text")!.TextContent.Trim());

        await client.SubmitFormAsync(zh, "/language", new Dictionary<string, string>());
        var en = await client.GetPageAsync("/notifications");
        Assert.Equal("en", en.Lang());
        Assert.Equal("Final results of 2026年公益创投大赛: your project \"银龄助餐\" is funded with ¥450.00.",
            en.QuerySelector($"#notifications [data-notification-id='{id}'] .notification-text")!.TextContent.Trim());
    }

    [Fact]
    public async Task Newest_come_first_twenty_a_page_and_unread_ones_are_marked()
    {
        var user = await app.CreateUserAsync("reader");
        var ids = await app.NotifyAsync(user.Id, 22);
        var client = await app.SignedInClientAsync(user);
        var token = (await client.GetPageAsync("/notifications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await client.PostAsync($"/notifications/{ids[^1]}/read", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var first = await client.GetPageAsync("/notifications");
        var rows = first.QuerySelectorAll("#notifications [data-notification-id]").ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(ids[^1].ToString(), rows[0].GetAttribute("data-notification-id"));
        Assert.Equal(ids[2].ToString(), rows[^1].GetAttribute("data-notification-id"));
        Assert.Equal("true", rows[0].GetAttribute("data-read"));
        Assert.DoesNotContain("notification-unread", rows[0].ClassList);
        Assert.Equal("false", rows[1].GetAttribute("data-read"));
        Assert.Contains("notification-unread", rows[1].ClassList);

        var second = await client.GetPageAsync("/notifications?page=2");
        Assert.Equal([ids[1].ToString(), ids[0].ToString()],
            second.QuerySelectorAll("#notifications [data-notification-id]").Select(r => r.GetAttribute("data-notification-id")));
    }

    [Fact]
    public async Task Without_notifications_the_list_says_so()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync("reader"));

        var page = await client.GetPageAsync("/notifications");

        Assert.NotNull(page.QuerySelector("#no-notifications"));
        Assert.Null(page.QuerySelector("#notifications"));
        Assert.Null(page.QuerySelector("#read-all-form"));
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowserClient().GetAsync("/notifications");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectPath());
    }
}
