namespace GrantHub.Core.Exports;

/// <summary>The standard ledgers (台账) the bureau and the centers keep, made from the records instead of by hand.</summary>
public enum LedgerKind
{
    /// <summary>社会组织与入驻台账: organizations with their residencies, services and assessments.</summary>
    Organizations = 1,

    /// <summary>创投申报与评审台账: applications with their screening, scores, rank and decision.</summary>
    Applications = 2,

    /// <summary>资金拨付台账: grants with what was decided, agreed, planned, paid and what remains.</summary>
    Funding = 3,

    /// <summary>项目报告与评估台账: reports (due, submitted, late, returned) and evaluations, on two sheets.</summary>
    Reports = 4,
}

/// <summary>排队中 → 生成中 → 可下载, or 失败.</summary>
public enum ExportStatus
{
    Queued = 0,
    Running = 1,
    Ready = 2,
    Failed = 3,
}

/// <summary>
/// One requested ledger export (导出任务): who asked for which ledger with which filters, in which language, and how far
/// its background run has come. Its file is stored under a generated name and handed only to the person who asked;
/// both go after <see cref="KeepDays"/> days.
/// <para>Queued → Running (<see cref="Start"/>, with the number of rows to write) → Ready (<see cref="Complete"/>, with
/// the stored file), or Failed (<see cref="Fail"/>, with the localizer key of what the person reads) from Queued or
/// Running. Any other step is refused: a run never starts twice, and a finished export never changes again.</para>
/// </summary>
public class ExportJob
{
    /// <summary>Exports and their files are kept for a week: the ledger can be made again at any time.</summary>
    public const int KeepDays = 7;

    public const int MaxFileNameLength = 200;
    public const int MaxErrorLength = 300;

    public Guid Id { get; private set; }
    public string RequestedByUserId { get; private set; } = "";
    public LedgerKind Kind { get; private set; }

    // ---- What was asked for: the filters, the scope and the language of the column headers ----
    public Guid? EditionId { get; private set; }
    public int? Year { get; private set; }
    public int? CenterId { get; private set; }

    /// <summary>
    /// The requester sees only the organizations of the centers they staff (center staff without a bureau role): the
    /// run reads those centers when it starts.
    /// </summary>
    public bool OwnCentersOnly { get; private set; }

    /// <summary>The culture of the request (zh-CN or en): headers and labels are written in it.</summary>
    public string Culture { get; private set; } = "zh-CN";

    // ---- The run ----
    public ExportStatus Status { get; private set; }
    public int Processed { get; private set; }
    public int Total { get; private set; }

    /// <summary>The name the download gets, e.g. 社会组织与入驻台账-2026-11-26.xlsx.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The file in the file store, once ready.</summary>
    public string? StoredName { get; private set; }

    public long? ByteCount { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    /// <summary>What went wrong, as the English text of a localizer key (shown in the reader's language).</summary>
    public string? ErrorKey { get; private set; }

    public long Version { get; private set; }

    private ExportJob() { }

    /// <summary>Percent done, 0–100: all of it once ready.</summary>
    public int Percent => Status == ExportStatus.Ready ? 100 : Total <= 0 ? 0 : Math.Min(100, (int)(Processed * 100L / Total));

    public bool IsFinished => Status is ExportStatus.Ready or ExportStatus.Failed;

    /// <summary>Past its keeping time: no longer listed or handed out, and removed with its file.</summary>
    public bool IsExpired(DateTime nowUtc) => CreatedAt <= nowUtc.AddDays(-KeepDays);

    public static ExportJob Request(string requestedByUserId, LedgerKind kind, Guid? editionId, int? year, int? centerId,
        bool ownCentersOnly, string culture, string fileName, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(requestedByUserId)) throw new ArgumentException("An export is requested by someone.", nameof(requestedByUserId));
        if (!Enum.IsDefined(kind)) throw new DomainException("Choose one of the ledgers.");
        if (year is < 2000 or > 2100) throw new DomainException("Choose a year between {0} and {1}.", 2000, 2100);
        var name = fileName.Trim();
        if (name.Length == 0 || name.Length > MaxFileNameLength) throw new ArgumentException("A file name of 1 to 200 characters.", nameof(fileName));
        return new ExportJob
        {
            Id = Guid.CreateVersion7(),
            RequestedByUserId = requestedByUserId,
            Kind = kind,
            EditionId = editionId,
            Year = year,
            CenterId = centerId,
            OwnCentersOnly = ownCentersOnly,
            Culture = string.IsNullOrWhiteSpace(culture) ? "zh-CN" : culture,
            FileName = name,
            Status = ExportStatus.Queued,
            CreatedAt = nowUtc,
        };
    }

    /// <summary>The run begins, with the number of rows it is about to write.</summary>
    public void Start(int total, DateTime nowUtc)
    {
        Require(ExportStatus.Queued);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Status = ExportStatus.Running;
        Total = total;
        Processed = 0;
        StartedAt = nowUtc;
        Version++;
    }

    /// <summary>
    /// <paramref name="rows"/> more rows are written. Records added while the run goes on can take it past the count it
    /// started with: the total then grows with it, so the bar never shows more than 100 %.
    /// </summary>
    public void Advance(int rows)
    {
        Require(ExportStatus.Running);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Processed += rows;
        if (Processed > Total) Total = Processed;
        Version++;
    }

    /// <summary>The file is written and stored: <paramref name="rows"/> data rows in <paramref name="byteCount"/> bytes.</summary>
    public void Complete(string storedName, long byteCount, int rows, DateTime nowUtc)
    {
        Require(ExportStatus.Running);
        if (string.IsNullOrWhiteSpace(storedName)) throw new ArgumentException("The stored file's name.", nameof(storedName));
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Status = ExportStatus.Ready;
        StoredName = storedName;
        ByteCount = byteCount;
        Processed = rows;
        Total = rows;
        FinishedAt = nowUtc;
        Version++;
    }

    /// <summary>The run gave up (or never ran): the person reads <paramref name="errorKey"/>, localized.</summary>
    public void Fail(string errorKey, DateTime nowUtc)
    {
        Require(ExportStatus.Queued, ExportStatus.Running);
        if (string.IsNullOrWhiteSpace(errorKey)) throw new ArgumentException("What the person reads.", nameof(errorKey));
        Status = ExportStatus.Failed;
        ErrorKey = errorKey.Length <= MaxErrorLength ? errorKey : errorKey[..MaxErrorLength];
        FinishedAt = nowUtc;
        Version++;
    }

    private void Require(params ExportStatus[] allowed)
    {
        if (!allowed.Contains(Status)) throw new DomainException("This export is {0}: that step is not possible now.", Status);
    }
}
