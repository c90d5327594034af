using System.Globalization;
using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Reports;

/// <summary>What every report page and check needs to know about the project a report belongs to.</summary>
public sealed record ProjectFacts(Guid GrantId, Guid OrganizationId, Guid EditionId, string Project,
    string Organization, string Edition, GrantStatus Status);

/// <summary>A report as lists show it: which one, its dates and state, the project, and how late it is.</summary>
public sealed class ReportRow
{
    public required Guid Id { get; init; }
    public required Guid GrantId { get; init; }
    public required ReportKind Kind { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required DateOnly DueOn { get; init; }
    public required ReportStatus Status { get; init; }
    public DateTime? FirstSubmittedAt { get; init; }
    public DateTime? SubmittedAt { get; init; }
    public DateTime? ReviewedAt { get; init; }
    public string? ReviewComment { get; init; }
    public DateTime? ExcusedAt { get; init; }
    public string? ExcuseReason { get; init; }
    public DateTime? SavedAt { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid EditionId { get; init; }
    public GrantStatus GrantStatus { get; init; }
    public string Project { get; init; } = "";
    public string Organization { get; init; } = "";
    public string Edition { get; init; } = "";

    public int DaysLate(DateOnly today) => ReportDelay.DaysLate(DueOn, FirstSubmittedAt, today);

    public bool IsOverdue(DateOnly today) => Status == ReportStatus.Pending && today > DueOn;

    public bool CountsAsFailedMidterm(DateOnly today) => ReportDelay.CountsAsFailedMidterm(Kind, DueOn, FirstSubmittedAt, ExcusedAt, today);

    public string Name(IStringLocalizer l) => ReportNames.Of(l, Kind, Number, Title);
}

public static class ReportNames
{
    /// <summary>"Monthly report 3", "Mid-term report", "Final report" or the milestone's own name, in the reader's language.</summary>
    public static string Of(IStringLocalizer l, ReportKind kind, int number, string title) => kind switch
    {
        ReportKind.Monthly => l["Monthly report {0}", number],
        ReportKind.Midterm => l["Mid-term report"],
        ReportKind.Final => l["Final report"],
        _ => title.Length > 0 ? title : l["Milestone report"],
    };
}

// ---- The organization's reports. ----

public sealed class OrganizationReportsPage
{
    public required string Organization { get; init; }
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<ReportRow> Returned { get; init; }
    public required IReadOnlyList<ReportRow> Overdue { get; init; }
    public required IReadOnlyList<ReportRow> DueSoon { get; init; }
    public required IReadOnlyList<ReportRow> Later { get; init; }
    public required IReadOnlyList<ReportRow> Submitted { get; init; }
    public required IReadOnlyList<ReportRow> Accepted { get; init; }

    /// <summary>Reports due within this many days are "due soon".</summary>
    public const int SoonDays = 30;

    public bool IsEmpty => Returned.Count + Overdue.Count + DueSoon.Count + Later.Count + Submitted.Count + Accepted.Count == 0;
}

// ---- The report form (organization). ----

public static class ReportActions
{
    public const string Save = "save";
    public const string Submit = "submit";
}

/// <summary>What the organization types; amounts and counts as text, so that nothing typed is lost to model binding.</summary>
public sealed class ReportForm
{
    public long Version { get; set; }

    public string? Narrative { get; set; }

    public string? Activities { get; set; }

    public string? Beneficiaries { get; set; }

    /// <summary>Spent per budget line, in the order of the plan.</summary>
    public List<SpendingInput> Spending { get; set; } = [];

    public string? Then { get; set; }
}

public sealed class SpendingInput
{
    /// <summary>Yuan, up to two decimals; empty means nothing spent.</summary>
    public string? Spent { get; set; }

    public const decimal MaxYuan = 100_000_000m;

    /// <summary>The amount typed (blank: zero), or null when it is not yuan from 0 with at most two decimals.</summary>
    public static Money? Parse(string? text)
    {
        var cleaned = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal)
            .TrimStart('¥', '￥').Trim();
        if (cleaned.Length == 0) return Money.Zero;
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) return null;
        if (yuan < 0 || yuan > MaxYuan || yuan * 100 != decimal.Truncate(yuan * 100)) return null;
        return Money.FromYuan(yuan);
    }

    /// <summary>How a saved amount is shown back in its box: plain yuan, no separators; nothing for zero.</summary>
    public static string Text(Money money) => money == Money.Zero ? "" : money.Yuan.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed record PlannedLine(string Subject, Money Planned);

public sealed record SpendingRow(string Subject, Money Planned, Money Spent)
{
    public Money Left => Planned - Spent;
}

public sealed record ReportAttachmentRow(Guid Id, string FileName, string ContentType, long SizeBytes, DateTime UploadedAt)
{
    public bool IsPhoto => ReportFileContent.Of(ContentType).IsPhoto;

    public string Size => SizeBytes >= 1024 * 1024
        ? (SizeBytes / 1024m / 1024m).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, SizeBytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}

/// <summary>The top of every report page: which report of which project, its dates and state.</summary>
public sealed class ReportHeader
{
    public required ReportRow Report { get; init; }
    public required ProjectFacts Project { get; init; }
    public required DateOnly Today { get; init; }
    public string? SubmittedBy { get; init; }
    public string? ReviewedBy { get; init; }
    public string? ExcusedBy { get; init; }
}

public sealed class ReportFormPage
{
    public required ReportHeader Header { get; init; }
    public required ReportForm Form { get; init; }
    public required IReadOnlyList<PlannedLine> Plan { get; init; }
    public required IReadOnlyList<ReportAttachmentRow> Attachments { get; init; }
    /// <summary>What a submission still lacks (localized), after the organization pressed Submit.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public bool CanAttach => Attachments.Count < ReportAttachment.MaxPerReport;
}

// ---- The report read-only, with the officer's review. ----

public sealed class AcceptForm
{
    public long Version { get; set; }
    public string? Comment { get; set; }
}

public sealed class ReturnForm
{
    public long Version { get; set; }
    public string? Comment { get; set; }
}

public sealed class ExcuseForm
{
    public long Version { get; set; }
    public string? Reason { get; set; }
}

public sealed class ReportViewPage
{
    public required ReportHeader Header { get; init; }
    public required string Narrative { get; init; }
    public required string Activities { get; init; }
    public int? Beneficiaries { get; init; }
    public required IReadOnlyList<SpendingRow> Spending { get; init; }
    public required IReadOnlyList<ReportAttachmentRow> Attachments { get; init; }
    public required long Version { get; init; }
    public bool CanReview { get; init; }
    public bool CanExcuse { get; init; }
    /// <summary>A member of the organization: the page says what happens next for them.</summary>
    public bool IsMember { get; init; }
    public AcceptForm Accept { get; set; } = new();
    public ReturnForm Return { get; set; } = new();
    public ExcuseForm Excuse { get; set; } = new();

    public Money Planned => Spending.Aggregate(Money.Zero, (s, r) => s + r.Planned);
    public Money Spent => Spending.Aggregate(Money.Zero, (s, r) => s + r.Spent);
}

// ---- The officer's review queue. ----

public static class QueueFilters
{
    /// <summary>Submitted reports awaiting review first, then overdue ones.</summary>
    public const string Queue = "queue";
    public const string Submitted = "submitted";
    public const string Overdue = "overdue";
    /// <summary>First submitted after the due day (China time): the dashboards' "submitted late".</summary>
    public const string Late = "late";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
    public const string Upcoming = "upcoming";
    public const string All = "all";

    public static readonly string[] Values = [Queue, Submitted, Overdue, Late, Returned, Accepted, Upcoming, All];

    public static string Label(IStringLocalizer l, string filter) => filter switch
    {
        Submitted => l["Awaiting review"],
        Overdue => l["Overdue reports"],
        Late => l["Submitted late"],
        Returned => l["Returned for revision"],
        Accepted => l["Accepted"],
        Upcoming => l["Not yet due"],
        All => l["All reports"],
        _ => l["To review and overdue"],
    };

    public static string Normalize(string? filter) => Values.Contains(filter) ? filter! : Queue;
}

public sealed record EditionOption(Guid Id, string Name);

public sealed class ReviewQueuePage
{
    public required Page<ReportRow> Rows { get; init; }
    public required string Show { get; init; }
    public Guid? EditionId { get; init; }
    public required IReadOnlyList<EditionOption> Editions { get; init; }
    public required DateOnly Today { get; init; }
    public required int AwaitingReview { get; init; }
    public required int OverdueCount { get; init; }
}

// ---- The reports of one project (view component and its page). ----

public sealed class MilestoneForm
{
    public string? Title { get; set; }

    /// <summary>yyyy-MM-dd, as the date box sends it.</summary>
    public string? DueOn { get; set; }

    public string? ReturnUrl { get; set; }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>A milestone form refused on another page (the project page): carried in TempData with what was typed.</summary>
public sealed class RefusedMilestone
{
    public Guid GrantId { get; set; }
    public string? Title { get; set; }
    public string? DueOn { get; set; }
    public Dictionary<string, List<string>> Errors { get; set; } = [];

    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var e) ? e : [];
}

public sealed class ProjectReportsBlock
{
    public required Guid GrantId { get; init; }
    public required IReadOnlyList<ReportRow> Rows { get; init; }
    public required DateOnly Today { get; init; }
    public required bool CanAddMilestone { get; init; }
    public required bool IsMember { get; init; }
    public required bool Scheduled { get; init; }
    public required string ReturnUrl { get; init; }
    public RefusedMilestone? Refused { get; init; }
}

public sealed class ProjectReportsPage
{
    public required ProjectFacts Project { get; init; }
}

// ---- The edition's reporting rules. ----

public sealed class ReportingRulesForm
{
    public bool MonthlyReports { get; set; }

    public string? MidtermAfterMonths { get; set; }

    public string? FinalAfterMonths { get; set; }

    public string? PassMark { get; set; }

    /// <summary>The rules as they were when the page was drawn ("1|6|12|60"): a change made meanwhile is not overwritten.</summary>
    public string? Loaded { get; set; }

    public static string Stamp(ReportingRules r) => string.Create(CultureInfo.InvariantCulture,
        $"{(r.MonthlyReports ? 1 : 0)}|{r.MidtermAfterMonths}|{r.FinalAfterMonths}|{r.PassMark}");

    public static int? Whole(string? text) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

public sealed class ReportingRulesPage
{
    public required Guid EditionId { get; init; }
    public required string Edition { get; init; }
    public required bool IsDefault { get; init; }
    public required int ScheduledProjects { get; init; }
    public required ReportingRulesForm Form { get; init; }
}
