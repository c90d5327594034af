using GrantHub.Core.Auditing;

namespace GrantHub.Core.Judging;

/// <summary>
/// A person who judges (评审专家): their affiliation and the categories they are expert in. One profile per user,
/// kept across editions; the panel of an edition is <see cref="EditionJudge"/>.
/// </summary>
public class JudgeProfile : IAudited
{
    public const int MaxExpertise = 10;
    public const int MaxCategoryLength = 50;

    public string UserId { get; private set; } = "";
    public string Affiliation { get; private set; } = "";

    /// <summary>Category names as the editions spell them (为老服务, 青少年教育 …); matched by name when assigning.</summary>
    public List<string> Expertise { get; private set; } = [];

    private JudgeProfile() { }

    public static JudgeProfile Create(string userId, string affiliation, IEnumerable<string> expertise)
    {
        var profile = new JudgeProfile { UserId = userId };
        profile.Describe(affiliation, expertise);
        return profile;
    }

    public void Describe(string affiliation, IEnumerable<string> expertise)
    {
        var categories = expertise.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (categories.Count > MaxExpertise) throw new DomainException("A judge has at most {0} expertise categories.", MaxExpertise);
        if (categories.Any(c => c.Length > MaxCategoryLength))
            throw new DomainException("An expertise category has at most {0} characters.", MaxCategoryLength);
        Affiliation = affiliation.Trim();
        Expertise = categories;
    }
}

/// <summary>A judge on the panel of an edition.</summary>
public class EditionJudge
{
    public Guid EditionId { get; private set; }
    public string UserId { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    private EditionJudge() { }

    public EditionJudge(Guid editionId, string userId, DateTime nowUtc)
    {
        EditionId = editionId;
        UserId = userId;
        AddedAt = nowUtc;
    }
}
