using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>"Reuse my previous application": texts and budget copied into the new draft.</summary>
public sealed class ApplicationCopyFrom
{
    [Fact]
    public void The_texts_and_the_budget_are_copied_with_the_matching_category()
    {
        var builder = new ApplicationBuilder();
        var earlier = builder.Submitted().Build(ApplicationBuilder.Edition());
        var next = Application.Start(ApplicationBuilder.Edition(), builder.OrganizationId, ApplicationBuilder.Member, ApplicationBuilder.During);

        next.CopyFrom(earlier, 7, ApplicationBuilder.During);

        Assert.Equal((earlier.ProjectName, earlier.Summary, earlier.NeedAnalysis, earlier.Goals, earlier.Activities, earlier.Beneficiaries,
                earlier.BeneficiaryCount, earlier.Team, earlier.Risks),
            (next.ProjectName, next.Summary, next.NeedAnalysis, next.Goals, next.Activities, next.Beneficiaries, next.BeneficiaryCount,
                next.Team, next.Risks));
        Assert.Equal(7, next.CategoryId);
        Assert.Equal(earlier.Budget.Select(b => (b.Order, b.Subject, b.UnitPrice, b.Quantity, b.Source)),
            next.Budget.Select(b => (b.Order, b.Subject, b.UnitPrice, b.Quantity, b.Source)));
        Assert.Equal(earlier.FiscalRequested, next.FiscalRequested);
        Assert.Equal(ApplicationStatus.Draft, next.Status);
    }

    [Fact]
    public void Another_organizations_application_cannot_be_reused()
    {
        var earlier = new ApplicationBuilder().Build(ApplicationBuilder.Edition());
        var next = new ApplicationBuilder().Empty().Build(ApplicationBuilder.Edition());

        ApplicationRefusal.Expect("Only your own organization's applications can be reused.", () => next.CopyFrom(earlier, ApplicationBuilder.During));
        Assert.Equal("", next.ProjectName);
    }
}
