using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyAdmit
{
    private static readonly DateTime Now = ResidencyBuilder.AppliedAt.AddDays(3);

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    public void An_application_is_admitted_with_its_agreement_and_desk(ResidencyStatus from)
    {
        var r = new ResidencyBuilder().In(from).Build();

        r.Admit(ResidencyBuilder.StartsOn, 12, Placement.Desk, 4, "staff-1", Now);

        Assert.Equal(ResidencyStatus.Admitted, r.Status);
        Assert.Equal(ResidencyBuilder.StartsOn, r.StartsOn);
        Assert.Equal(12, r.TermMonths);
        Assert.Equal(ResidencyBuilder.StartsOn.AddMonths(12), r.EndsOn);
        Assert.Equal(Placement.Desk, r.Placement);
        Assert.Equal(4, r.DeskNumber);
        Assert.Equal("staff-1", r.DecidedByUserId);
        Assert.Equal(Now, r.DecidedAt);
    }

    [Fact]
    public void A_virtual_resident_holds_no_desk_even_when_one_is_offered()
    {
        var r = new ResidencyBuilder().UnderReview().Build();

        r.Admit(ResidencyBuilder.StartsOn, 24, Placement.Virtual, 2, "staff-1", Now);

        Assert.Equal(Placement.Virtual, r.Placement);
        Assert.Null(r.DeskNumber);
    }

    [Fact]
    public void A_desk_placement_without_a_free_desk_is_refused()
    {
        var r = new ResidencyBuilder().UnderReview().Build();

        Refusal.Expect("All desks of this center are taken: admit as a virtual resident or free a desk first.",
            () => r.Admit(ResidencyBuilder.StartsOn, 12, Placement.Desk, DeskAllocation.FirstFree(1, [1]), "staff-1", Now));
        Assert.Equal(ResidencyStatus.UnderReview, r.Status);
        Assert.Null(r.StartsOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(120)]
    public void A_term_out_of_range_is_refused(int months)
    {
        var r = new ResidencyBuilder().UnderReview().Build();

        var ex = Refusal.Expect("The term must be between {0} and {1} months.",
            () => r.Admit(ResidencyBuilder.StartsOn, months, Placement.Virtual, null, "staff-1", Now));
        Assert.Equal([Residency.MinTermMonths, Residency.MaxTermMonths], ex.Args);
        Assert.Equal(ResidencyStatus.UnderReview, r.Status);
    }

    [Theory]
    [InlineData(Residency.MinTermMonths)]
    [InlineData(Residency.MaxTermMonths)]
    public void The_shortest_and_longest_terms_are_accepted(int months)
    {
        var r = new ResidencyBuilder().UnderReview().Build();

        r.Admit(ResidencyBuilder.StartsOn, months, Placement.Virtual, null, "staff-1", Now);

        Assert.Equal(months, r.TermMonths);
    }

    [Theory]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Admitted)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void A_decided_residency_cannot_be_admitted(ResidencyStatus status)
    {
        var r = new ResidencyBuilder().In(status).Build();
        var version = r.Version;

        Refusal.Expect(Refusal.WrongState, () => r.Admit(ResidencyBuilder.StartsOn, 12, Placement.Virtual, null, "staff-1", Now));
        Assert.Equal(status, r.Status);
        Assert.Equal(version, r.Version);
    }
}
