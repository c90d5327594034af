namespace GrantHub.Core.Competitions;

/// <summary>A PDF attached to an application, stored outside the web root under a generated name.</summary>
public class ApplicationAttachment
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    /// <summary>The name the organization gave it, for display only; never used as a path.</summary>
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public DateTime UploadedAt { get; private set; }

    private ApplicationAttachment() { }

    internal ApplicationAttachment(Guid applicationId, string fileName, string storedName, long sizeBytes, DateTime uploadedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        FileName = Path.GetFileName(fileName).Trim() is { Length: > 0 } n ? (n.Length > 200 ? n[..200] : n) : "attachment.pdf";
        StoredName = storedName;
        SizeBytes = sizeBytes;
        UploadedAt = uploadedAt;
    }

    /// <summary>A PDF starts with "%PDF-" whatever its name says.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);
}
