using System.Collections.Concurrent;
using System.Data.Common;
using GrantHub.Core.Data;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>The app with a stopped clock and a log of the SQL it runs, and a way to notify people as a feature would.</summary>
public sealed class NotificationsFactory : GrantHubFactory
{
    /// <summary>A funded-project message as finalizing results writes it: translated in zh-CN, English as the key.</summary>
    public const string FundedKey = "Final results of {0}: your project \"{1}\" is funded with {2}.";
    public static readonly string[] FundedArgs = ["2026年公益创投大赛", "银龄助餐", "¥450.00"];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    public SqlLog Sql { get; } = new();

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Sql));
    }

    /// <summary>Notifies <paramref name="userId"/> <paramref name="count"/> times through <see cref="Notifier"/>, a minute apart; returns the ids, oldest first.</summary>
    public async Task<List<Guid>> NotifyAsync(string userId, int count = 1, string key = FundedKey, string[]? args = null, string? link = "/competitions")
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
            scope.ServiceProvider.GetRequiredService<Notifier>().Notify([userId], key, args ?? FundedArgs, link, null);
            ids.Add(db.Notifications.Local.Single().Id);
            await db.SaveChangesAsync();
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
        return ids;
    }

    /// <summary>Many at once (one save), for counts.</summary>
    public async Task NotifyManyAsync(string userId, int count)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        for (var i = 0; i < count; i++) notifier.Notify([userId], FundedKey, FundedArgs, "/competitions", null);
        await db.SaveChangesAsync();
    }

    public Task<int> UnreadAsync(string userId) =>
        WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));
}

/// <summary>The text of every SQL command run, so a test can count those that touch one table.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Reset() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
