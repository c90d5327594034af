using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>In blind review the organization's name and code appear on no page a judge can reach, nor in a download's name.</summary>
public sealed class BlindReviewTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    private static readonly string[] EveryStep = ["declare", "draft", "error", "submitted"];

    /// <summary>Every page the judge reaches along the way: queue, home, declaration, scoring, a refused form, the locked sheet.</summary>
    private static async Task<List<string>> PagesAlongTheWayAsync(JudgeDeskFactory app, JudgeCase c)
    {
        var criteria = await app.CriteriaAsync(c.EditionId);
        var html = new List<string>();
        async Task Read(string url) => html.Add((await c.Client.GetPageAsync(url)).DocumentElement.OuterHtml);
        await Read("/"); await Read("/judging"); await Read(c.Url);
        await c.DeclareNoConflictAsync();
        await Read(c.Url);
        var refused = await c.ScoreAsync(criteria, _ => 1m, "save", comment: "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        html.Add(await refused.Content.ReadAsStringAsync());
        await c.ScoreAsync(criteria, max => max, "save");
        await Read(c.Url);
        await c.ScoreAsync(criteria, max => max, "submit");
        await Read(c.Url); await Read("/judging");
        return html;
    }

    [Fact]
    public async Task No_page_a_judge_reaches_names_the_organization_or_its_code()
    {
        var c = await JudgeCase.CreateAsync(app, blind: true);
        var organization = await app.WithDbAsync(db => Task.FromResult(db.Organizations.Single(o => o.Id == c.Application.OrganizationId)));

        var pages = await PagesAlongTheWayAsync(app, c);

        Assert.Equal(ScoreSheetStatus.Submitted, (await app.SheetAsync(c.AssignmentId))!.Status);
        Assert.Equal(8, pages.Count);
        foreach (var html in pages)
        {
            Assert.DoesNotContain(organization.Name, html);
            Assert.DoesNotContain(organization.FilingNumber ?? organization.CreditCode!, html);
            Assert.DoesNotContain("刘会长", html);
            Assert.DoesNotContain("13912345678", html);
            Assert.DoesNotContain(JudgeDeskFactory.AttachmentName, html);
            Assert.DoesNotContain("登记证书", html);
        }
        Assert.Contains(pages, html => html.Contains(JudgeDeskFactory.NeedAnalysis));
    }

    [Fact]
    public async Task Outside_blind_review_the_same_pages_do_name_the_organization()
    {
        var c = await JudgeCase.CreateAsync(app, blind: false);
        var organization = await app.WithDbAsync(db => Task.FromResult(db.Organizations.Single(o => o.Id == c.Application.OrganizationId)));

        var pages = await PagesAlongTheWayAsync(app, c);

        Assert.Contains(pages, html => html.Contains(organization.Name));
        Assert.Contains(pages, html => html.Contains(JudgeDeskFactory.AttachmentName));
    }

    [Fact]
    public async Task A_blind_download_has_a_generic_file_name()
    {
        var c = await JudgeCase.CreateAsync(app, blind: true);
        await c.DeclareNoConflictAsync();

        var page = await c.Client.GetPageAsync(c.Url);
        var link = page.QuerySelector("a.attachment-link")!;
        var download = await c.Client.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment-1.pdf", disposition.FileName?.Trim('"'));
        Assert.True(disposition.FileNameStar is null || disposition.FileNameStar == "attachment-1.pdf");
        Assert.DoesNotContain("嘉禾", download.Content.Headers.ToString());
        Assert.DoesNotContain("%E5%98%89", download.Content.Headers.ToString());
        Assert.DoesNotContain("登记证书", link.TextContent);
    }
}
