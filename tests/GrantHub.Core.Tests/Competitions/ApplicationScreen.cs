using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>资格审查: pass, or fail with a reason the organization reads.</summary>
public sealed class ApplicationScreen
{
    private readonly CompetitionEdition _edition = ApplicationBuilder.Edition();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Failing_an_application_needs_a_reason(string? reason)
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);

        ApplicationRefusal.Expect("Give the organization the reason it is not eligible.",
            () => application.Screen(false, reason, ApplicationBuilder.Officer, ApplicationBuilder.During));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Null(application.ScreeningPassed);
    }

    [Fact]
    public void A_failed_application_keeps_the_reason_for_the_organization()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);

        application.Screen(false, "  近两年年检不合格。 ", ApplicationBuilder.Officer, ApplicationBuilder.During);

        Assert.Equal(ApplicationStatus.Ineligible, application.Status);
        Assert.False(application.ScreeningPassed);
        Assert.Equal("近两年年检不合格。", application.ScreeningReason);
        Assert.Equal(ApplicationBuilder.Officer, application.ScreenedByUserId);
    }

    [Fact]
    public void A_passed_application_needs_no_reason()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);

        application.Screen(true, null, ApplicationBuilder.Officer, ApplicationBuilder.During);

        Assert.Equal(ApplicationStatus.Eligible, application.Status);
        Assert.True(application.ScreeningPassed);
        Assert.Null(application.ScreeningReason);
    }

    [Fact]
    public void The_officer_may_correct_a_decision()
    {
        var application = new ApplicationBuilder().Submitted().Build(_edition);
        application.Screen(false, "缺少登记证书", ApplicationBuilder.Officer, ApplicationBuilder.During);

        application.Screen(true, "已补交登记证书", ApplicationBuilder.Officer, ApplicationBuilder.During.AddDays(1));

        Assert.Equal(ApplicationStatus.Eligible, application.Status);
        Assert.Equal("已补交登记证书", application.ScreeningReason);
    }

    [Fact]
    public void A_draft_is_not_screened()
    {
        var application = new ApplicationBuilder().Build(_edition);

        ApplicationRefusal.Expect("Only submitted applications are screened.",
            () => application.Screen(true, null, ApplicationBuilder.Officer, ApplicationBuilder.During));
    }
}
