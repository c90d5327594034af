using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>Every signed-in person has a bell in the top navigation with their unread count; no badge at 0, "99+" beyond 99.</summary>
public sealed class BellTests(NotificationsFactory app) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task The_bell_shows_the_unread_count_and_no_badge_at_zero()
    {
        var user = await app.CreateUserAsync("bell");
        var client = await app.SignedInClientAsync(user);

        var before = await client.GetPageAsync("/");
        Assert.Equal("/notifications", before.QuerySelector("#notification-bell")?.GetAttribute("href"));
        Assert.Null(before.QuerySelector("#notification-count"));

        await app.NotifyAsync(user.Id, 3);
        Assert.Equal("3", (await client.GetPageAsync("/")).QuerySelector("#notification-count")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_bell_counts_only_ones_own_unread_notifications()
    {
        var user = await app.CreateUserAsync("bell");
        var other = await app.CreateUserAsync("bell");
        await app.NotifyAsync(other.Id, 2);
        var client = await app.SignedInClientAsync(user);

        Assert.Null((await client.GetPageAsync("/")).QuerySelector("#notification-count"));
    }

    [Fact]
    public async Task Beyond_99_the_badge_reads_99_plus()
    {
        var user = await app.CreateUserAsync("bell");
        var client = await app.SignedInClientAsync(user);

        await app.NotifyManyAsync(user.Id, 99);
        Assert.Equal("99", (await client.GetPageAsync("/")).QuerySelector("#notification-count")?.TextContent.Trim());
        await app.NotifyManyAsync(user.Id, 1);
        Assert.Equal("99+", (await client.GetPageAsync("/")).QuerySelector("#notification-count")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_visitor_has_no_bell()
    {
        Assert.Null((await app.CreateBrowserClient().GetPageAsync("/")).QuerySelector("#notification-bell"));
    }
}
