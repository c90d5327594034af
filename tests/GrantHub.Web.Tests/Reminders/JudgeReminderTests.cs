using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Notifications;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// Judges are reminded of their unfinished score sheets 3 days and 1 day before the review closes (sheets submitted or
/// kept off by a conflict do not count); each once.
/// </summary>
public sealed class JudgeReminderTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_judge_with_unfinished_sheets_is_reminded_three_days_and_one_day_before_the_review_closes()
    {
        var reviewEndsOn = app.Today.AddDays(4);
        var applicants = new List<(Guid, string)>();
        for (var i = 0; i < 3; i++)
        {
            var (member, organizationId, _) = await app.OrganizationAsync();
            applicants.Add((organizationId, member.Id));
        }
        var (editionId, applications) = await app.EditionInReviewAsync(reviewEndsOn, applicants);
        var busy = await app.CreateUserAsync("judge", Roles.Judge);
        var done = await app.CreateUserAsync("judge", Roles.Judge);
        await app.AssignAsync(editionId, applications[0], busy.Id);
        await app.AssignAsync(editionId, applications[1], busy.Id);
        await app.AssignAsync(editionId, applications[2], busy.Id, conflict: true);
        await app.AssignAsync(editionId, applications[0], done.Id, submitted: true);
        await app.AssignAsync(editionId, applications[2], done.Id, conflict: true);
        string Key(string step, TestUser judge) => ReminderPlan.Key(ReminderKinds.Review, editionId, step, judge.Id);

        await app.RunRemindersAsync();                          // 4 days before: nothing yet
        Assert.Empty(await app.SentKeysAsync());

        app.SetToday(reviewEndsOn.AddDays(-3));
        await app.RunRemindersAsync();
        app.SetToday(reviewEndsOn.AddDays(-2));
        await app.RunRemindersAsync();
        Assert.Equal([Key(ReminderSteps.ReviewIn3, busy)], await app.SentKeysAsync());
        var notification = Assert.Single(await app.NotificationsAsync());
        Assert.Equal(["2", Day(reviewEndsOn)], [notification.Args[0], notification.Args[2]]);   // two unfinished sheets
        Assert.Equal("/judging", notification.Link);

        app.SetToday(reviewEndsOn);                             // the day before was missed: caught up on the last day
        await app.RunRemindersAsync();
        app.SetToday(reviewEndsOn.AddDays(1));
        await app.RunRemindersAsync();
        Assert.Equal([Key(ReminderSteps.ReviewIn3, busy), Key(ReminderSteps.ReviewIn1, busy)], await app.SentKeysAsync());
        Assert.Equal(2, (await app.ReminderMailAsync()).Count(m => m.To == busy.Email));
        Assert.DoesNotContain(await app.ReminderMailAsync(), m => m.To == done.Email);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
