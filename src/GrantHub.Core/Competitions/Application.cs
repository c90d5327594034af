using GrantHub.Core.Auditing;

namespace GrantHub.Core.Competitions;

/// <summary>
/// An organization's application to an edition. Edited as a draft step by step; submitted before the deadline, after
/// which it is read-only; then screened for eligibility (资格审查).
/// </summary>
public class Application : IAudited
{
    public const int MaxAttachments = 10;

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public ApplicationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }

    public string ProjectName { get; private set; } = "";
    public int? CategoryId { get; private set; }
    public string Summary { get; private set; } = "";
    public string NeedAnalysis { get; private set; } = "";
    public string Goals { get; private set; } = "";
    public string Activities { get; private set; } = "";
    public string Beneficiaries { get; private set; } = "";
    public int? BeneficiaryCount { get; private set; }
    public string Team { get; private set; } = "";
    public string Risks { get; private set; } = "";

    /// <summary>The fiscal funds requested, kept in step with the budget so lists and ledgers need no join.</summary>
    public Money FiscalRequested { get; private set; }
    public Money MatchingFunds { get; private set; }

    public bool? ScreeningPassed { get; private set; }
    public string? ScreeningReason { get; private set; }
    public DateTime? ScreenedAt { get; private set; }
    public string? ScreenedByUserId { get; private set; }

    public long Version { get; private set; }

    public List<BudgetLine> Budget { get; private set; } = [];
    public List<ApplicationAttachment> Attachments { get; private set; } = [];

    private Application() { }

    /// <summary>
    /// Starts a draft, keeping the edition's rule of one application per organization unless it allows several:
    /// <paramref name="earlierForEdition"/> are the statuses of the organization's applications to this edition, and a
    /// withdrawn one does not count.
    /// </summary>
    public static Application Start(CompetitionEdition edition, Guid organizationId, string userId,
        IEnumerable<ApplicationStatus> earlierForEdition, DateTime nowUtc)
    {
        if (!edition.AllowsSeveralApplications && earlierForEdition.Any(s => s != ApplicationStatus.Withdrawn))
            throw new DomainException("Your organization already has an application for this edition: one per organization.");
        return Start(edition, organizationId, userId, nowUtc);
    }

    /// <summary>Starts a draft without looking at the organization's other applications (seeding; see the overload).</summary>
    public static Application Start(CompetitionEdition edition, Guid organizationId, string userId, DateTime nowUtc)
    {
        if (!edition.IsOpen(nowUtc)) throw new DomainException("This edition is not taking applications now.");
        return new Application
        {
            Id = Guid.CreateVersion7(),
            EditionId = edition.Id,
            OrganizationId = organizationId,
            CreatedByUserId = userId,
            Status = ApplicationStatus.Draft,
            CreatedAt = nowUtc,
            UpdatedAt = nowUtc,
        };
    }

    public bool IsEditable => Status == ApplicationStatus.Draft;

    public void DescribeProject(string projectName, int? categoryId, string summary, DateTime nowUtc)
    {
        RequireDraft();
        ProjectName = projectName.Trim();
        CategoryId = categoryId;
        Summary = summary.Trim();
        Touch(nowUtc);
    }

    public void DescribePlan(string needAnalysis, string goals, string activities, string beneficiaries, int? beneficiaryCount,
        string team, string risks, DateTime nowUtc)
    {
        RequireDraft();
        if (beneficiaryCount is < 0) throw new DomainException("The number of beneficiaries cannot be negative.");
        NeedAnalysis = needAnalysis.Trim();
        Goals = goals.Trim();
        Activities = activities.Trim();
        Beneficiaries = beneficiaries.Trim();
        BeneficiaryCount = beneficiaryCount;
        Team = team.Trim();
        Risks = risks.Trim();
        Touch(nowUtc);
    }

    public void SetBudget(IEnumerable<(string Subject, string Description, Money UnitPrice, int Quantity, FundsSource Source)> lines, DateTime nowUtc)
    {
        RequireDraft();
        var order = 0;
        var newLines = lines.Select(l => new BudgetLine(Id, ++order, l.Subject, l.Description, l.UnitPrice, l.Quantity, l.Source)).ToList();
        Budget.Clear();
        Budget.AddRange(newLines);
        var totals = BudgetTotals.Of(Budget);
        FiscalRequested = totals.Fiscal;
        MatchingFunds = totals.Matching;
        Touch(nowUtc);
    }

    public ApplicationAttachment Attach(string fileName, string storedName, long sizeBytes, DateTime nowUtc)
    {
        RequireDraft();
        if (Attachments.Count >= MaxAttachments) throw new DomainException("An application holds at most {0} attachments.", MaxAttachments);
        if (sizeBytes is <= 0 or > ApplicationAttachment.MaxBytes) throw new DomainException("An attachment must be a PDF of at most 10 MB.");
        var attachment = new ApplicationAttachment(Id, fileName, storedName, sizeBytes, nowUtc);
        Attachments.Add(attachment);
        Touch(nowUtc);
        return attachment;
    }

    /// <summary>Removes an attachment from the draft; the caller deletes the stored file once the change is saved.</summary>
    public ApplicationAttachment Detach(Guid attachmentId, DateTime nowUtc)
    {
        RequireDraft();
        var attachment = Attachments.FirstOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainException("This attachment is not part of the application.");
        Attachments.Remove(attachment);
        Touch(nowUtc);
        return attachment;
    }

    /// <summary>What a submission still lacks, by English label (the web layer translates it).</summary>
    public IReadOnlyList<string> MissingForSubmission()
    {
        var missing = new List<string>();
        if (ProjectName.Length == 0) missing.Add("Project name");
        if (CategoryId is null) missing.Add("Category");
        if (Summary.Length == 0) missing.Add("Summary");
        if (NeedAnalysis.Length == 0) missing.Add("Need analysis");
        if (Goals.Length == 0) missing.Add("Goals");
        if (Activities.Length == 0) missing.Add("Activities and schedule");
        if (Beneficiaries.Length == 0 || BeneficiaryCount is null) missing.Add("Beneficiaries");
        if (Team.Length == 0) missing.Add("Team");
        if (Budget.Count == 0) missing.Add("Budget");
        return missing;
    }

    /// <summary>Before the deadline by the server's clock, complete, and within the edition's money rules.</summary>
    public void Submit(CompetitionEdition edition, DateTime nowUtc)
    {
        RequireDraft();
        if (edition.Id != EditionId) throw new InvalidOperationException("Application and edition do not match.");
        if (nowUtc >= edition.Deadline) throw new DomainException("The deadline has passed: applications closed at the end of {0}.", edition.ClosesOn);
        if (!edition.IsOpen(nowUtc)) throw new DomainException("This edition is not taking applications now.");
        var missing = MissingForSubmission();
        if (missing.Count > 0) throw new DomainException("The application is not complete yet: fill in every step first.");
        if (CategoryId is { } c && edition.Categories.Count > 0 && edition.Categories.All(x => x.Id != c))
            throw new DomainException("Choose one of the edition's categories.");
        BudgetTotals.Of(Budget).Check(edition);
        Status = ApplicationStatus.Submitted;
        SubmittedAt = nowUtc;
        Touch(nowUtc);
    }

    /// <summary>An organization may withdraw until the deadline; it may then start again.</summary>
    public void Withdraw(CompetitionEdition edition, DateTime nowUtc)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
            throw new DomainException("This application can no longer be withdrawn.");
        if (nowUtc >= edition.Deadline) throw new DomainException("The deadline has passed: the application can no longer be withdrawn.");
        Status = ApplicationStatus.Withdrawn;
        WithdrawnAt = nowUtc;
        Touch(nowUtc);
    }

    /// <summary>资格审查: pass, or fail with a reason the organization reads.</summary>
    public void Screen(bool passed, string? reason, string officerUserId, DateTime nowUtc)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
            throw new DomainException("Only submitted applications are screened.");
        if (!passed && string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the organization the reason it is not eligible.");
        ScreeningPassed = passed;
        ScreeningReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ScreenedAt = nowUtc;
        ScreenedByUserId = officerUserId;
        Status = passed ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        Touch(nowUtc);
    }

    /// <summary>Copies the texts and budget of an earlier application of the same organization into this draft.</summary>
    public void CopyFrom(Application earlier, DateTime nowUtc) => CopyFrom(earlier, null, nowUtc);

    /// <summary>
    /// Copies the texts and budget of an earlier application of the same organization into this draft, with the category
    /// of this edition that matches the earlier one (categories belong to an edition; null leaves it to choose).
    /// </summary>
    public void CopyFrom(Application earlier, int? categoryInThisEdition, DateTime nowUtc)
    {
        RequireDraft();
        if (earlier.OrganizationId != OrganizationId) throw new DomainException("Only your own organization's applications can be reused.");
        if (earlier.Id == Id) throw new DomainException("Choose an earlier application to reuse.");
        ProjectName = earlier.ProjectName;
        if (categoryInThisEdition is not null) CategoryId = categoryInThisEdition;
        Summary = earlier.Summary;
        NeedAnalysis = earlier.NeedAnalysis;
        Goals = earlier.Goals;
        Activities = earlier.Activities;
        Beneficiaries = earlier.Beneficiaries;
        BeneficiaryCount = earlier.BeneficiaryCount;
        Team = earlier.Team;
        Risks = earlier.Risks;
        SetBudget(earlier.Budget.OrderBy(b => b.Order).Select(b => (b.Subject, b.Description, b.UnitPrice, b.Quantity, b.Source)), nowUtc);
    }

    private void RequireDraft()
    {
        if (!IsEditable) throw new DomainException("This application has been submitted and can no longer be changed.");
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }
}
