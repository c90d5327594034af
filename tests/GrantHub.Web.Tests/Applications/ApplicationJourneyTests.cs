using System.Net;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Applications;

/// <summary>An organization applies through the forms: apply, five steps, submit, and a receipt in the outbox.</summary>
public sealed class ApplicationJourneyTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task An_organization_fills_in_every_step_and_submits_with_a_receipt_saved_in_the_same_change()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);

        var id = await member.ApplyAsync(editionId);
        var project = await member.GetPageAsync(ApplicationSteps.StepUrl(id, 1));
        var category = project.QuerySelectorAll("select[name='Form.CategoryId'] option").Single(o => o.TextContent == "为老服务").GetAttribute("value")!;
        await member.StepAsync(id, 1, ApplicationSteps.Project(categoryId: category));
        await member.StepAsync(id, 2, ApplicationSteps.Plan());
        await member.StepAsync(id, 3, ApplicationSteps.Budget(
            ("活动物资", "8000", "1", "Fiscal"), ("志愿者交通补贴", "50", "40", "Fiscal"), ("宣传印刷", "1,200.50", "2", "Matching")));
        var budget = await member.GetPageAsync(ApplicationSteps.StepUrl(id, 3));
        Assert.Equal("¥10,000.00", budget.QuerySelector("#total-fiscal")!.TextContent.Trim());
        Assert.Equal("¥2,401.00", budget.QuerySelector("#total-matching")!.TextContent.Trim());
        Assert.Equal("¥12,401.00", budget.QuerySelector("#total-all")!.TextContent.Trim());
        Assert.Equal(3, budget.QuerySelectorAll(".budget-row[data-blank='false']").Length);

        using (var upload = await member.UploadAsync(id, "项目计划书.pdf", ApplicationSteps.Pdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            Assert.Equal(ApplicationSteps.StepUrl(id, 4), upload.RedirectPath());
        }
        var review = await member.GetPageAsync(ApplicationSteps.StepUrl(id, 5));
        Assert.Null(review.QuerySelector("#missing-parts"));
        Assert.Equal("6222 0210 0000 1234", review.QuerySelector("[data-profile-field='bank-account-number']")!.TextContent.Trim());
        Assert.Equal("刘会长", review.QuerySelector("[data-profile-field='contact-person']")!.TextContent.Trim());
        Assert.Empty(review.QuerySelectorAll("#applicant-profile input, #applicant-profile textarea"));

        using var submitted = await member.SubmitAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/applications/{id}", submitted.RedirectPath());

        var saved = await app.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Submitted, saved.Status);
        Assert.Equal(app.Now, saved.SubmittedAt);
        Assert.Equal(organizationId, saved.OrganizationId);
        Assert.Equal(("银龄互助食堂", 230, 3, 1), (saved.ProjectName, saved.BeneficiaryCount!.Value, saved.Budget.Count, saved.Attachments.Count));
        Assert.Equal(Money.FromYuan(1_200.50m), saved.Budget.Single(b => b.Subject == "宣传印刷").UnitPrice);
        Assert.Equal(Money.FromYuan(10_000m), saved.FiscalRequested);
        Assert.True(File.Exists(Path.Combine(app.FilesFolder, saved.Attachments[0].StoredName)));
        Assert.Equal("项目计划书.pdf", saved.Attachments[0].FileName);

        var receipt = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeduplicationKey == $"application-received:{id}"));
        Assert.Equal(memberUser.Email, receipt.To);
        Assert.Contains("银龄互助食堂", receipt.Subject);
        Assert.Equal(saved.SubmittedAt, receipt.CreatedAt);

        var details = await member.GetPageAsync($"/applications/{id}");
        Assert.Equal("Submitted", details.QuerySelector(".application-status")!.GetAttribute("data-status"));
        Assert.Equal(3, details.QuerySelectorAll("#budget-table tbody tr").Length);
        Assert.NotNull(details.QuerySelector("#withdraw-button"));
    }

    [Fact]
    public async Task After_submission_every_step_is_read_only()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id);

        for (var step = 1; step <= 5; step++)
        {
            using var get = await member.GetAsync(ApplicationSteps.StepUrl(id, step));
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Equal($"/applications/{id}", get.RedirectPath());
        }
        var details = await member.GetPageAsync($"/applications/{id}");
        var token = details.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        using var post = await member.PostAsync(ApplicationSteps.StepUrl(id, 1), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.AntiforgeryField] = token, ["Form.ProjectName"] = "改过的名字", ["Form.Summary"] = "x", ["Form.CategoryId"] = "1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"/applications/{id}", post.RedirectPath());
        Assert.Equal("银龄互助食堂", (await app.ApplicationAsync(id)).ProjectName);
        Assert.Empty(details.QuerySelectorAll("#section-project a[href$='/edit/1']"));
    }

    [Fact]
    public async Task Withdrawing_before_the_deadline_lets_the_organization_start_again()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var member = await app.SignedInClientAsync(memberUser);
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id);

        using var withdrawn = await member.SubmitFormAsync($"/applications/{id}", $"/applications/{id}/withdraw", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ApplicationStatus.Withdrawn, (await app.ApplicationAsync(id)).Status);

        var second = await member.ApplyAsync(editionId);
        Assert.NotEqual(id, second);
    }
}
