using GrantHub.Core.Exports;
using GrantHub.Web.Features.Ledgers;
using GrantHub.Web.Jobs;
using GrantHub.Web.Storage;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// Exports are kept for a week: the daily clean-up removes older ones with their files, and fails those whose run was
/// lost (still queued or running an hour after they were asked for).
/// </summary>
public sealed class ExportPurgeTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    [Fact]
    public async Task Old_exports_go_with_their_files_and_lost_runs_are_marked_interrupted()
    {
        var owner = await app.CreateUserAsync("officer", Core.Identity.Roles.ProgramOfficer);
        var files = app.Services.GetRequiredService<IFileStore>();
        var oldFile = StoredNames.New("xlsx");
        var recentFile = StoredNames.New("xlsx");
        await files.SaveAsync(oldFile, new MemoryStream([1, 2, 3]));
        await files.SaveAsync(recentFile, new MemoryStream([4, 5, 6]));
        ExportJob Ready(DateTime at, string file)
        {
            var e = ExportJob.Request(owner.Id, LedgerKind.Funding, null, null, null, false, "zh-CN", "资金拨付台账.xlsx", at);
            e.Start(1, at);
            e.Complete(file, 3, 1, at);
            return e;
        }
        var old = Ready(app.Now.AddDays(-8), oldFile);
        var recent = Ready(app.Now.AddDays(-2), recentFile);
        var lost = ExportJob.Request(owner.Id, LedgerKind.Funding, null, null, null, false, "zh-CN", "资金拨付台账.xlsx", app.Now.AddHours(-2));
        lost.Start(10, app.Now.AddHours(-2));
        var waiting = ExportJob.Request(owner.Id, LedgerKind.Funding, null, null, null, false, "zh-CN", "资金拨付台账.xlsx", app.Now.AddMinutes(-10));
        await app.WithDbAsync(db =>
        {
            db.ExportJobs.AddRange(old, recent, lost, waiting);
            return db.SaveChangesAsync();
        });

        int removed;
        await using (var scope = app.Services.CreateAsyncScope())
            removed = await ActivatorUtilities.GetServiceOrCreateInstance<ExportLedgerJob>(scope.ServiceProvider).PurgeAsync(CancellationToken.None);

        var left = await app.WithDbAsync(db => db.ExportJobs.AsNoTracking().ToDictionaryAsync(e => e.Id));
        Assert.Equal(1, removed);
        Assert.False(left.ContainsKey(old.Id));
        Assert.Null(await files.OpenReadAsync(oldFile));
        Assert.NotNull(await files.OpenReadAsync(recentFile));
        Assert.Equal(ExportStatus.Ready, left[recent.Id].Status);
        Assert.Equal(ExportStatus.Failed, left[lost.Id].Status);
        Assert.Equal(LedgerNames.InterruptedMessage, left[lost.Id].ErrorKey);
        Assert.Equal(ExportStatus.Queued, left[waiting.Id].Status);
    }

    [Fact]
    public void The_clean_up_recurs_daily_at_half_past_three_china_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ExportLedgerJob.PurgeRecurringId);

        Assert.Equal("30 3 * * *", job.Cron);
        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal(typeof(ExportLedgerJob), job.Job.Type);
        Assert.Equal(nameof(ExportLedgerJob.PurgeAsync), job.Job.Method.Name);
    }
}
