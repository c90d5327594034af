using GrantHub.Core.Auditing;

namespace GrantHub.Core.Monitoring;

public enum ReportKind
{
    /// <summary>月度进展报告.</summary>
    Monthly = 0,
    /// <summary>中期报告.</summary>
    Midterm = 1,
    /// <summary>结项报告.</summary>
    Final = 2,
    /// <summary>A milestone the officer added (e.g. an event report).</summary>
    Milestone = 3,
}

/// <summary>待提交 (drafts saved along the way) → 已提交 → 已通过, or 退回修改 → resubmitted.</summary>
public enum ReportStatus
{
    Pending = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

/// <summary>One budget line's spending as reported: planned (from the application's budget) against spent.</summary>
public class ReportSpending
{
    public Guid ReportId { get; private set; }
    public int Line { get; private set; }
    public string Subject { get; private set; } = "";
    public Money Planned { get; private set; }
    public Money Spent { get; private set; }

    private ReportSpending() { }

    internal ReportSpending(Guid reportId, int line, string subject, Money planned, Money spent)
    {
        ReportId = reportId;
        Line = line;
        Subject = subject;
        Planned = planned;
        Spent = spent;
    }
}

/// <summary>A photo or PDF attached to a report (checked by content when uploaded).</summary>
public class ReportAttachment
{
    public const int MaxPerReport = 10;
    public const long MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public DateTime UploadedAt { get; private set; }

    private ReportAttachment() { }

    internal ReportAttachment(Guid reportId, string fileName, string storedName, string contentType, long sizeBytes, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        ReportId = reportId;
        FileName = fileName.Length <= 255 ? fileName : fileName[..255];
        StoredName = storedName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedAt = nowUtc;
    }
}

/// <summary>
/// A report a funded project owes (项目报告): due on a date; written as a draft, submitted, and accepted or returned
/// for revision by the officer with comments. Submitted after its due date (China time) it counts as late; a late
/// mid-term report counts as a failed mid-term unless the officer excuses it.
/// </summary>
public class ProjectReport : IAudited
{
    public const int MaxTextLength = 8000;
    public const int MaxCommentLength = 2000;

    public Guid Id { get; private set; }
    public Guid GrantId { get; private set; }
    public ReportKind Kind { get; private set; }
    public int Number { get; private set; }
    /// <summary>A milestone's name; empty for the scheduled kinds.</summary>
    public string Title { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ReportStatus Status { get; private set; }

    public string Narrative { get; private set; } = "";
    public string Activities { get; private set; } = "";
    public int? BeneficiariesServed { get; private set; }
    public DateTime? SavedAt { get; private set; }

    public DateTime? FirstSubmittedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedByUserId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedByUserId { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTime? ExcusedAt { get; private set; }
    public string? ExcusedByUserId { get; private set; }
    public string? ExcuseReason { get; private set; }

    /// <summary>How many times the officer returned it for revision (the ledger's 退回次数).</summary>
    public int ReturnCount { get; private set; }

    public long Version { get; private set; }

    public List<ReportSpending> Spending { get; private set; } = [];
    public List<ReportAttachment> Attachments { get; private set; } = [];

    private ProjectReport() { }

    public static ProjectReport Schedule(Guid grantId, ScheduledReport due) => new()
    {
        Id = Guid.CreateVersion7(),
        GrantId = grantId,
        Kind = due.Kind,
        Number = due.Number,
        DueOn = due.DueOn,
        Status = ReportStatus.Pending,
        Version = 1,
    };

    /// <summary>The officer adds a milestone report to a project.</summary>
    public static ProjectReport Milestone(Guid grantId, string title, DateOnly dueOn, int number, DateOnly today)
    {
        var name = (title ?? "").Trim();
        if (name.Length == 0) throw new DomainException("Give the milestone a name.");
        if (name.Length > 200) throw new DomainException("A name has at most {0} characters.", 200);
        if (dueOn < today) throw new DomainException("A new milestone cannot be due in the past.");
        var report = Schedule(grantId, new ScheduledReport(ReportKind.Milestone, number, dueOn));
        report.Title = name;
        return report;
    }

    public bool IsEditable => Status is ReportStatus.Pending or ReportStatus.Returned;

    /// <summary>Still owed: never submitted.</summary>
    public bool IsOutstanding => Status == ReportStatus.Pending;

    /// <summary>Owed and past its due date (China time).</summary>
    public bool IsOverdue(DateOnly today) => IsOutstanding && today > DueOn;

    /// <summary>First submitted after the due date, or still owed after it.</summary>
    public bool IsLate(DateOnly today) => ReportDelay.IsLate(DueOn, FirstSubmittedAt, today);

    /// <summary>A late mid-term report counts as a failed mid-term unless excused.</summary>
    public bool CountsAsFailedMidterm(DateOnly today) => ReportDelay.CountsAsFailedMidterm(Kind, DueOn, FirstSubmittedAt, ExcusedAt, today);

    /// <summary>Saves the organization's draft; the spending lines are planned (from the budget) against spent.</summary>
    public void SaveDraft(string narrative, string activities, int? beneficiariesServed,
        IEnumerable<(string Subject, Money Planned, Money Spent)> spending, DateTime nowUtc)
    {
        if (!IsEditable) throw new DomainException("This report is submitted: it can no longer change.");
        var text = (narrative ?? "").Trim();
        var held = (activities ?? "").Trim();
        if (text.Length > MaxTextLength || held.Length > MaxTextLength)
            throw new DomainException("A text has at most {0} characters.", MaxTextLength);
        if (beneficiariesServed is < 0) throw new DomainException("The number of beneficiaries cannot be negative.");
        var lines = spending.ToList();
        if (lines.Any(l => l.Spent < Money.Zero || l.Planned < Money.Zero)) throw new DomainException("An amount cannot be negative.");
        Narrative = text;
        Activities = held;
        BeneficiariesServed = beneficiariesServed;
        Spending.Clear();
        Spending.AddRange(lines.Select((l, i) => new ReportSpending(Id, i + 1, l.Subject.Trim(), l.Planned, l.Spent)));
        SavedAt = nowUtc;
        Version++;
    }

    public ReportAttachment Attach(string fileName, string storedName, string contentType, long sizeBytes, DateTime nowUtc)
    {
        if (!IsEditable) throw new DomainException("This report is submitted: it can no longer change.");
        if (Attachments.Count >= ReportAttachment.MaxPerReport)
            throw new DomainException("A report holds at most {0} attachments.", ReportAttachment.MaxPerReport);
        if (sizeBytes is <= 0 or > ReportAttachment.MaxBytes) throw new DomainException("An attachment must be a photo or a PDF of at most 10 MB.");
        var attachment = new ReportAttachment(Id, fileName, storedName, contentType, sizeBytes, nowUtc);
        Attachments.Add(attachment);
        Version++;
        return attachment;
    }

    public ReportAttachment Detach(Guid attachmentId)
    {
        if (!IsEditable) throw new DomainException("This report is submitted: it can no longer change.");
        var attachment = Attachments.FirstOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainException("This attachment is not part of the report.");
        Attachments.Remove(attachment);
        Version++;
        return attachment;
    }

    /// <summary>What a submission still lacks, by English label.</summary>
    public IReadOnlyList<string> MissingForSubmission()
    {
        var missing = new List<string>();
        if (Narrative.Length == 0) missing.Add("Progress");
        if (Activities.Length == 0) missing.Add("Activities held");
        if (BeneficiariesServed is null) missing.Add("Beneficiaries served");
        return missing;
    }

    public void Submit(string memberUserId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(memberUserId)) throw new ArgumentException("The submitting member is required.", nameof(memberUserId));
        if (!IsEditable) throw new DomainException("This report is submitted: it can no longer change.");
        if (MissingForSubmission().Count > 0) throw new DomainException("Fill in the progress, the activities held and the beneficiaries served before submitting.");
        Status = ReportStatus.Submitted;
        FirstSubmittedAt ??= nowUtc;
        SubmittedAt = nowUtc;
        SubmittedByUserId = memberUserId;
        Version++;
    }

    public void Accept(string officerUserId, string? comment, DateTime nowUtc) =>
        Review(officerUserId, ReportStatus.Accepted, (comment ?? "").Trim(), nowUtc);

    /// <summary>Returns the report for revision; the comment says what to change.</summary>
    public void Return(string officerUserId, string comment, DateTime nowUtc)
    {
        var text = (comment ?? "").Trim();
        if (text.Length == 0) throw new DomainException("Say what needs to change before returning the report.");
        Review(officerUserId, ReportStatus.Returned, text, nowUtc);
        ReturnCount++;
    }

    /// <summary>The officer excuses a late report (e.g. a lockdown): it no longer counts as a failed mid-term.</summary>
    public void Excuse(string officerUserId, string reason, DateOnly today, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The officer is required.", nameof(officerUserId));
        var why = (reason ?? "").Trim();
        if (why.Length == 0) throw new DomainException("Give the reason for excusing the delay.");
        if (why.Length > MaxCommentLength) throw new DomainException("A reason has at most {0} characters.", MaxCommentLength);
        if (!IsLate(today)) throw new DomainException("This report is not late.");
        if (ExcusedAt is not null) throw new DomainException("This delay is already excused.");
        ExcusedAt = nowUtc;
        ExcusedByUserId = officerUserId;
        ExcuseReason = why;
        Version++;
    }

    private void Review(string officerUserId, ReportStatus outcome, string comment, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new ArgumentException("The reviewing officer is required.", nameof(officerUserId));
        if (Status != ReportStatus.Submitted) throw new DomainException("Only a submitted report can be accepted or returned.");
        if (comment.Length > MaxCommentLength) throw new DomainException("A comment has at most {0} characters.", MaxCommentLength);
        Status = outcome;
        ReviewedAt = nowUtc;
        ReviewedByUserId = officerUserId;
        ReviewComment = comment.Length == 0 ? null : comment;
        Version++;
    }
}
