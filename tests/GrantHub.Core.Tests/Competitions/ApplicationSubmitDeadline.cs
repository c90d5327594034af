using GrantHub.Core.Competitions;
using Microsoft.Extensions.Time.Testing;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>The deadline is the end of the closing day in China time, read from the server's clock.</summary>
public sealed class ApplicationSubmitDeadline
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void A_submission_at_23_59_59_china_time_on_the_closing_day_is_accepted()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Build(edition);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 23, 59, 59, China));

        application.Submit(edition, clock.GetUtcNow().UtcDateTime);

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(new DateTime(2026, 5, 31, 15, 59, 59, DateTimeKind.Utc), application.SubmittedAt);
    }

    [Fact]
    public void A_submission_at_midnight_china_time_after_the_closing_day_is_refused()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Build(edition);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 23, 59, 59, China));
        clock.Advance(TimeSpan.FromSeconds(1));

        ApplicationRefusal.Expect("The deadline has passed: applications closed at the end of {0}.",
            () => application.Submit(edition, clock.GetUtcNow().UtcDateTime));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Null(application.SubmittedAt);
    }

    [Fact]
    public void The_deadline_is_midnight_china_time_which_is_16_00_utc_on_the_closing_day()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Build(edition);

        ApplicationRefusal.Expect("The deadline has passed: applications closed at the end of {0}.",
            () => application.Submit(edition, new DateTime(2026, 5, 31, 16, 0, 0, DateTimeKind.Utc)));
        application.Submit(edition, new DateTime(2026, 5, 31, 15, 59, 59, DateTimeKind.Utc));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }
}
