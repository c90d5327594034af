using GrantHub.Core.Notifications;

namespace GrantHub.Core.Tests.Notifications;

/// <summary>
/// An in-app notification keeps its message key and arguments exactly as given (rendered later in the reader's
/// language) and leads, if anywhere, to a path on this site: never to another site.
/// </summary>
public sealed class NotificationForArgsAndLink
{
    private const string User = "member-1";
    private const string Key = "Tranche {0} of \"{1}\" is paid: {2}.";
    private static readonly DateTime Now = new(2026, 8, 5, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_arguments_come_back_as_given_in_order()
    {
        string[] args = ["1", "银龄互助食堂 \"一期\"", "¥50,000.00", "", "\\ / \n <b>"];

        var n = Notification.For(User, Key, args, "/grants/3f2a/tranches", Now);

        Assert.Equal(args, n.Args);
        Assert.Equal(User, n.UserId);
        Assert.Equal(Key, n.MessageKey);
        Assert.Equal("/grants/3f2a/tranches", n.Link);
        Assert.Equal(Now, n.CreatedAt);
        Assert.False(n.IsRead);
        Assert.Null(n.DeduplicationKey);
    }

    [Fact]
    public void No_arguments_come_back_as_none()
    {
        var n = Notification.For(User, "The agreement is confirmed.", [], null, Now, "agreement-confirmed:3f2a");

        Assert.Empty(n.Args);
        Assert.Null(n.Link);
        Assert.Equal("agreement-confirmed:3f2a", n.DeduplicationKey);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("grants/3f2a")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("/grants/3f2a\r\nLocation: https://evil.example")]
    [InlineData("")]
    public void A_link_that_is_not_a_path_on_this_site_is_refused(string link)
    {
        var ex = Assert.Throws<ArgumentException>(() => Notification.For(User, Key, ["1"], link, Now));

        Assert.Equal("link", ex.ParamName);
    }

    [Fact]
    public void A_link_of_at_most_300_characters_is_accepted_and_longer_is_refused()
    {
        var longest = "/" + new string('a', Notification.MaxLinkLength - 1);

        Assert.Equal(longest, Notification.For(User, Key, [], longest, Now).Link);
        Assert.Throws<ArgumentException>(() => Notification.For(User, Key, [], longest + "a", Now));
    }

    [Fact]
    public void A_notification_needs_its_recipient_and_message()
    {
        Assert.Throws<ArgumentException>(() => Notification.For(" ", Key, [], null, Now));
        Assert.Throws<ArgumentException>(() => Notification.For(User, "", [], null, Now));
    }

    [Fact]
    public void Reading_it_twice_keeps_the_first_time()
    {
        var n = Notification.For(User, Key, [], null, Now);

        n.MarkRead(Now.AddHours(1));
        n.MarkRead(Now.AddHours(2));

        Assert.True(n.IsRead);
        Assert.Equal(Now.AddHours(1), n.ReadAt);
    }
}
