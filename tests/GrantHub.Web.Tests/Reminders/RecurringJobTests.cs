using GrantHub.Core.Data;
using GrantHub.Web.Jobs;
using GrantHub.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// The reminder job is one of Hangfire's recurring jobs (so it shows on the dashboard), daily at 09:00 China time unless
/// configured otherwise, and runs when triggered as the dashboard's "Trigger now" does.
/// </summary>
public sealed class RecurringJobTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public void The_reminder_job_recurs_daily_at_nine_china_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ReminderJob.RecurringId);

        Assert.Equal("0 9 * * *", job.Cron);
        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal(typeof(ReminderJob), job.Job.Type);
        Assert.Equal(nameof(ReminderJob.RunAsync), job.Job.Method.Name);
        // The next run is 09:00 China time (01:00 UTC).
        Assert.Equal(1, job.NextExecution!.Value.Hour);
    }

    [Fact]
    public async Task Triggering_it_as_the_dashboard_does_runs_it()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(3));

        using (new BackgroundJobServer(new BackgroundJobServerOptions
               {
                   Activator = app.Services.GetRequiredService<JobActivator>(),
                   WorkerCount = 1,
                   SchedulePollingInterval = TimeSpan.FromSeconds(1),
               }, app.Services.GetRequiredService<JobStorage>()))
        {
            app.Services.GetRequiredService<IRecurringJobManager>().Trigger(ReminderJob.RecurringId);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !await Reminded(project.ReportId)) await Task.Delay(250);
        }

        Assert.True(await Reminded(project.ReportId), "the triggered job wrote no reminder within a minute");
    }

    private Task<bool> Reminded(Guid reportId) =>
        app.WithDbAsync(db => db.SentReminders.AnyAsync(r => r.Key.StartsWith("report:" + reportId)));
}

/// <summary>The schedule from configuration: <c>Reminders:Cron</c> and <c>Reminders:TimeZone</c>.</summary>
public sealed class ConfiguredScheduleFactory : GrantHubFactory
{
    public ConfiguredScheduleFactory()
    {
        Settings["Reminders:Cron"] = "30 8 * * 1-5";
        Settings["Reminders:TimeZone"] = "Asia/Urumqi";
    }
}

public sealed class ConfiguredReminderScheduleTests(ConfiguredScheduleFactory app) : IClassFixture<ConfiguredScheduleFactory>
{
    [Fact]
    public void The_cron_and_time_zone_come_from_configuration()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ReminderJob.RecurringId);

        Assert.Equal("30 8 * * 1-5", job.Cron);
        Assert.Equal("Asia/Urumqi", job.TimeZoneId);
    }
}
