using GrantHub.Core.Incubation;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Incubation;

public sealed class ServiceRecordRecord
{
    private static readonly DateOnly On = ResidencyBuilder.StartsOn.AddDays(10);
    private static readonly DateTime Now = ResidencyBuilder.AppliedAt.AddDays(20);

    private static ServiceRecord Record(Residency r, ServiceType type = ServiceType.Training, int minutes = 90, string topic = "项目书写作培训",
        int attendees = 12, Money? amount = null, DateOnly? on = null) =>
        ServiceRecord.Record(r, type, on ?? On, minutes, topic, attendees, amount ?? Money.Zero, "staff-1", Now);

    [Fact]
    public void A_service_to_a_resident_is_recorded_as_given()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        var s = Record(r, topic: "  项目书写作培训 ");

        Assert.Equal(r.Id, s.ResidencyId);
        Assert.Equal(ServiceType.Training, s.Type);
        Assert.Equal(On, s.On);
        Assert.Equal(90, s.Minutes);
        Assert.Equal("项目书写作培训", s.Topic);
        Assert.Equal(12, s.Attendees);
        Assert.Equal(Money.Zero, s.Amount);
    }

    [Fact]
    public void An_activity_subsidy_carries_its_amount()
    {
        var r = new ResidencyBuilder().Admitted().Build();

        var s = Record(r, ServiceType.ActivitySubsidy, amount: Money.FromYuan(1500.50m));

        Assert.Equal(150050, s.Amount.Fen);
    }

    [Fact]
    public void An_activity_subsidy_without_an_amount_is_refused() =>
        Refusal.Expect("Enter the amount of the activity subsidy.",
            () => Record(new ResidencyBuilder().Admitted().Build(), ServiceType.ActivitySubsidy));

    [Theory]
    [InlineData(ServiceType.Training)]
    [InlineData(ServiceType.Mentoring)]
    [InlineData(ServiceType.Space)]
    public void Only_an_activity_subsidy_has_an_amount(ServiceType type) =>
        Refusal.Expect("Only an activity subsidy has an amount.",
            () => Record(new ResidencyBuilder().Admitted().Build(), type, amount: Money.FromYuan(100)));

    [Fact]
    public void A_negative_amount_is_refused() =>
        Refusal.Expect("The amount cannot be negative.",
            () => Record(new ResidencyBuilder().Admitted().Build(), ServiceType.ActivitySubsidy, amount: new Money(-1)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_service_without_a_topic_is_refused(string topic) =>
        Refusal.Expect("Say what the service was about.", () => Record(new ResidencyBuilder().Admitted().Build(), topic: topic));

    [Theory]
    [InlineData(-30)]
    [InlineData(24 * 60 + 30)]
    public void A_duration_outside_0_to_24_hours_is_refused(int minutes) =>
        Refusal.Expect("A service lasts between 0 and 24 hours.", () => Record(new ResidencyBuilder().Admitted().Build(), minutes: minutes));

    [Fact]
    public void Negative_attendees_are_refused() =>
        Refusal.Expect("The number of attendees cannot be negative.", () => Record(new ResidencyBuilder().Admitted().Build(), attendees: -1));

    [Fact]
    public void A_service_dated_before_the_start_is_refused() =>
        Refusal.Expect("That date is before the residency started on {0}.",
            () => Record(new ResidencyBuilder().Admitted().Build(), on: ResidencyBuilder.StartsOn.AddDays(-1)));

    [Theory]
    [InlineData(ResidencyStatus.Applied)]
    [InlineData(ResidencyStatus.UnderReview)]
    [InlineData(ResidencyStatus.Rejected)]
    [InlineData(ResidencyStatus.Graduated)]
    [InlineData(ResidencyStatus.Exited)]
    public void Services_are_recorded_for_residents_only(ResidencyStatus status) =>
        Refusal.Expect(Refusal.WrongState, () => Record(new ResidencyBuilder().In(status).Build()));
}
