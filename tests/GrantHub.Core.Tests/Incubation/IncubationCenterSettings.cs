using GrantHub.Core.Incubation;

namespace GrantHub.Core.Tests.Incubation;

public sealed class IncubationCenterSettings
{
    [Fact]
    public void Desks_can_be_added_and_free_ones_removed()
    {
        var center = new IncubationCenter { Desks = 5 };

        center.ChangeDesks(8, [1, 2]);
        Assert.Equal(8, center.Desks);
        center.ChangeDesks(3, [1, 3]);
        Assert.Equal(3, center.Desks);
    }

    [Fact]
    public void Desks_cannot_be_reduced_below_a_desk_in_use()
    {
        var center = new IncubationCenter { Desks = 6 };

        var ex = Assert.Throws<DomainException>(() => center.ChangeDesks(4, [1, 5]));

        Assert.Equal([2, 5], ex.Args);
        Assert.Equal(6, center.Desks);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(IncubationCenter.MaxDesks + 1)]
    public void A_desk_count_out_of_range_is_refused(int desks) =>
        Assert.Throws<DomainException>(() => new IncubationCenter().ChangeDesks(desks, []));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_pass_mark_outside_1_to_100_is_refused(int mark)
    {
        var center = new IncubationCenter();

        Assert.Throws<DomainException>(() => center.ChangePassMark(mark));
        Assert.Equal(IncubationCenter.DefaultPassMark, center.GraduationPassMark);
    }

    [Fact]
    public void Certificate_numbers_carry_the_year_the_center_and_a_four_digit_sequence()
    {
        Assert.Equal("FH-2026-03-0012", Certificates.Number(2026, 3, 12));
        Assert.StartsWith(Certificates.Prefix(2026, 3), Certificates.Number(2026, 3, 1), StringComparison.Ordinal);
        Assert.DoesNotContain(Certificates.Prefix(2026, 3), Certificates.Number(2026, 13, 1), StringComparison.Ordinal);
    }
}
