using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>The officer upholds or dismisses an objection with a note; once resolved it stays resolved.</summary>
public sealed class ObjectionResolve
{
    [Fact]
    public void Resolving_without_a_note_is_refused_and_leaves_it_open()
    {
        var f = new PublicityFixtures();
        var objection = f.Lodge(f.Publish());

        Refused("Write a note that explains the resolution.", () => objection.Resolve(true, "  ", Officer, f.Now));
        Assert.Equal(ObjectionStatus.Open, objection.Status);
    }

    [Fact]
    public void A_resolved_objection_cannot_be_resolved_again()
    {
        var f = new PublicityFixtures();
        var objection = f.Lodge(f.Publish());
        objection.Resolve(false, "经核实，材料真实。", Officer, f.Now);

        Assert.Equal(ObjectionStatus.Dismissed, objection.Status);
        Assert.Equal("经核实，材料真实。", objection.ResolutionNote);
        Refused("This objection is already resolved.", () => objection.Resolve(true, "改判", Officer, f.Now));
    }
}
