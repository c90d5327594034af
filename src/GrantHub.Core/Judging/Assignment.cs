namespace GrantHub.Core.Judging;

/// <summary>
/// A judge assigned to an application in a round (1: written review 书面评审; 2: the shortlist's presentation
/// 路演/答辩). Unique per application, judge and round. The edition is kept to count loads and list a judge's queue
/// without a join.
/// </summary>
public class Assignment
{
    public const int FirstRound = 1;
    public const int SecondRound = 2;

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string JudgeUserId { get; private set; } = "";
    public int Round { get; private set; }
    public DateTime AssignedAt { get; private set; }

    private Assignment() { }

    public Assignment(Guid editionId, Guid applicationId, string judgeUserId, int round, DateTime nowUtc)
    {
        if (round is not (FirstRound or SecondRound)) throw new DomainException("The round is 1 or 2.");
        if (string.IsNullOrWhiteSpace(judgeUserId)) throw new ArgumentException("A judge is required.", nameof(judgeUserId));
        Id = Guid.CreateVersion7();
        EditionId = editionId;
        ApplicationId = applicationId;
        JudgeUserId = judgeUserId;
        Round = round;
        AssignedAt = nowUtc;
    }
}
