using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ResidencyGraduate
{
    private static readonly DateOnly On = ResidencyBuilder.StartsOn.AddMonths(12);
    private const int PassMark = 60;

    [Fact]
    public void A_resident_with_a_passing_graduation_assessment_graduates_with_a_certificate_and_releases_the_desk()
    {
        var r = new ResidencyBuilder().AdmittedAtDesk(3).Build();
        var assessment = AssessmentBuilder.For(r).Graduation().Scoring(18, 16, 14, 12).Build();

        r.Graduate(assessment, PassMark, On, "FH-2027-01-0001");

        Assert.Equal(ResidencyStatus.Graduated, r.Status);
        Assert.Equal(On, r.GraduatedOn);
        Assert.Equal("FH-2027-01-0001", r.CertificateNumber);
        Assert.Null(r.DeskNumber);
    }

    [Fact]
    public void Without_a_graduation_assessment_graduation_is_refused()
    {
        var r = new ResidencyBuilder().AdmittedAtDesk(3).Build();

        Refusal.Expect("Graduation needs a passing graduation assessment: record one first.",
            () => r.Graduate(null, PassMark, On, "FH-2027-01-0001"));
        Assert.Equal(ResidencyStatus.Admitted, r.Status);
        Assert.Equal(3, r.DeskNumber);
        Assert.Null(r.CertificateNumber);
    }

    [Fact]
    public void A_graduation_assessment_below_the_pass_mark_is_refused_with_its_score()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var assessment = AssessmentBuilder.For(r).Graduation().Scoring(15, 15, 14, 15).Build();

        var ex = Refusal.Expect("The graduation assessment scored {0}, below the pass mark of {1}.",
            () => r.Graduate(assessment, PassMark, On, "FH-2027-01-0001"));
        Assert.Equal([59, PassMark], ex.Args);
        Assert.Equal(ResidencyStatus.Admitted, r.Status);
    }

    [Fact]
    public void A_score_exactly_at_the_pass_mark_passes()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        r.Graduate(AssessmentBuilder.For(r).Graduation().Scoring(15, 15, 15, 15).Build(), PassMark, On, "FH-2027-01-0002");

        Assert.Equal(ResidencyStatus.Graduated, r.Status);
    }

    [Fact]
    public void A_capacity_assessment_does_not_graduate_anyone_however_high()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var capacity = AssessmentBuilder.For(r).Scoring(25, 25, 25, 25).Build();

        Refusal.Expect("Graduation needs a graduation assessment of this residency.", () => r.Graduate(capacity, PassMark, On, "FH-2027-01-0001"));
        Assert.Equal(ResidencyStatus.Admitted, r.Status);
    }

    [Fact]
    public void Another_residency_s_graduation_assessment_is_refused()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var other = new ResidencyBuilder().Admitted().Build();

        Refusal.Expect("Graduation needs a graduation assessment of this residency.",
            () => r.Graduate(AssessmentBuilder.For(other).Graduation().Scoring(25, 25, 25, 25).Build(), PassMark, On, "FH-2027-01-0001"));
    }

    [Fact]
    public void A_graduation_dated_before_the_start_is_refused()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var assessment = AssessmentBuilder.For(r).Graduation().Scoring(20, 20, 20, 20).Build();

        Refusal.Expect("That date is before the residency started on {0}.",
            () => r.Graduate(assessment, PassMark, ResidencyBuilder.StartsOn.AddDays(-1), "FH-2027-01-0001"));
    }

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Only_a_resident_graduates(ResidencyStatus status)
    {
        var admitted = new ResidencyBuilder().Admitted().Build();
        var assessment = AssessmentBuilder.For(admitted).Graduation().Scoring(20, 20, 20, 20).Build();
        var r = new ResidencyBuilder().In(status).Build();

        Refusal.Expect(Refusal.WrongState, () => r.Graduate(assessment, PassMark, On, "FH-2027-01-0009"));
        Assert.Equal(status, r.Status);
    }

    [Fact]
    public void The_latest_graduation_assessment_is_the_one_that_counts()
    {
        var r = new ResidencyBuilder().Admitted().Build();
        var passedEarlier = AssessmentBuilder.For(r).Graduation().Scoring(20, 20, 20, 20).On(On.AddDays(-30)).Build();
        var failedLater = AssessmentBuilder.For(r).Graduation().Scoring(10, 10, 10, 10).On(On.AddDays(-5)).Build();
        var capacityLatest = AssessmentBuilder.For(r).Scoring(25, 25, 25, 25).On(On).Build();

        var latest = Assessment.Latest([passedEarlier, capacityLatest, failedLater], AssessmentKind.Graduation);

        Assert.Same(failedLater, latest);
        Refusal.Expect("The graduation assessment scored {0}, below the pass mark of {1}.", () => r.Graduate(latest, PassMark, On, "FH-2027-01-0001"));
    }
}
