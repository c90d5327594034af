using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>One application per organization per edition, unless the edition allows several; withdrawn ones do not count.</summary>
public sealed class ApplicationStart
{
    private static readonly Guid Organization = Guid.NewGuid();

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Eligible)]
    [InlineData(ApplicationStatus.Ineligible)]
    public void A_second_application_to_the_same_edition_is_refused(ApplicationStatus existing) =>
        ApplicationRefusal.Expect("Your organization already has an application for this edition: one per organization.",
            () => Application.Start(ApplicationBuilder.Edition(), Organization, ApplicationBuilder.Member, [existing], ApplicationBuilder.During));

    [Fact]
    public void A_withdrawn_application_does_not_count()
    {
        var application = Application.Start(ApplicationBuilder.Edition(), Organization, ApplicationBuilder.Member,
            [ApplicationStatus.Withdrawn, ApplicationStatus.Withdrawn], ApplicationBuilder.During);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void An_edition_that_allows_several_takes_another()
    {
        var application = Application.Start(ApplicationBuilder.Edition(severalAllowed: true), Organization, ApplicationBuilder.Member,
            [ApplicationStatus.Submitted], ApplicationBuilder.During);

        Assert.Equal(Organization, application.OrganizationId);
    }

    [Fact]
    public void An_edition_not_open_yet_takes_no_application() =>
        ApplicationRefusal.Expect("This edition is not taking applications now.",
            () => Application.Start(ApplicationBuilder.Edition(), Organization, ApplicationBuilder.Member, [], ApplicationBuilder.Drafted));
}
