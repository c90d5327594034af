using System.Text;
using GrantHub.Core.Monitoring;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>An attachment is what its first bytes say: a JPEG or PNG photo or a PDF; anything else is refused, whatever its name.</summary>
public sealed class ReportFileContentRecognize
{
    [Fact]
    public void A_jpeg_a_png_and_a_pdf_are_recognized()
    {
        Assert.Equal(ReportFileContent.Jpeg, ReportFileContent.Recognize([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]));
        Assert.Equal(ReportFileContent.Png, ReportFileContent.Recognize([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Equal(ReportFileContent.Pdf, ReportFileContent.Recognize(Encoding.ASCII.GetBytes("%PDF-1.7")));
    }

    [Theory]
    [InlineData("PK\u0003\u0004 docx")]
    [InlineData("<html><body>")]
    [InlineData("%PD")]
    [InlineData("GIF89a..")]
    [InlineData("")]
    public void Anything_else_is_not(string head)
    {
        Assert.Null(ReportFileContent.Recognize(Encoding.Latin1.GetBytes(head)));
    }

    [Fact]
    public void A_png_signature_cut_short_is_not_a_png()
    {
        Assert.Null(ReportFileContent.Recognize([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]));
    }

    [Fact]
    public void Photos_are_told_from_documents()
    {
        Assert.True(ReportFileContent.Jpeg.IsPhoto);
        Assert.True(ReportFileContent.Png.IsPhoto);
        Assert.False(ReportFileContent.Pdf.IsPhoto);
        Assert.Equal(ReportFileContent.Pdf, ReportFileContent.Of("text/html"));
    }
}
