using System.Net;
using System.Text;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>Attachments are PDFs by content, stored outside the web root, and downloaded only by those who may see the application.</summary>
public sealed class AttachmentTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task A_renamed_non_pdf_is_refused_and_nothing_is_stored()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, _) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var id = await member.ApplyAsync(editionId);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var before = Directory.Exists(app.FilesFolder) ? Directory.GetFiles(app.FilesFolder).Length : 0;

        using var refused = await member.UploadAsync(id, "登记证书.pdf", png);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("file"));
        Assert.Empty((await app.ApplicationAsync(id)).Attachments);
        Assert.Equal(before, Directory.Exists(app.FilesFolder) ? Directory.GetFiles(app.FilesFolder).Length : 0);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, _) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var id = await member.ApplyAsync(editionId);
        var big = new byte[10 * 1024 * 1024 + 1];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(big, 0);

        using var refused = await member.UploadAsync(id, "大文件.pdf", big);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("file"));
        Assert.Empty((await app.ApplicationAsync(id)).Attachments);
    }

    [Fact]
    public async Task The_download_is_refused_to_another_organizations_member_and_allowed_to_the_officer()
    {
        var editionId = await app.CreateEditionAsync();
        var (ownerUser, _) = await app.CreateOrganizationAsync();
        var (otherUser, _) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        var owner = await app.SignedInClientAsync(ownerUser);
        var other = await app.SignedInClientAsync(otherUser);
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        var judge = await app.SignedInClientAsync(await app.CreateUserAsync("judge", Roles.Judge));
        var id = await owner.ApplyAsync(editionId);
        using (var uploaded = await owner.UploadAsync(id, "项目计划书.pdf", ApplicationSteps.Pdf))
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var attachment = (await app.ApplicationAsync(id)).Attachments.Single();
        var url = $"/applications/{id}/attachments/{attachment.Id}";

        using (var refused = await other.GetAsync(url)) Assert.True(refused.IsRefusal(), $"another organization got {(int)refused.StatusCode}");
        using (var refused = await judge.GetAsync(url)) Assert.True(refused.IsRefusal(), $"a judge got {(int)refused.StatusCode}");
        using (var anonymous = await app.CreateBrowserClient().GetAsync(url))
            Assert.Equal("/account/login", anonymous.RedirectPath());
        using var allowed = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("application/pdf", allowed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ApplicationSteps.Pdf, await allowed.Content.ReadAsByteArrayAsync());
        using var own = await owner.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Removing_an_attachment_deletes_the_stored_file()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, _) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var id = await member.ApplyAsync(editionId);
        using (await member.UploadAsync(id, "a.pdf", ApplicationSteps.Pdf)) { }
        var attachment = (await app.ApplicationAsync(id)).Attachments.Single();
        var path = Path.Combine(app.FilesFolder, attachment.StoredName);
        Assert.True(File.Exists(path));

        using var removed = await member.SubmitFormAsync(ApplicationSteps.StepUrl(id, 4), $"/applications/{id}/attachments/{attachment.Id}/delete",
            new Dictionary<string, string>());

        Assert.Equal(ApplicationSteps.StepUrl(id, 4), removed.RedirectPath());
        Assert.Empty((await app.ApplicationAsync(id)).Attachments);
        Assert.False(File.Exists(path));
        Assert.DoesNotContain("wwwroot", app.FilesFolder);
    }
}
