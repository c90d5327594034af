using GrantHub.Core.Notifications;
using Hangfire;

namespace GrantHub.Web.Jobs;

public static class ReminderSetup
{
    public static void AddGrantHubReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddScoped<DueReminders>();
        services.AddScoped<ReminderMessages>();
    }

    /// <summary>The daily reminder job, at <c>Reminders:Cron</c> in <c>Reminders:TimeZone</c> (09:00 China time by default).</summary>
    public static void ScheduleReminders(this IRecurringJobManager recurring, IConfiguration configuration)
    {
        var options = configuration.GetSection("Reminders").Get<ReminderOptions>() ?? new ReminderOptions();
        recurring.AddOrUpdate<ReminderJob>(ReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone) });
    }
}
