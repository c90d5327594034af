using GrantHub.Core.Notifications;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// The mail server is down when the reminders go out: their e-mails wait in the outbox with a retry time, the relay backs
/// off, and once the server is up and the wait is over every reminder e-mail arrives exactly once.
/// </summary>
public sealed class MailServerDownTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Every_reminder_email_arrives_exactly_once_after_the_server_comes_back()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var colleague = await app.AddMemberAsync(organizationId);
        await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today, payableTranche: true);

        // Due today to both members, and the payable tranche to the officer: three e-mails queued with the reminders.
        Assert.Equal(3, await app.RunRemindersAsync());
        Assert.Null(app.Smtp);
        var failedAt = app.Now;
        Assert.Equal(0, await app.RelayAsync());

        var waiting = await app.ReminderMailAsync();
        Assert.Equal(3, waiting.Count);
        Assert.All(waiting, m =>
        {
            Assert.Equal(OutboxStatus.Pending, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.Equal(failedAt.AddMinutes(1), m.NextAttemptAt);
            Assert.False(string.IsNullOrEmpty(m.LastError));
        });

        // Before the retry time nothing is tried; the job run again queues nothing more.
        Assert.Equal(0, await app.RelayAsync());
        Assert.Equal(0, await app.RunRemindersAsync());
        Assert.All(await app.ReminderMailAsync(), m => Assert.Equal(1, m.Attempts));

        var smtp = await app.StartSmtpAsync();
        Assert.Equal(0, await app.RelayAsync());      // up, but the backoff is not over
        Assert.Empty(smtp.Messages);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, await app.RelayAsync());
        Assert.Equal(0, await app.RelayAsync());
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await app.RunRemindersAsync());
        Assert.Equal(0, await app.RelayAsync());

        Assert.Equal(3, smtp.Messages.Count);
        Assert.Single(smtp.MessagesTo(member.Email));
        Assert.Single(smtp.MessagesTo(colleague.Email));
        Assert.Single(smtp.MessagesTo(officer.Email));
        Assert.Equal(3, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await app.ReminderMailAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }
}
