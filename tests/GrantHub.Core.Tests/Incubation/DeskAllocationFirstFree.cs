using GrantHub.Core.Incubation;

namespace GrantHub.Core.Tests.Incubation;

public sealed class DeskAllocationFirstFree
{
    [Fact]
    public void An_empty_center_gives_desk_1() => Assert.Equal(1, DeskAllocation.FirstFree(5, []));

    [Fact]
    public void The_lowest_free_desk_is_given_filling_gaps_first() => Assert.Equal(2, DeskAllocation.FirstFree(5, [1, 3, 4]));

    [Fact]
    public void The_next_desk_after_the_taken_ones() => Assert.Equal(4, DeskAllocation.FirstFree(5, [3, 1, 2]));

    [Fact]
    public void A_full_center_has_no_free_desk() => Assert.Null(DeskAllocation.FirstFree(3, [1, 2, 3]));

    [Fact]
    public void A_center_without_desks_has_no_free_desk() => Assert.Null(DeskAllocation.FirstFree(0, []));

    [Fact]
    public void Desks_beyond_the_center_s_count_are_never_given() => Assert.Null(DeskAllocation.FirstFree(2, [1, 2, 7]));
}
