using System.Globalization;
using System.Net;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>The whole life cycle through the HTTP forms: apply → start review → admit → service → assessment → graduate.</summary>
public sealed class ResidencyJourneyTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    [Fact]
    public async Task An_organization_applies_and_the_center_reviews_admits_serves_assesses_and_graduates_it()
    {
        var centerId = await app.CreateCenterAsync(desks: 2);
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var (member, organizationId) = await app.CreateOrganizationAsync("华兴新村彩虹文艺队");
        var org = await app.SignedInClientAsync(member);

        // The organization applies; its profile is shown from the record, not retyped.
        var applyPage = await org.GetPageAsync("/residency/apply");
        Assert.Equal("华兴新村彩虹文艺队", applyPage.QuerySelector("#profile-summary [data-field=name]")?.TextContent);
        Assert.Null(applyPage.QuerySelector("#apply-form input[name*='Name']"));
        using (var applied = await org.SubmitFormAsync(applyPage, "/residency/apply", new Dictionary<string, string>
               {
                   ["Form.CenterId"] = centerId.ToString(CultureInfo.InvariantCulture),
                   ["Form.Needs"] = "需要活动场地和财务督导",
               }))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
            Assert.Equal("/residency", applied.RedirectPath());
        }
        var id = await app.WithDbAsync(db => db.Residencies.Where(r => r.OrganizationId == organizationId).Select(r => r.Id).SingleAsync());
        var residency = await app.ResidencyAsync(id);
        Assert.Equal(ResidencyStatus.Applied, residency.Status);
        Assert.Equal(centerId, residency.CenterId);
        Assert.Equal("需要活动场地和财务督导", residency.Needs);
        var orgPage = await org.GetPageAsync("/residency");
        Assert.Equal(nameof(ResidencyStatus.Applied), orgPage.QuerySelector($".residency-card[data-residency-id='{id}']")?.GetAttribute("data-status"));
        Assert.Null(orgPage.QuerySelector("#apply-link"));

        // The staff see it in the queue, then review, admit at a desk, record a service and a graduation assessment.
        var queue = await staff.GetPageAsync("/center/applications");
        Assert.NotNull(queue.QuerySelector($"tr[data-residency-id='{id}']"));
        await staff.StepAsync(id, "review");
        Assert.Equal(ResidencyStatus.UnderReview, (await app.ResidencyAsync(id)).Status);

        await staff.StepAsync(id, "admit", new() { ["Admit.TermMonths"] = "24", ["Admit.Placement"] = "Desk" });
        residency = await app.ResidencyAsync(id);
        Assert.Equal(ResidencyStatus.Admitted, residency.Status);
        Assert.Equal(app.Today, residency.StartsOn);
        Assert.Equal(24, residency.TermMonths);
        Assert.Equal(Placement.Desk, residency.Placement);
        Assert.Equal(1, residency.DeskNumber);

        await staff.StepAsync(id, "services", new()
        {
            ["Service.Type"] = "ActivitySubsidy",
            ["Service.Topic"] = "重阳节敬老活动",
            ["Service.Hours"] = "2.5",
            ["Service.Attendees"] = "35",
            ["Service.Amount"] = "800.50",
        });
        var service = await app.WithDbAsync(db => db.ServiceRecords.AsNoTracking().SingleAsync(s => s.ResidencyId == id));
        Assert.Equal(ServiceType.ActivitySubsidy, service.Type);
        Assert.Equal(150, service.Minutes);
        Assert.Equal(80050, service.Amount.Fen);
        Assert.Equal(35, service.Attendees);
        Assert.Equal(app.Today, service.On);

        await staff.StepAsync(id, "assessments", new()
        {
            ["Assessment.Kind"] = "Graduation",
            ["Assessment.Governance"] = "20",
            ["Assessment.Team"] = "18",
            ["Assessment.Finance"] = "17",
            ["Assessment.ProjectOperation"] = "15",
            ["Assessment.Comment"] = "治理结构健全，同意出壳。",
        });
        var assessment = await app.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.ResidencyId == id));
        Assert.Equal(AssessmentKind.Graduation, assessment.Kind);
        Assert.Equal(70, assessment.Total);

        await staff.StepAsync(id, "graduate");
        residency = await app.ResidencyAsync(id);
        Assert.Equal(ResidencyStatus.Graduated, residency.Status);
        Assert.Equal(app.Today, residency.GraduatedOn);
        Assert.Equal(Certificates.Number(2026, centerId, 1), residency.CertificateNumber);
        Assert.Null(residency.DeskNumber);

        // The organization reads the outcome and opens its certificate.
        orgPage = await org.GetPageAsync("/residency");
        var card = orgPage.QuerySelector($".residency-card[data-residency-id='{id}']")!;
        Assert.Equal(nameof(ResidencyStatus.Graduated), card.GetAttribute("data-status"));
        Assert.Equal($"/residencies/{id}/certificate", card.QuerySelector("#certificate-link")?.GetAttribute("href"));
        Assert.NotNull(orgPage.QuerySelector("#apply-link"));
        var certificate = await org.GetPageAsync($"/residencies/{id}/certificate");
        Assert.Equal(residency.CertificateNumber, certificate.QuerySelector("#certificate-number")?.TextContent);
        Assert.Equal("华兴新村彩虹文艺队", certificate.QuerySelector("#certificate-organization")?.TextContent);
    }

    [Fact]
    public async Task A_rejected_organization_reads_the_reason_and_may_apply_again()
    {
        var centerId = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var (member, organizationId) = await app.CreateOrganizationAsync("嘉禾社区巧手互助会");
        var org = await app.SignedInClientAsync(member);
        using (await org.SubmitFormAsync("/residency/apply", "/residency/apply", new Dictionary<string, string>
               {
                   ["Form.CenterId"] = centerId.ToString(CultureInfo.InvariantCulture),
                   ["Form.Needs"] = "需要登记备案指导",
               }))
        {
        }
        var id = await app.WithDbAsync(db => db.Residencies.Where(r => r.OrganizationId == organizationId).Select(r => r.Id).SingleAsync());

        await staff.StepAsync(id, "reject", new() { ["Reject.Reason"] = "近两年年检不合格，整改后欢迎再次申请。" });

        var residency = await app.ResidencyAsync(id);
        Assert.Equal(ResidencyStatus.Rejected, residency.Status);
        var page = await org.GetPageAsync("/residency");
        Assert.Contains("近两年年检不合格，整改后欢迎再次申请。", page.QuerySelector($".residency-card[data-residency-id='{id}'] .rejection-reason")?.TextContent);
        Assert.NotNull(page.QuerySelector("#apply-link"));
        using var again = await org.GetAsync("/residency/apply");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
