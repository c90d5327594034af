using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyStartReview
{
    [Fact]
    public void Starting_the_review_of_an_application_puts_it_under_review_and_changes_its_version()
    {
        var r = new ResidencyBuilder().Build();
        var version = r.Version;
        var at = ResidencyBuilder.AppliedAt.AddHours(5);

        r.StartReview(at);

        Assert.Equal(ResidencyStatus.UnderReview, r.Status);
        Assert.Equal(at, r.ReviewStartedAt);
        Assert.NotEqual(version, r.Version);
    }

    [Theory]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Admitted)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Only_a_new_application_can_go_under_review(ResidencyStatus status)
    {
        var r = new ResidencyBuilder().In(status).Build();

        var ex = Refusal.Expect(Refusal.WrongState, () => r.StartReview(ResidencyBuilder.AppliedAt.AddDays(9)));
        Assert.Equal(status, ex.Args[0]);
        Assert.Equal(status, r.Status);
    }
}
