using System.Net;
using GrantHub.Core.Funding;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>The organization confirms the drafted agreement with the day signed and the signed scan (a PDF by its content).</summary>
public sealed class AgreementConfirmationTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<(SeededGrants S, Guid Id, HttpClient Member)> DraftedAsync()
    {
        var s = await EditionAsync(app, [60_000m]);
        var id = s.Funded[0];
        var officer = await OfficerAsync(app);
        using var drafted = await officer.SubmitFormAsync($"/grants/{id}/agreement", $"/grants/{id}/agreement", Agreement("60000"));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        return (s, id, await app.SignedInClientAsync(s.Members[0]));
    }

    [Fact]
    public async Task The_member_confirms_with_a_pdf_and_the_first_tranche_becomes_payable()
    {
        var (s, id, member) = await DraftedAsync();
        var project = await member.GetPageAsync($"/grants/{id}");
        Assert.NotNull(project.QuerySelector("#confirm-link"));

        using var confirmed = await ConfirmAsync(member, id, "签字协议.pdf", Pdf);

        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, Errors(await confirmed.ReadHtmlAsync()));
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal(app.Now.Date, grant.ConfirmedAt!.Value.Date);
        Assert.Equal(s.Members[0].Id, grant.ConfirmedByUserId);
        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Planned, TrancheStatus.Planned], grant.Tranches.OrderBy(t => t.Number).Select(t => t.Status));
        Assert.Equal("签字协议.pdf", grant.SignedScanFileName);

        // The scan is read back by the member and the officer; the drafter is told by e-mail.
        using var scan = await member.GetAsync($"/grants/{id}/agreement.pdf");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal(Pdf, await scan.Content.ReadAsByteArrayAsync());
        var drafter = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == grant.DraftedByUserId).Select(u => u.Email).SingleAsync());
        Assert.Single(await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == drafter).ToListAsync()));
        var page = await member.GetPageAsync($"/grants/{id}");
        Assert.Equal("1", page.QuerySelector("#next-tranche")!.GetAttribute("data-number"));
        Assert.Equal(nameof(TrancheStatus.Eligible), page.QuerySelector("#next-tranche")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_the_agreement_stays_unconfirmed()
    {
        var (_, id, member) = await DraftedAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var before = Directory.Exists(app.FilesFolder) ? Directory.GetFiles(app.FilesFolder).Length : 0;

        using var refused = await ConfirmAsync(member, id, "签字协议.pdf", png, signedOn: "2026-05-08");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("file"));
        Assert.Equal("2026-05-08", page.InputValue("Form.SignedOn"));
        Assert.Equal(GrantStatus.AgreementDrafted, (await GrantAsync(app, id)).Status);
        Assert.Equal(before, Directory.Exists(app.FilesFolder) ? Directory.GetFiles(app.FilesFolder).Length : 0);
    }

    [Fact]
    public async Task A_signing_day_in_the_future_is_refused_by_the_rule()
    {
        var (_, id, member) = await DraftedAsync();

        using var refused = await ConfirmAsync(member, id, "签字协议.pdf", Pdf, signedOn: "2026-12-31");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不能", (await refused.ReadHtmlAsync()).ErrorSummary()!.TextContent);
        Assert.Equal(GrantStatus.AgreementDrafted, (await GrantAsync(app, id)).Status);
    }
}
