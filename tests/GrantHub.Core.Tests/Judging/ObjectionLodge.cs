using GrantHub.Core.Judging;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Objections are accepted through the last day of the period in China time, and not a second after.</summary>
public sealed class ObjectionLodge
{
    [Fact]
    public void An_objection_at_the_last_second_of_the_last_day_in_China_is_accepted()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish(); // 1 July → ends on 8 July
        f.SetChinaTime(7, 8, 23, 59, 59);

        var objection = f.Lodge(publicity);

        Assert.Equal(ObjectionStatus.Open, objection.Status);
        Assert.Equal(f.A.Id, objection.ApplicationId);
        Assert.Equal("13800000000", objection.Contact);
    }

    [Fact]
    public void An_objection_at_midnight_China_time_after_the_last_day_is_refused()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        f.SetChinaTime(7, 9, 0, 0, 0);

        Refused("The publicity period is over: objections are no longer accepted.", () => f.Lodge(publicity));
    }

    [Fact]
    public void An_objection_without_contact_is_refused()
    {
        var f = new PublicityFixtures();
        var publicity = f.Publish();
        Refused("Give your name, a phone number or e-mail address, and the objection.",
            () => Objection.Lodge(publicity, f.A.Id, "张三", " ", "理由", f.Now));
    }
}
