using GrantHub.Core.Funding;
using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// A tranche paid on a date becomes payable on that day when the daily job runs, and the officers are told of it that
/// same run; running again changes nothing.
/// </summary>
public sealed class DatedTrancheReleaseTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task The_daily_job_releases_a_dated_tranche_on_its_day_and_tells_the_officer_once()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var payDay = app.Today.AddDays(3);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(60), "社区书屋", secondTrancheOn: payDay);
        Task<TrancheStatus> SecondAsync() => app.WithDbAsync(db =>
            db.Tranches.Where(t => t.GrantId == project.GrantId && t.Number == 2).Select(t => t.Status).SingleAsync());
        var secondId = await app.WithDbAsync(db => db.Tranches.Where(t => t.GrantId == project.GrantId && t.Number == 2).Select(t => t.Id).SingleAsync());
        var key = ReminderPlan.Key(ReminderKinds.Tranche, secondId, ReminderSteps.TranchePayable, officer.Id);

        app.SetToday(payDay.AddDays(-1));
        await app.RunRemindersAsync();
        Assert.Equal(TrancheStatus.Planned, await SecondAsync());
        Assert.DoesNotContain(key, await app.SentKeysAsync());

        app.SetToday(payDay);
        await app.RunRemindersAsync();
        await app.RunRemindersAsync();
        Assert.Equal(TrancheStatus.Eligible, await SecondAsync());
        Assert.Single(await app.SentKeysAsync(), k => k == key);
    }
}
