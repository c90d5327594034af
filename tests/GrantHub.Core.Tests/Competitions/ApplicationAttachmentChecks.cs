using System.Text;
using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>A PDF is recognized by its content, whatever its name; attachments have a size and count limit.</summary>
public sealed class ApplicationAttachmentChecks
{
    [Fact]
    public void A_pdf_starts_with_its_signature() =>
        Assert.True(ApplicationAttachment.LooksLikePdf(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ")));

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A })] // PNG
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })] // .docx (zip)
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })] // "%PDF" cut short
    [InlineData(new byte[] { })]
    public void Anything_else_is_not_a_pdf(byte[] head) => Assert.False(ApplicationAttachment.LooksLikePdf(head));

    [Theory]
    [InlineData(0)]
    [InlineData(ApplicationAttachment.MaxBytes + 1)]
    public void An_empty_or_too_large_file_is_refused(long size)
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());

        ApplicationRefusal.Expect("An attachment must be a PDF of at most 10 MB.",
            () => application.Attach("计划书.pdf", "x.pdf", size, ApplicationBuilder.During));
    }

    [Fact]
    public void A_file_of_exactly_10_MB_is_accepted_and_its_name_kept_without_a_path()
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());

        var attachment = application.Attach("../../etc/计划书.pdf", "x.pdf", ApplicationAttachment.MaxBytes, ApplicationBuilder.During);

        Assert.Equal("计划书.pdf", attachment.FileName);
        Assert.Equal("x.pdf", attachment.StoredName);
    }

    [Fact]
    public void An_application_holds_at_most_ten_attachments()
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());
        for (var i = 0; i < Application.MaxAttachments; i++) application.Attach($"{i}.pdf", $"{i}.pdf", 100, ApplicationBuilder.During);

        ApplicationRefusal.Expect("An application holds at most {0} attachments.", () => application.Attach("11.pdf", "11.pdf", 100, ApplicationBuilder.During));
    }

    [Fact]
    public void Detaching_an_unknown_attachment_is_refused()
    {
        var application = new ApplicationBuilder().Build(ApplicationBuilder.Edition());

        ApplicationRefusal.Expect("This attachment is not part of the application.", () => application.Detach(Guid.NewGuid(), ApplicationBuilder.During));
    }
}
