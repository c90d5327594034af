using System.Data.Common;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>
/// The app with its clock stopped on Wednesday 18 March 2026, 10:00 China time (so working days are predictable), and
/// a counter of the SQL commands it runs (so a test can show that a page's query count does not grow with the data).
/// </summary>
public sealed class IncubationFactory : GrantHubFactory
{
    public static readonly DateTimeOffset Start = new(2026, 3, 18, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Runs a competing change just before the app's next transaction begins: a race, made to happen on cue.</summary>
    public RaceInjector Race { get; } = new();

    public DateOnly Today => ChinaTime.Today(Clock);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ReplaceServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands, Race));
    }

    /// <summary>A center with the given desks and the default pass mark (60).</summary>
    public Task<int> CreateCenterAsync(int desks = 5, string? name = null) => WithDbAsync(async db =>
    {
        var center = new IncubationCenter { Name = name ?? $"孵化中心-{Guid.NewGuid():N}"[..20], Level = CenterLevel.Community, Address = "仪征市真州镇", Desks = desks };
        db.IncubationCenters.Add(center);
        await db.SaveChangesAsync();
        return center.Id;
    });

    /// <summary>A person with the center-staff role who works at <paramref name="centerId"/>.</summary>
    public async Task<TestUser> CreateStaffAsync(int centerId)
    {
        var staff = await CreateUserAsync("staff", Roles.CenterStaff);
        await WithDbAsync(async db =>
        {
            db.CenterStaff.Add(new CenterStaffMember { CenterId = centerId, UserId = staff.Id });
            return await db.SaveChangesAsync();
        });
        return staff;
    }

    /// <summary>An organization member and the filed community organization they own.</summary>
    public async Task<(TestUser Member, Guid OrganizationId)> CreateOrganizationAsync(string name = "嘉禾社区夕阳红志愿服务队")
    {
        var member = await CreateUserAsync("org", Roles.OrganizationMember);
        var id = await WithDbAsync(async db =>
        {
            var org = Organization.Register(name, OrganizationType.CommunityOrganization, $"JH-2026-{Random.Shared.Next(1000, 9999)}",
                "刘会长", "13912345678", member.Id, Now);
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (member, id);
    }

    public Task<Residency> ResidencyAsync(Guid id) =>
        WithDbAsync(db => db.Residencies.AsNoTracking().SingleAsync(r => r.Id == id));
}

/// <summary>
/// Holds one competing change and runs it when the app next starts a transaction (SaveChanges), after the app has read
/// what it decides on and before it writes: exactly the window two people hit when they press a button at once.
/// </summary>
public sealed class RaceInjector : DbTransactionInterceptor
{
    private Func<Task>? _next;

    public bool Ran { get; private set; }

    public void Before(Func<Task> competingChange)
    {
        Ran = false;
        _next = competingChange;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        // Taken before it runs, so the competing change's own save does not trigger it again.
        if (Interlocked.Exchange(ref _next, null) is { } change)
        {
            await change();
            Ran = true;
        }
        return result;
    }
}

/// <summary>Counts the SQL commands the app sends; reset it before the request to measure.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
