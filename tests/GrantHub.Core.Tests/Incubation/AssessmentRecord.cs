using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class AssessmentRecord
{
    [Fact]
    public void The_total_is_the_sum_of_the_four_dimensions()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        var a = AssessmentBuilder.For(r).Graduation().Scoring(25, 20, 10, 0).Build();

        Assert.Equal(55, a.Total);
        Assert.Equal(AssessmentKind.Graduation, a.Kind);
        Assert.Equal(r.Id, a.ResidencyId);
        Assert.True(a.Passes(55));
        Assert.False(a.Passes(56));
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, 26, 0, 0)]
    [InlineData(0, 0, 30, 0)]
    [InlineData(0, 0, 0, -5)]
    public void A_dimension_outside_0_to_25_is_refused(int governance, int team, int finance, int projectOperation)
    {
        var r = new ResidencyBuilder().Admitted().Build();

        var ex = Refusal.Expect("Each dimension is scored from 0 to {0}.",
            () => AssessmentBuilder.For(r).Scoring(governance, team, finance, projectOperation).Build());
        Assert.Equal([Assessment.MaxPerDimension], ex.Args);
    }

    [Fact]
    public void The_bounds_0_and_25_are_accepted()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        Assert.Equal(50, AssessmentBuilder.For(r).Scoring(0, 25, 0, 25).Build().Total);
    }

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Only_a_resident_is_assessed(ResidencyStatus status)
    {
        var r = new ResidencyBuilder().In(status).Build();

        Refusal.Expect(Refusal.WrongState, () => AssessmentBuilder.For(r).Build());
    }

    [Fact]
    public void An_assessment_dated_before_the_start_is_refused()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        Refusal.Expect("That date is before the residency started on {0}.",
            () => AssessmentBuilder.For(r).On(ResidencyBuilder.StartsOn.AddDays(-1)).Build());
    }

    [Fact]
    public void Of_two_assessments_on_the_same_day_the_one_recorded_last_is_the_latest()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var day = ResidencyBuilder.StartsOn.AddMonths(11);
        var first = AssessmentBuilder.For(r).Graduation().On(day, ChinaTime.StartOfDayUtc(day).AddHours(1)).Build();
        var second = AssessmentBuilder.For(r).Graduation().On(day, ChinaTime.StartOfDayUtc(day).AddHours(2)).Build();

        Assert.Same(second, Assessment.Latest([second, first], AssessmentKind.Graduation));
        Assert.Null(Assessment.Latest([first, second], AssessmentKind.Capacity));
    }
}
