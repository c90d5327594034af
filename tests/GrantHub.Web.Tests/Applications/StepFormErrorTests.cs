using GrantHub.Core.Competitions;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>A step with errors comes back with every typed value and a message beside the field; nothing is lost.</summary>
public sealed class StepFormErrorTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task A_plan_with_a_wrong_number_keeps_everything_typed_and_saves_nothing()
    {
        var editionId = await app.CreateEditionAsync();
        var member = await app.SignedInClientAsync((await app.CreateOrganizationAsync()).Member);
        var id = await member.ApplyAsync(editionId);
        var typed = ApplicationSteps.Plan();
        typed["Form.BeneficiaryCount"] = "两百";
        typed["Form.Team"] = "";

        var page = await member.RefusedStepAsync(id, 2, typed);

        Assert.NotNull(page.FieldError("Form.BeneficiaryCount"));
        Assert.NotNull(page.FieldError("Form.Team"));
        Assert.Equal("两百", page.InputValue("Form.BeneficiaryCount"));
        Assert.Equal(typed["Form.NeedAnalysis"], page.QuerySelector("textarea[name='Form.NeedAnalysis']")!.TextContent.Trim());
        Assert.Equal("", (await app.ApplicationAsync(id)).NeedAnalysis);
    }

    [Fact]
    public async Task Saving_the_draft_keeps_a_half_done_step_and_stays_on_it()
    {
        var editionId = await app.CreateEditionAsync();
        var member = await app.SignedInClientAsync((await app.CreateOrganizationAsync()).Member);
        var id = await member.ApplyAsync(editionId);

        using var saved = await member.SubmitFormAsync(ApplicationSteps.StepUrl(id, 1), ApplicationSteps.StepUrl(id, 1),
            new Dictionary<string, string> { ["Form.ProjectName"] = "半成品", ["Form.Then"] = "stay" });

        Assert.Equal(ApplicationSteps.StepUrl(id, 1), saved.RedirectPath());
        Assert.Equal("半成品", (await app.ApplicationAsync(id)).ProjectName);
    }

    [Fact]
    public async Task A_budget_over_the_cap_or_short_of_matching_funds_is_refused_on_continue_with_the_lines_kept()
    {
        var editionId = await app.CreateEditionAsync(matchingPercent: 10, capYuan: 30_000m);
        var member = await app.SignedInClientAsync((await app.CreateOrganizationAsync()).Member);
        var id = await member.ApplyAsync(editionId);

        var overCap = await member.RefusedStepAsync(id, 3, ApplicationSteps.Budget(("设备", "30000.01", "1", "Fiscal"), ("场地", "5000", "1", "Matching")));
        Assert.NotNull(overCap.ErrorSummary());
        Assert.Equal("30000.01", overCap.InputValue("Form.Lines[0].UnitPrice"));
        Assert.Equal("text-danger", overCap.QuerySelector("#rule-cap")!.ClassList.Single());

        // 10% of ¥20,000.01 is ¥2,000.001: ¥2,000.00 is one fen short.
        var shortOfMatching = await member.RefusedStepAsync(id, 3, ApplicationSteps.Budget(("设备", "20000.01", "1", "Fiscal"), ("场地", "2000", "1", "Matching")));
        Assert.NotNull(shortOfMatching.ErrorSummary());
        Assert.Contains("¥2,000.01", shortOfMatching.QuerySelector("#rule-matching")!.TextContent);
        Assert.Empty((await app.ApplicationAsync(id)).Budget);

        await member.StepAsync(id, 3, ApplicationSteps.Budget(("设备", "20000.01", "1", "Fiscal"), ("场地", "2000.01", "1", "Matching")));
        Assert.Equal(2, (await app.ApplicationAsync(id)).Budget.Count);
    }

    [Fact]
    public async Task A_budget_line_with_a_bad_price_shows_the_message_beside_it()
    {
        var editionId = await app.CreateEditionAsync();
        var member = await app.SignedInClientAsync((await app.CreateOrganizationAsync()).Member);
        var id = await member.ApplyAsync(editionId);

        var page = await member.RefusedStepAsync(id, 3, ApplicationSteps.Budget(("设备", "12.345", "1", "Fiscal"), ("场地", "abc", "0", "Matching")));

        Assert.NotNull(page.FieldError("Form.Lines[0].UnitPrice"));
        Assert.NotNull(page.FieldError("Form.Lines[1].UnitPrice"));
        Assert.NotNull(page.FieldError("Form.Lines[1].Quantity"));
        Assert.Equal("12.345", page.InputValue("Form.Lines[0].UnitPrice"));
        Assert.Equal(FundsSource.Matching.ToString(), page.QuerySelector("select[name='Form.Lines[1].Source'] option[selected]")!.GetAttribute("value"));
    }
}
