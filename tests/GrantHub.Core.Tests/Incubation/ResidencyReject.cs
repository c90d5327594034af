using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyReject
{
    private static readonly DateTime Now = ResidencyBuilder.AppliedAt.AddDays(2);

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    public void A_rejection_keeps_the_reason_for_the_organization(ResidencyStatus from)
    {
        var r = new ResidencyBuilder().In(from).Build();

        r.Reject("  近两年年检不合格  ", "staff-1", Now);

        Assert.Equal(ResidencyStatus.Rejected, r.Status);
        Assert.Equal("近两年年检不合格", r.RejectionReason);
        Assert.Equal("staff-1", r.DecidedByUserId);
        Assert.Equal(Now, r.DecidedAt);
    }

    [Fact]
    public void A_rejection_without_a_reason_is_refused()
    {
        var r = new ResidencyBuilder().UnderReview().Build();

        Refusal.Expect("Give the organization the reason for the rejection.", () => r.Reject(" ", "staff-1", Now));
        Assert.Equal(ResidencyStatus.UnderReview, r.Status);
    }

    [Theory]
    [InlineData(ResidencyStatus.Admitted)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Only_an_undecided_application_can_be_rejected(ResidencyStatus status)
    {
        var r = new ResidencyBuilder().In(status).Build();

        Refusal.Expect(Refusal.WrongState, () => r.Reject("理由", "staff-1", Now));
        Assert.Equal(status, r.Status);
    }
}
