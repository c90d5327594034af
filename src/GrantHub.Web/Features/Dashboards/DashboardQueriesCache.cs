using Microsoft.Extensions.Caching.Memory;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// Keeps the figures of a dashboard or of the open-data summary for a few seconds (<c>Dashboards:CacheSeconds</c>; 0,
/// the default, computes them on every request). The figures are aggregates over every application, decision, payment
/// and report: on 100,000 applications one bureau dashboard costs a few hundred milliseconds of SQLite, whatever the
/// indexes, while a person reading a dashboard does not need it fresher than half a minute. No invalidation: a change
/// shows within the lifetime. Each web node keeps its own copy. The key holds everything the figures depend on (filter,
/// scope, role-dependent links, the China-time day), so that no one sees figures computed for someone else's scope.
/// </summary>
/// <remarks>
/// One computation per key at a time: the entry is the computation itself (a <see cref="Lazy{T}"/> task), so that when it
/// expires under load the requests that arrive meanwhile wait for the one computation instead of each starting their
/// own (sixteen concurrent bureau computations stalled every request for seconds in the load test). The computation runs
/// on the first request's DbContext, which that request keeps alive by awaiting it; a failure is not kept.
/// </remarks>
public static class DashboardQueriesCache
{
    public const string LifetimeSetting = "Dashboards:CacheSeconds";

    private static readonly Lock Gate = new();

    public static async Task<T> GetOrComputeAsync<T>(this IMemoryCache cache, IConfiguration configuration, string key, Func<Task<T>> compute)
        where T : class
    {
        var seconds = configuration.GetValue(LifetimeSetting, 0);
        if (seconds <= 0) return await compute();
        key = "figures:" + key;
        Lazy<Task<T>> computation;
        lock (Gate)
        {
            computation = cache.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds);
                return new Lazy<Task<T>>(compute);
            })!;
        }
        try
        {
            return await computation.Value;
        }
        catch
        {
            lock (Gate)
            {
                if (cache.TryGetValue(key, out Lazy<Task<T>>? current) && ReferenceEquals(current, computation)) cache.Remove(key);
            }
            throw;
        }
    }
}
