using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

public sealed class ApplicationWithdraw
{
    private readonly CompetitionEdition _edition = ApplicationBuilder.Edition();

    [Fact]
    public void A_submitted_application_can_be_withdrawn_before_the_deadline()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);

        application.Withdraw(_edition, _edition.Deadline.AddSeconds(-1));

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(_edition.Deadline.AddSeconds(-1), application.WithdrawnAt);
    }

    [Fact]
    public void A_draft_can_be_withdrawn_too()
    {
        var application = new ApplicationBuilder().Empty().Build(_edition);

        application.Withdraw(_edition, ApplicationBuilder.During);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    [Fact]
    public void Withdrawing_after_the_deadline_is_refused()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);

        ApplicationRefusal.Expect("The deadline has passed: the application can no longer be withdrawn.",
            () => application.Withdraw(_edition, _edition.Deadline));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void A_screened_application_can_no_longer_be_withdrawn()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);
        application.Screen(true, null, ApplicationBuilder.Officer, ApplicationBuilder.During);

        ApplicationRefusal.Expect("This application can no longer be withdrawn.", () => application.Withdraw(_edition, ApplicationBuilder.During));
    }

    [Fact]
    public void A_withdrawn_application_can_no_longer_be_edited_or_submitted()
    {
        var application = new ApplicationBuilder().Build(_edition);
        application.Withdraw(_edition, ApplicationBuilder.During);

        ApplicationRefusal.Expect(ApplicationRefusal.ReadOnly, () => application.Submit(_edition, ApplicationBuilder.During));
        ApplicationRefusal.Expect(ApplicationRefusal.ReadOnly, () => application.DescribeProject("x", null, "y", ApplicationBuilder.During));
    }
}
