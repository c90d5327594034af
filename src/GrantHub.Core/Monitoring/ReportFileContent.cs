namespace GrantHub.Core.Monitoring;

/// <summary>What a report's attachment really is, by its first bytes (never by its name): a JPEG or PNG photo, or a PDF.</summary>
public sealed record ReportFileContent(string ContentType, string Extension)
{
    public static readonly ReportFileContent Jpeg = new("image/jpeg", "jpg");
    public static readonly ReportFileContent Png = new("image/png", "png");
    public static readonly ReportFileContent Pdf = new("application/pdf", "pdf");

    /// <summary>How many leading bytes <see cref="Recognize"/> needs.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The kind of file <paramref name="head"/> starts, or null for anything else.</summary>
    public static ReportFileContent? Recognize(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.Length >= PngSignature.Length && head[..PngSignature.Length].SequenceEqual(PngSignature)) return Png;
        if (Competitions.ApplicationAttachment.LooksLikePdf(head)) return Pdf;
        return null;
    }

    /// <summary>The stored content type shown back as the right kind, or PDF for anything unexpected.</summary>
    public static ReportFileContent Of(string contentType) => contentType switch
    {
        "image/jpeg" => Jpeg,
        "image/png" => Png,
        _ => Pdf,
    };

    public bool IsPhoto => this != Pdf;
}
