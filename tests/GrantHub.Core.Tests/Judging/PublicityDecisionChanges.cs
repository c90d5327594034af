using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Published results change only on an application whose objection was upheld; final results never change.</summary>
public sealed class PublicityDecisionChanges
{
    [Fact]
    public void Before_publication_any_decision_may_change()
    {
        var f = new PublicityFixtures();
        Publicity.EnsureDecisionMayChange(null, f.A.Id, []);
    }

    [Fact]
    public void During_publicity_only_an_application_with_an_upheld_objection_may_change()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        var dismissed = f.Lodge(publicity);
        dismissed.Resolve(false, "不成立", Officer, f.Now);

        Refused("The results are published: a decision changes only after an objection on it is upheld.",
            () => Publicity.EnsureDecisionMayChange(publicity, f.A.Id, [dismissed]));

        var upheld = f.Lodge(publicity);
        upheld.Resolve(true, "成立", Officer, f.Now);
        Publicity.EnsureDecisionMayChange(publicity, f.A.Id, [dismissed, upheld]);
        Refused("The results are published: a decision changes only after an objection on it is upheld.",
            () => Publicity.EnsureDecisionMayChange(publicity, f.B.Id, [dismissed, upheld]));
    }
}
