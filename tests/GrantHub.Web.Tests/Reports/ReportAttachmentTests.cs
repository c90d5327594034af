using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>
/// Attachments are photos (JPEG, PNG) or PDFs by their content, at most 10 MB, stored outside the web root, and
/// downloaded only by those who may see the report.
/// </summary>
public sealed class ReportAttachmentTests(ReportsFactory app) : IClassFixture<ReportsFactory>
{
    private int StoredFiles() => Directory.Exists(app.FilesFolder) ? Directory.GetFiles(app.FilesFolder).Length : 0;

    [Fact]
    public async Task A_fake_pdf_is_refused_nothing_is_stored_and_the_text_typed_is_kept()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        var before = StoredFiles();
        var docx = "PK\u0003\u0004word/document.xml"u8.ToArray();

        using var refused = await member.PostReportWithFilesAsync(report.Id,
            new Dictionary<string, string> { ["Form.Narrative"] = "本月进展：开展助餐 12 次。" },
            ("活动照片.pdf", docx, "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("活动照片.pdf", page.FieldError("Form.Files"));
        Assert.Equal("本月进展：开展助餐 12 次。", page.QuerySelector("textarea[name='Form.Narrative']")!.TextContent.Trim());
        var saved = await app.ReportAsync(report.Id);
        Assert.Empty(saved.Attachments);
        Assert.Equal("", saved.Narrative);
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        var big = new byte[ReportAttachment.MaxBytes + 1];
        ReportPages.Jpeg.CopyTo(big, 0);

        using var refused = await member.PostReportWithFilesAsync(report.Id, [], ("大照片.jpg", big, "image/jpeg"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Form.Files"));
        Assert.Empty((await app.ReportAsync(report.Id)).Attachments);
    }

    [Fact]
    public async Task Photos_and_a_pdf_are_attached_by_their_content_and_downloaded_as_what_they_are()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        var officer = await app.SignedInClientAsync(await app.OfficerAsync());
        var (otherUser, _) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        var other = await app.SignedInClientAsync(otherUser);

        // A photo named .pdf is still a photo: its content decides.
        using (var saved = await member.PostReportWithFilesAsync(report.Id, [],
                   ("助餐现场.jpg", ReportPages.Jpeg, "image/jpeg"), ("签到表.pdf", ReportPages.Png, "application/pdf"), ("方案.pdf", ReportPages.Pdf, "application/pdf")))
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.ErrorsAsync());

        var attachments = (await app.ReportAsync(report.Id)).Attachments.OrderBy(a => a.FileName).ToList();
        Assert.Equal(["助餐现场.jpg", "方案.pdf", "签到表.pdf"], attachments.Select(a => a.FileName));
        Assert.Equal(["image/jpeg", "application/pdf", "image/png"], attachments.Select(a => a.ContentType));
        Assert.All(attachments, a => Assert.True(File.Exists(Path.Combine(app.FilesFolder, a.StoredName))));

        var png = attachments.Single(a => a.FileName == "签到表.pdf");
        var url = $"/reports/{report.Id}/attachments/{png.Id}";
        using (var own = await member.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
            Assert.Equal(ReportPages.Png, await own.Content.ReadAsByteArrayAsync());
        }
        using (var officers = await officer.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, officers.StatusCode);
        using (var refused = await other.GetAsync(url)) Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using (var anonymous = await app.CreateBrowserClient().GetAsync(url)) Assert.Equal("/account/login", anonymous.RedirectPath());
    }

    [Fact]
    public async Task Removing_an_attachment_keeps_the_text_typed_and_deletes_the_stored_file()
    {
        var project = await app.FundedProjectAsync();
        var report = await app.ReportAsync(project.GrantId, ReportKind.Monthly, 3);
        var member = await app.SignedInClientAsync(project.Member);
        using (var saved = await member.PostReportWithFilesAsync(report.Id, [], ("方案.pdf", ReportPages.Pdf, "application/pdf")))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var attachment = Assert.Single((await app.ReportAsync(report.Id)).Attachments);

        var page = await member.GetPageAsync($"/reports/{report.Id}");
        var form = page.QuerySelector<IHtmlFormElement>("#report-form")!;
        var fields = ReportPages.Fields(form).Where(f => f.Name != "Form.Narrative").Append(("Form.Narrative", "删附件前写的进展"));
        using var response = await member.PostAsync($"/reports/{report.Id}/attachments/{attachment.Id}/delete",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));

        Assert.Equal($"/reports/{report.Id}", response.RedirectPath()!.Split('#')[0]);
        var after = await app.ReportAsync(report.Id);
        Assert.Empty(after.Attachments);
        Assert.Equal("删附件前写的进展", after.Narrative);
        Assert.False(File.Exists(Path.Combine(app.FilesFolder, attachment.StoredName)));
    }
}
