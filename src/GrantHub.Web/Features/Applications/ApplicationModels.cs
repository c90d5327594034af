using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;

namespace GrantHub.Web.Features.Applications;

/// <summary>The form's five steps; their numbers are in the URL (/applications/{id}/edit/{step}).</summary>
public static class ApplicationSteps
{
    public const int Project = 1;
    public const int Plan = 2;
    public const int Budget = 3;
    public const int Attachments = 4;
    public const int Review = 5;

    public static readonly IReadOnlyList<(int Number, string Title)> All =
    [
        (Project, "Project"), (Plan, "Plan"), (Budget, "Budget"), (Attachments, "Attachments"), (Review, "Review and submit"),
    ];

    /// <summary>The step where a part that <see cref="Application.MissingForSubmission"/> names is filled in.</summary>
    public static int Of(string missingPart) => missingPart switch
    {
        "Project name" or "Category" or "Summary" => Project,
        "Budget" => Budget,
        _ => Plan,
    };

    public static string Title(int step) => All.First(s => s.Number == step).Title;
}

/// <summary>What every step page shows above its form: which application, which edition, until when.</summary>
public sealed record StepHeader(Guid Id, string EditionName, DateOnly ClosesOn, string ProjectName, int Step, IReadOnlySet<int> Done);

/// <summary>The buttons of a step: save and go on (the step must be complete), or save the draft as it is and stay.</summary>
public static class StepActions
{
    public const string Next = "next";
    public const string Stay = "stay";
    public const string MoreRows = "more";
}

public sealed class ProjectForm
{
    public long Version { get; set; }

    public string? ProjectName { get; set; }

    public int? CategoryId { get; set; }

    public string? Summary { get; set; }

    public string? Then { get; set; }
}

public sealed class ProjectPage
{
    public required StepHeader Header { get; init; }

    public required ProjectForm Form { get; init; }

    public IReadOnlyList<CategoryChoice> Categories { get; init; } = [];

    /// <summary>The organization's latest earlier application, offered for reuse; null when there is none.</summary>
    public ReusableApplication? Reusable { get; init; }
}

public sealed record CategoryChoice(int Id, string Name);

public sealed record ReusableApplication(Guid Id, string ProjectName, string EditionName, DateTime? SubmittedAt);

public sealed class PlanForm
{
    public long Version { get; set; }

    public string? NeedAnalysis { get; set; }

    public string? Goals { get; set; }

    public string? Activities { get; set; }

    public string? Beneficiaries { get; set; }

    /// <summary>Bound as text so that whatever was typed comes back with the error message.</summary>
    public string? BeneficiaryCount { get; set; }

    public string? Team { get; set; }

    public string? Risks { get; set; }

    public string? Then { get; set; }
}

public sealed class PlanPage
{
    public required StepHeader Header { get; init; }

    public required PlanForm Form { get; init; }
}

public sealed class BudgetRow
{
    public string? Subject { get; set; }

    public string? Description { get; set; }

    /// <summary>Yuan, up to two decimals, as typed.</summary>
    public string? UnitPrice { get; set; }

    public string? Quantity { get; set; }

    public FundsSource? Source { get; set; }

    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Description)
        && string.IsNullOrWhiteSpace(UnitPrice) && string.IsNullOrWhiteSpace(Quantity);

    /// <summary>Kept by a save: neither blank nor marked for removal.</summary>
    public bool Counts => !IsBlank && !Remove;

    public Money? Subtotal => BudgetInput.Yuan(UnitPrice) is { } price && BudgetInput.Quantity(Quantity) is { } quantity
        ? new Money(price.Fen * quantity) : null;
}

public sealed class BudgetForm
{
    public long Version { get; set; }

    public List<BudgetRow> Lines { get; set; } = [];

    public string? Then { get; set; }
}

public sealed class BudgetPage
{
    /// <summary>Empty rows offered below the lines: more come with "Add rows".</summary>
    public const int BlankRows = 3;

    public required StepHeader Header { get; init; }

    public required BudgetForm Form { get; init; }

    public Money PerProjectCap { get; init; }

    public int MinMatchingPercent { get; init; }

    /// <summary>The totals of the lines as they stand on the form (valid lines only).</summary>
    public BudgetTotals Totals => new(
        Form.Lines.Where(l => l.Counts && l.Source == FundsSource.Fiscal).Aggregate(Money.Zero, (s, l) => s + (l.Subtotal ?? Money.Zero)),
        Form.Lines.Where(l => l.Counts && l.Source == FundsSource.Matching).Aggregate(Money.Zero, (s, l) => s + (l.Subtotal ?? Money.Zero)));
}

/// <summary>Parsing what people type into the budget: yuan with at most two decimals, whole quantities.</summary>
public static class BudgetInput
{
    public const decimal MaxYuan = 100_000_000m;

    public static Money? Yuan(string? text)
    {
        var cleaned = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal)
            .TrimStart('¥', '￥').Trim();
        if (!decimal.TryParse(cleaned, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var yuan))
            return null;
        if (yuan <= 0 || yuan > MaxYuan || yuan * 100 != decimal.Truncate(yuan * 100)) return null;
        return Money.FromYuan(yuan);
    }

    public static int? Quantity(string? text) =>
        int.TryParse((text ?? "").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var q)
        && q is >= 1 and <= 100_000 ? q : null;

    /// <summary>How a saved amount is shown back in the unit price box: plain yuan, no separators.</summary>
    public static string Text(Money money) => money.Yuan.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record AttachmentRow(Guid Id, string FileName, long SizeBytes, DateTime UploadedAt)
{
    public string Size => SizeBytes >= 1024 * 1024
        ? (SizeBytes / 1024m / 1024m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, SizeBytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}

public sealed class AttachmentsPage
{
    public required StepHeader Header { get; init; }

    public IReadOnlyList<AttachmentRow> Attachments { get; init; } = [];

    public bool CanAdd => Attachments.Count < Application.MaxAttachments;
}

/// <summary>The organization's profile as an application carries it: read from the profile, never typed into the form.</summary>
public sealed record ApplicantProfile(
    Guid OrganizationId, string Name, OrganizationType Type, string? CreditCode, string? FilingNumber, string ContactPerson,
    string ContactMobile, string Address, string LegalRepresentative, string BankAccountName, string BankName,
    string BankAccountNumber, bool Verified, IReadOnlyList<string> Missing)
{
    public static ApplicantProfile From(Organization o) => new(o.Id, o.Name, o.Type, o.CreditCode, o.FilingNumber, o.ContactPerson,
        o.ContactMobile, o.Address, o.LegalRepresentative, o.BankAccountName, o.BankName, o.BankAccountNumber, o.IsVerified,
        o.Completeness().Missing);
}

public sealed record MissingPart(string Label, int Step);

public sealed class ReviewPage
{
    public required StepHeader Header { get; init; }

    public required ApplicationView Application { get; init; }

    public IReadOnlyList<MissingPart> Missing { get; init; } = [];

    public IReadOnlyList<EligibilityCheck> Eligibility { get; init; } = [];

    /// <summary>The budget against the edition's money rules: null when it keeps them.</summary>
    public string? BudgetProblem { get; init; }

    public bool CanSubmit => Missing.Count == 0 && BudgetProblem is null;
}

/// <summary>An application read-only, as its organization, the officer and the administrator see it.</summary>
public sealed class ApplicationView
{
    public required Application Application { get; init; }

    public required string EditionName { get; init; }

    public required Guid EditionId { get; init; }

    public required DateOnly ClosesOn { get; init; }

    public required DateTime Deadline { get; init; }

    public Money PerProjectCap { get; init; }

    public int MinMatchingPercent { get; init; }

    public string? CategoryName { get; init; }

    public required ApplicantProfile Profile { get; init; }

    public string? ScreenedBy { get; init; }

    public BudgetTotals Totals => BudgetTotals.Of(Application.Budget);

    public IReadOnlyList<BudgetLine> Lines => Application.Budget.OrderBy(l => l.Order).ToList();

    public IReadOnlyList<AttachmentRow> Attachments => Application.Attachments.OrderBy(a => a.UploadedAt)
        .Select(a => new AttachmentRow(a.Id, a.FileName, a.SizeBytes, a.UploadedAt)).ToList();
}

/// <summary>The page GET /applications/{id}: the application, and what the viewer may do with it now.</summary>
public sealed class DetailsPage
{
    public required ApplicationView View { get; init; }

    public bool IsMember { get; init; }

    public bool CanWithdraw { get; init; }

    public bool CanEdit { get; init; }
}

/// <summary>My organization's applications, and the editions open for applications now.</summary>
public sealed record MyApplicationsPage(string OrganizationName, IReadOnlyList<MyApplicationRow> Applications, IReadOnlyList<OpenEdition> OpenEditions);

public sealed record MyApplicationRow(
    Guid Id, Guid EditionId, string EditionName, DateOnly ClosesOn, DateOnly ReviewEndsOn, string ProjectName, ApplicationStatus Status, DateTime UpdatedAt,
    DateTime? SubmittedAt, DateTime? WithdrawnAt, string? ScreeningReason, bool ProjectDone, bool PlanDone, bool BudgetDone)
{
    /// <summary>The first step still to fill in, or the review step when every step is done.</summary>
    public int NextStep => !ProjectDone ? ApplicationSteps.Project : !PlanDone ? ApplicationSteps.Plan
        : !BudgetDone ? ApplicationSteps.Budget : ApplicationSteps.Review;
}

public sealed record OpenEdition(Guid Id, string Name, DateOnly ClosesOn, Money PerProjectCap, bool AllowsSeveral)
{
    public bool Applied { get; init; }
}
