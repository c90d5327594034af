using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using Microsoft.Extensions.Time.Testing;
using static GrantHub.Core.Tests.Judging.DecisionFixtures;

namespace GrantHub.Core.Tests.Judging;

/// <summary>An edition (7 publicity days) with two eligible applications, both decided, and a clock in China time.</summary>
internal sealed class PublicityFixtures
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    public CompetitionEdition Edition { get; } = DecisionFixtures.Edition();
    public Application A { get; }
    public Application B { get; }
    public List<Decision> Decisions { get; } = [];
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 10, 0, 0, China));
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public PublicityFixtures()
    {
        A = Eligible(Edition);
        B = Eligible(Edition);
        Decisions.Add(Funded(Edition, A, 20_000m));
        Decisions.Add(Decision.Make(Edition, B, DecisionOutcome.NotSelected, null, null, DecidedSoFar.Of(Decisions, B.Id), Officer, Now));
    }

    public Publicity Publish() => Publicity.Publish(Edition, [A.Id, B.Id], Decisions, Officer, Now);

    public Objection Lodge(Publicity publicity) => Objection.Lodge(publicity, A.Id, "张三", "13800000000", "该项目申报材料与实际不符。", Now);

    public void SetChinaTime(int month, int day, int hour, int minute = 0, int second = 0) =>
        Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, second, China));
}
