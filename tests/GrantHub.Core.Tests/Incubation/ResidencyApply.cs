using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyApply
{
    private static readonly Guid Organization = Guid.NewGuid();

    [Fact]
    public void An_application_starts_as_applied_with_the_needs_trimmed()
    {
        var r = Residency.Apply(Organization, 3, "  需要场地  ", ResidencyBuilder.AppliedAt);

        Assert.Equal(ResidencyStatus.Applied, r.Status);
        Assert.Equal("需要场地", r.Needs);
        Assert.Equal(3, r.CenterId);
        Assert.Equal(ResidencyBuilder.AppliedAt, r.AppliedAt);
        Assert.Null(r.DeskNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_application_without_needs_is_refused(string needs) =>
        Refusal.Expect("Tell the center what you need from it.", () => Residency.Apply(Organization, 1, needs, ResidencyBuilder.AppliedAt));

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Admitted)]
    public void An_organization_with_an_active_residency_cannot_apply_again(ResidencyStatus existing) =>
        Refusal.Expect("Your organization already has an active residency application or residency: one at a time.",
            () => Residency.Apply(Organization, 1, "场地", [ResidencyStatus.Rejected, existing], ResidencyBuilder.AppliedAt));

    [Theory]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void An_organization_whose_residencies_are_over_may_apply_again(ResidencyStatus existing)
    {
        var r = Residency.Apply(Organization, 1, "场地", [existing], ResidencyBuilder.AppliedAt);

        Assert.Equal(ResidencyStatus.Applied, r.Status);
    }
}
