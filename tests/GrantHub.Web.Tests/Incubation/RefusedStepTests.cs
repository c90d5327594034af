using System.Net;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>
/// A step the rules refuse comes back on the page as the rule's message in the person's language: never a 500, never
/// a silent no-op, and nothing changes in the database.
/// </summary>
public sealed class RefusedStepTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private async Task<(HttpClient Staff, Guid Id)> ResidencyAsync(ResidencyStatus status, Action<GrantHub.Core.Data.GrantHubDbContext, Residency>? more = null)
    {
        var centerId = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var (_, organizationId) = await app.CreateOrganizationAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var r = Residency.Apply(organizationId, centerId, "需要场地", app.Now.AddDays(-60));
            db.Residencies.Add(r);
            if (status == ResidencyStatus.Rejected) r.Reject("不符合条件", "staff", app.Now.AddDays(-59));
            if (status == ResidencyStatus.Admitted) r.Admit(app.Today.AddDays(-50), 12, Placement.Virtual, null, "staff", app.Now.AddDays(-50));
            more?.Invoke(db, r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        return (staff, id);
    }

    private static void AddAssessment(GrantHub.Core.Data.GrantHubDbContext db, Residency r, AssessmentKind kind, int each, int daysAgo) =>
        db.Assessments.Add(Assessment.Record(r, kind, DateOnly.FromDateTime(r.AppliedAt).AddDays(60 - daysAgo), each, each, each, each, "", "staff",
            r.AppliedAt.AddDays(60 - daysAgo)));

    private static async Task AssertRefusedAsync(IncubationFactory app, Guid id, AngleSharp.Html.Dom.IHtmlDocument page, string message, ResidencyStatus status)
    {
        Assert.Contains(message, page.ErrorSummary()?.TextContent);
        var r = await app.ResidencyAsync(id);
        Assert.Equal(status, r.Status);
    }

    [Fact]
    public async Task Graduating_without_a_graduation_assessment_is_refused()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Admitted);

        var page = await staff.RefusedStepAsync(id, "graduate");

        await AssertRefusedAsync(app, id, page, "出壳需要一次合格的出壳评估，请先登记评估。", ResidencyStatus.Admitted);
        Assert.Null((await app.ResidencyAsync(id)).CertificateNumber);
    }

    [Fact]
    public async Task A_capacity_assessment_does_not_graduate_even_with_full_marks()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Admitted, (db, r) => AddAssessment(db, r, AssessmentKind.Capacity, 25, 1));

        var page = await staff.RefusedStepAsync(id, "graduate");

        await AssertRefusedAsync(app, id, page, "出壳需要一次合格的出壳评估，请先登记评估。", ResidencyStatus.Admitted);
    }

    [Fact]
    public async Task A_failing_latest_graduation_assessment_is_refused_with_its_score_even_after_an_earlier_pass()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Admitted, (db, r) =>
        {
            AddAssessment(db, r, AssessmentKind.Graduation, 20, 10);
            AddAssessment(db, r, AssessmentKind.Graduation, 13, 2);
        });

        var page = await staff.RefusedStepAsync(id, "graduate");

        await AssertRefusedAsync(app, id, page, "出壳评估得分 52，低于合格线 60 分。", ResidencyStatus.Admitted);
        Assert.Contains("52", page.QuerySelector("#graduation-readiness")?.TextContent);
    }

    [Fact]
    public async Task Admitting_a_rejected_application_is_refused_with_its_status_in_the_message()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Rejected);
        var before = await app.ResidencyAsync(id);
        Assert.Null((await staff.GetPageAsync(IncubationSteps.DetailUrl(id))).QuerySelector("#admit-form"));

        using var response = await staff.PostWithTokenAsync(IncubationSteps.DetailUrl(id), $"{IncubationSteps.DetailUrl(id)}/admit", new()
        {
            ["Admit.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Admit.StartsOn"] = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Admit.TermMonths"] = "12",
            ["Admit.Placement"] = "Virtual",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertRefusedAsync(app, id, await response.ReadHtmlAsync(), "该入驻当前状态为“未通过入驻审核”，现在不能进行此操作。", ResidencyStatus.Rejected);
    }

    [Fact]
    public async Task Ending_an_application_that_was_never_admitted_is_refused()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Applied);

        using var response = await staff.PostWithTokenAsync(IncubationSteps.DetailUrl(id), $"{IncubationSteps.DetailUrl(id)}/exit", new()
        {
            ["Exit.Version"] = "0",
            ["Exit.On"] = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Exit.Reason"] = "组织解散",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertRefusedAsync(app, id, await response.ReadHtmlAsync(), "该入驻当前状态为“已申请”，现在不能进行此操作。", ResidencyStatus.Applied);
    }

    [Fact]
    public async Task A_term_out_of_range_is_refused_beside_the_field_and_the_typed_values_stay()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Applied);

        var page = await staff.RefusedStepAsync(id, "admit", new() { ["Admit.TermMonths"] = "48", ["Admit.Placement"] = "Virtual" });

        Assert.NotNull(page.FieldError("Admit.TermMonths"));
        Assert.Equal("48", page.InputValue("Admit.TermMonths"));
        Assert.Equal(ResidencyStatus.Applied, (await app.ResidencyAsync(id)).Status);
    }

    [Fact]
    public async Task Scores_above_25_and_an_amount_on_a_training_are_refused_and_nothing_is_recorded()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Admitted);

        var assessment = await staff.RefusedStepAsync(id, "assessments", new()
        {
            ["Assessment.Kind"] = "Capacity", ["Assessment.Governance"] = "26", ["Assessment.Team"] = "10",
            ["Assessment.Finance"] = "10", ["Assessment.ProjectOperation"] = "10",
        });
        Assert.NotNull(assessment.FieldError("Assessment.Governance"));
        var service = await staff.RefusedStepAsync(id, "services", new()
        {
            ["Service.Type"] = "Training", ["Service.Topic"] = "项目书写作培训", ["Service.Hours"] = "2", ["Service.Attendees"] = "10", ["Service.Amount"] = "300",
        });
        Assert.Equal("只有活动补贴才填写金额。", service.FieldError("Service.Amount"));
        var halfHours = await staff.RefusedStepAsync(id, "services", new()
        {
            ["Service.Type"] = "Training", ["Service.Topic"] = "项目书写作培训", ["Service.Hours"] = "1.25", ["Service.Attendees"] = "10",
        });
        Assert.Equal("时长以半小时为单位，例如 1.5。", halfHours.FieldError("Service.Hours"));
        Assert.Equal("项目书写作培训", halfHours.InputValue("Service.Topic"));

        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ResidencyId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ServiceRecords.CountAsync(s => s.ResidencyId == id)));
    }

    [Fact]
    public async Task A_step_taken_from_an_outdated_page_is_refused_with_a_request_to_reload()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Applied);
        var outdated = await staff.GetPageAsync(IncubationSteps.DetailUrl(id));
        await staff.StepAsync(id, "review");

        using var admit = await staff.SubmitFormAsync(outdated, $"{IncubationSteps.DetailUrl(id)}/admit",
            new Dictionary<string, string> { ["Admit.Placement"] = "Virtual" });
        Assert.Equal(HttpStatusCode.OK, admit.StatusCode);
        var page = await admit.ReadHtmlAsync();
        Assert.Contains("该入驻记录刚被他人修改，请刷新页面后重试。", page.ErrorSummary()?.TextContent);
        Assert.Equal(ResidencyStatus.UnderReview, (await app.ResidencyAsync(id)).Status);

        // The page now carries the current version: submitting it again is a conscious decision on the current state.
        await staff.StepAsync(id, "admit", new() { ["Admit.Placement"] = "Virtual" });
        Assert.Equal(ResidencyStatus.Admitted, (await app.ResidencyAsync(id)).Status);
    }

    [Fact]
    public async Task Starting_a_review_twice_from_an_outdated_page_is_refused_with_a_message()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Applied);
        var outdated = await staff.GetPageAsync(IncubationSteps.DetailUrl(id));
        await staff.StepAsync(id, "review");

        using var again = await staff.SubmitFormAsync(outdated, $"{IncubationSteps.DetailUrl(id)}/review", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await staff.GetPageAsync(IncubationSteps.DetailUrl(id));
        Assert.Equal("该入驻记录刚被他人修改，请刷新页面后重试。", page.QuerySelector("#flash-error")?.TextContent);
    }

    [Fact]
    public async Task The_refusal_reads_in_english_for_a_person_who_chose_english()
    {
        var (staff, id) = await ResidencyAsync(ResidencyStatus.Admitted);
        using (await staff.SubmitFormAsync("/center", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/center" }))
        {
        }

        var page = await staff.RefusedStepAsync(id, "graduate");

        Assert.Equal("en", page.Lang());
        Assert.Contains("Graduation needs a passing graduation assessment: record one first.", page.ErrorSummary()?.TextContent);
    }
}
