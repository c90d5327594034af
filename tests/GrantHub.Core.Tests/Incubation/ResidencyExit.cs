using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyExit
{
    private static readonly DateOnly On = ResidencyBuilder.StartsOn.AddMonths(4);

    [Fact]
    public void A_resident_exits_early_with_a_reason_and_releases_the_desk()
    {
        var r = new ResidencyBuilder().AdmittedAtDesk(2).Build();

        r.Exit(" 组织解散 ", On);

        Assert.Equal(ResidencyStatus.Exited, r.Status);
        Assert.Equal("组织解散", r.ExitReason);
        Assert.Equal(On, r.ExitedOn);
        Assert.Null(r.DeskNumber);
    }

    [Fact]
    public void An_exit_without_a_reason_is_refused()
    {
        var r = new ResidencyBuilder().AdmittedAtDesk(2).Build();

        Refusal.Expect("Give the reason for the early exit.", () => r.Exit("", On));
        Assert.Equal(ResidencyStatus.Admitted, r.Status);
        Assert.Equal(2, r.DeskNumber);
    }

    [Fact]
    public void An_exit_dated_before_the_start_is_refused()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        Refusal.Expect("That date is before the residency started on {0}.", () => r.Exit("组织解散", ResidencyBuilder.StartsOn.AddDays(-3)));
    }

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Only_an_admitted_resident_can_exit(ResidencyStatus status)
    {
        var r = new ResidencyBuilder().In(status).Build();

        Refusal.Expect(Refusal.WrongState, () => r.Exit("组织解散", On));
        Assert.Equal(status, r.Status);
    }
}
