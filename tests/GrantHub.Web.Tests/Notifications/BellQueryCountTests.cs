using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>The bell is on every page, so it must stay one cheap query whatever the number of notifications.</summary>
public sealed class BellQueryCountTests(NotificationsFactory app) : IClassFixture<NotificationsFactory>
{
    private async Task<(int All, int Notifications)> HomePageCommandsAsync(HttpClient client)
    {
        await client.GetPageAsync("/"); // warm: first-request work out of the count
        app.Sql.Reset();
        await client.GetPageAsync("/");
        var commands = app.Sql.Commands;
        return (commands.Count, commands.Count(c => c.Contains("\"Notifications\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_bell_costs_one_query_for_a_few_notifications_and_for_fifty_times_as_many()
    {
        var few = await app.CreateUserAsync("few");
        var many = await app.CreateUserAsync("many");
        await app.NotifyManyAsync(few.Id, 3);
        await app.NotifyManyAsync(many.Id, 150);

        var small = await HomePageCommandsAsync(await app.SignedInClientAsync(few));
        var large = await HomePageCommandsAsync(await app.SignedInClientAsync(many));

        Assert.Equal(1, small.Notifications);
        Assert.Equal(1, large.Notifications);
        Assert.Equal(small.All, large.All);
    }
}
