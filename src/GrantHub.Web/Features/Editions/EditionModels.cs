using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Competitions;

namespace GrantHub.Web.Features.Editions;

/// <summary>One edition in the officer's list, with its applications counted per status.</summary>
public sealed record EditionRow(Guid Id, string Name, int Year, string Organizer, PhaseBadge Badge, Money Pool,
    IReadOnlyList<(ApplicationStatus Status, int Count)> Applications)
{
    public int ApplicationTotal => Applications.Sum(a => a.Count);
}

/// <summary>The sections of an edition's settings, each edited on its own page with its own form.</summary>
public enum EditionSection
{
    Basics,
    Timeline,
    Rules,
    Review,
    Categories,
    Rubric,
    SecondRound,
    Awards,
}

/// <summary>How much of a section may still change once the edition is open.</summary>
public enum SectionLock
{
    Free,
    /// <summary>Some changes only: categories are added, the closing date extended.</summary>
    Partly,
    Frozen,
}

/// <summary>What every page of one edition shows above its content: name, status, and which sections are frozen.</summary>
public sealed record EditionHeader(Guid Id, string Name, int Year, PhaseBadge Badge, bool RulesFrozen, long Version)
{
    public bool IsDraft => Badge.Phase == EditionPhase.Draft;

    public SectionLock LockOf(EditionSection section) => !RulesFrozen ? SectionLock.Free : section switch
    {
        EditionSection.Rules or EditionSection.Rubric => SectionLock.Frozen,
        EditionSection.Categories or EditionSection.Timeline => SectionLock.Partly,
        _ => SectionLock.Free,
    };

    public static string Slug(EditionSection section) => section.ToString().ToLowerInvariant();

    public static string Title(EditionSection section) => section switch
    {
        EditionSection.Basics => "Name and call",
        EditionSection.Timeline => "Timeline",
        EditionSection.Rules => "Money and eligibility",
        EditionSection.Review => "Review settings",
        EditionSection.Categories => "Categories",
        EditionSection.Rubric => "Rubric",
        EditionSection.SecondRound => "Second round (路演/答辩)",
        _ => "Award tiers",
    };
}

/// <summary>An edit page: the edition's header, the form of one section, and what that section's page needs besides.</summary>
public sealed class SectionPage<TForm>(EditionHeader edition, EditionSection section, TForm form)
{
    public EditionHeader Edition { get; } = edition;
    public EditionSection Section { get; } = section;
    public TForm Form { get; set; } = form;
    public SectionLock Lock => Edition.LockOf(Section);
    /// <summary>The edition's pool as saved, for the award tiers to be measured against.</summary>
    public Money Pool { get; init; }
    /// <summary>When the second round's first shortlist was chosen: its rubric and weights are then fixed.</summary>
    public DateTime? SecondRoundOpenedAt { get; init; }
}

/// <summary>The overview of one edition for the officer: every section in words, what is missing, and the applications.</summary>
public sealed class EditionOverview
{
    public required EditionHeader Edition { get; init; }
    public required CallPage Call { get; init; }
    public required DateTime? PublishedAt { get; init; }
    public required IReadOnlyList<(ApplicationStatus Status, int Count)> Applications { get; init; }
    public required SecondRoundSummary SecondRound { get; init; }

    /// <summary>What publishing still needs, by English label: the edition cannot be published without it.</summary>
    public IReadOnlyList<string> Blocking
    {
        get
        {
            var missing = new List<string>();
            if (Call.Pool <= Money.Zero || Call.Cap <= Money.Zero) missing.Add("Set the pool and the cap per project.");
            if (Call.Categories.Count == 0) missing.Add("Add at least one category.");
            return missing;
        }
    }

    /// <summary>What the call should have, though publishing does not require it.</summary>
    public IReadOnlyList<string> Advice =>
        string.IsNullOrWhiteSpace(Call.Call) ? ["Write the call (申报指南) that organizations read."] : [];
}

public sealed class CreateEditionForm
{
    public string? Name { get; set; }
    public int? Year { get; set; }
    public string? Organizer { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
}

public sealed class BasicsForm
{
    public long Version { get; set; }
    public string? Name { get; set; }
    public int? Year { get; set; }
    public string? Organizer { get; set; }
    public string? Call { get; set; }
}

public sealed class TimelineForm
{
    public long Version { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public DateOnly? ReviewEndsOn { get; set; }
    public int? PublicityDays { get; set; }
}

public sealed class RulesForm
{
    public long Version { get; set; }
    /// <summary>Yuan with at most two decimals.</summary>
    public decimal? Pool { get; set; }
    public decimal? Cap { get; set; }
    public int? MinMatchingPercent { get; set; } = 0;
    public List<OrganizationType> EligibleTypes { get; set; } = [];
    public int? MinYearsRegistered { get; set; }
    public EvaluationGrade MinGrade { get; set; }
    public bool RequiresResidency { get; set; }
    public bool AllowsSeveralApplications { get; set; }
}

public sealed class ReviewForm
{
    public long Version { get; set; }
    public int? JudgesPerApplication { get; set; }
    public AggregationMethod Aggregation { get; set; }
    public bool BlindReview { get; set; }
    public int? CommentBelowPercent { get; set; }
}

public sealed class CategoriesForm
{
    public long Version { get; set; }
    /// <summary>One category per line.</summary>
    public string? Categories { get; set; }

    public IReadOnlyList<string> Names() =>
        (Categories ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
}

public sealed class RubricForm
{
    public long Version { get; set; }
    public List<RubricRow> Rows { get; set; } = [];

    /// <summary>Rows with anything typed in them; a blank row is the spare one and means nothing.</summary>
    public IEnumerable<RubricRow> Filled => Rows.Where(r => !r.IsBlank);
}

public sealed class RubricRow
{
    public string? Name { get; set; }
    public int? MaxPoints { get; set; }
    public bool IsBonus { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && MaxPoints is null;
}

/// <summary>
/// The second round (路演/答辩): whether there is one, the written round's weight in the final score, judges per
/// shortlisted application, and its rubric rows (added and removed on the server like the first round's).
/// </summary>
public sealed class SecondRoundForm
{
    public long Version { get; set; }
    public bool Enabled { get; set; }
    public int? WrittenRoundPercent { get; set; }
    public int? JudgesPerApplication { get; set; }
    public List<RubricRow> Rows { get; set; } = [];

    public IEnumerable<RubricRow> Filled => Rows.Where(r => !r.IsBlank);
}

/// <summary>The second round as the edition's overview tells it.</summary>
public sealed record SecondRoundSummary(bool Enabled, int WrittenRoundPercent, int JudgesPerApplication, DateTime? OpenedAt,
    IReadOnlyList<RubricLine> Rubric);

public sealed class AwardsForm
{
    public long Version { get; set; }
    public List<AwardRow> Rows { get; set; } = [];

    public IEnumerable<AwardRow> Filled => Rows.Where(r => !r.IsBlank);
}

public sealed class AwardRow
{
    public string? Name { get; set; }
    /// <summary>Yuan with at most two decimals.</summary>
    public decimal? Amount { get; set; }
    public int? Count { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Amount is null && Count is null;
}

/// <summary>What the top of every edition page draws: the header, and which tab is current (null: the overview).</summary>
public sealed record EditionTop(EditionHeader Edition, EditionSection? Current);
