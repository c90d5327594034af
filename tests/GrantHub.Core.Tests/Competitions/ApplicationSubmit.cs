using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

public sealed class ApplicationSubmit
{
    [Fact]
    public void An_incomplete_application_is_refused_and_lists_what_is_missing()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Empty().Build(edition);

        ApplicationRefusal.Expect("The application is not complete yet: fill in every step first.",
            () => application.Submit(edition, ApplicationBuilder.During));
        Assert.Equal(["Project name", "Category", "Summary", "Need analysis", "Goals", "Activities and schedule", "Beneficiaries", "Team", "Budget"],
            application.MissingForSubmission());
    }

    [Fact]
    public void A_complete_application_lacks_nothing()
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());

        Assert.Empty(application.MissingForSubmission());
    }

    [Fact]
    public void A_budget_over_the_cap_cannot_be_submitted()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder()
            .WithBudget(("设备", Money.FromYuan(30_000.01m), 1, FundsSource.Fiscal), ("场地", Money.FromYuan(5_000m), 1, FundsSource.Matching))
            .Build(edition);

        ApplicationRefusal.Expect("The fiscal funds requested ({0}) exceed the cap per project ({1}).",
            () => application.Submit(edition, ApplicationBuilder.During));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submitting_keeps_the_requested_amounts_for_the_lists()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Submitted().Build(edition);

        Assert.Equal(Money.FromYuan(10_000m), application.FiscalRequested);
        Assert.Equal(Money.FromYuan(1_000m), application.MatchingFunds);
        Assert.Equal(ApplicationBuilder.During, application.SubmittedAt);
    }

    [Fact]
    public void An_application_is_submitted_only_once()
    {
        var edition = ApplicationBuilder.Edition();
        var application = new ApplicationBuilder().Submitted().Build(edition);

        ApplicationRefusal.Expect(ApplicationRefusal.ReadOnly, () => application.Submit(edition, ApplicationBuilder.During));
    }
}
