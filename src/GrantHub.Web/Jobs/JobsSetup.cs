using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace GrantHub.Web.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire storage follows the database: in memory beside SQLite (the database stays the source of truth and jobs
    /// recompute from it), SQL Server storage beside SQL Server. Storage and activator come from DI so that several
    /// hosts in one process (the tests) never run each other's jobs.
    /// </summary>
    public static void AddGrantHubJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(builder.Configuration.GetConnectionString("GrantHub"), new SqlServerStorageOptions
            {
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(5),
            })
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddSingleton<JobActivator>(sp => new ScopedJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddGrantHubReminders(builder.Configuration);
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>())
            .UseActivator(sp.GetRequiredService<JobActivator>()));
        if (builder.Configuration.GetValue("Jobs:RunServer", true))
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.Activator = sp.GetRequiredService<JobActivator>();
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }
    }

    public static void UseGrantHubJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            AppPath = "/",
            DashboardTitle = "GrantHub jobs",
        }, app.Services.GetRequiredService<JobStorage>());

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OutboxRelayJob>(OutboxRelayJob.RecurringId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.ScheduleReminders(app.Configuration);
        recurring.AddOrUpdate<ExportLedgerJob>(ExportLedgerJob.PurgeRecurringId, j => j.PurgeAsync(CancellationToken.None), "30 3 * * *",
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator);
        }
    }
}
