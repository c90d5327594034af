using System.Net;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// The officer records the mid-term and final evaluations: a pass makes the tranche waiting on it payable, a fail stops
/// the project and cancels every tranche not paid; the flash says which.
/// </summary>
public sealed class EvaluationTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static Dictionary<string, string> Evaluation(string kind, string score) => new()
    {
        ["Form.Kind"] = kind, ["Form.Score"] = score, ["Form.Evaluator"] = "仪征市社会组织评估中心", ["Form.Comment"] = "按计划推进。",
    };

    private async Task<(Guid Id, HttpClient Officer)> InProgressAsync()
    {
        var s = await EditionAsync(app, [100_000m]);
        await AgreedAsync(app, s.Funded[0], s.Members[0]);
        return (s.Funded[0], await OfficerAsync(app));
    }

    [Fact]
    public async Task A_midterm_pass_makes_tranche_2_payable_and_says_so()
    {
        var (id, officer) = await InProgressAsync();
        var url = $"/grants/{id}/evaluations/new";
        var form = await officer.GetPageAsync(url);
        Assert.NotNull(form.QuerySelector("input[name='Form.Kind'][value='Midterm'][checked]"));
        Assert.Equal("60", form.InputValue("Form.PassMark"));

        using var recorded = await officer.SubmitFormAsync(form, url, Evaluation("Midterm", "82.5"));

        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, Errors(await recorded.ReadHtmlAsync()));
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.InProgress, grant.Status);
        Assert.Equal([TrancheStatus.Eligible, TrancheStatus.Eligible, TrancheStatus.Planned], grant.Tranches.OrderBy(t => t.Number).Select(t => t.Status));
        var evaluation = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.GrantId == id));
        Assert.True(evaluation.Passed);
        Assert.Equal(82.5m, evaluation.Score);
        var page = await officer.GetPageAsync($"/grants/{id}");
        Assert.Contains("第 2 笔", page.QuerySelector(".alert-success")!.TextContent);
        Assert.NotNull(page.QuerySelector(".evaluation[data-kind='Midterm'][data-passed='True']"));
    }

    [Fact]
    public async Task A_midterm_fail_stops_the_project_and_cancels_every_unpaid_tranche()
    {
        var (id, officer) = await InProgressAsync();
        var url = $"/grants/{id}/evaluations/new";

        using var recorded = await officer.SubmitFormAsync(url, url, Evaluation("Midterm", "59.9"));

        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, Errors(await recorded.ReadHtmlAsync()));
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Cancelled, t.Status));
        var page = await officer.GetPageAsync($"/grants/{id}");
        Assert.Contains("3 笔", page.QuerySelector(".alert-success")!.TextContent);
        Assert.NotNull(page.QuerySelector("#stopped"));
        Assert.Null(page.QuerySelector("#evaluate-link"));
    }

    [Fact]
    public async Task A_score_with_two_decimals_is_refused_beside_the_field_and_nothing_is_recorded()
    {
        var (id, officer) = await InProgressAsync();
        var url = $"/grants/{id}/evaluations/new";

        using var refused = await officer.SubmitFormAsync(url, url, Evaluation("Midterm", "75.25"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.FieldError("Form.Score"));
        Assert.Equal("仪征市社会组织评估中心", page.InputValue("Form.Evaluator"));
        Assert.False(await app.WithDbAsync(db => db.Evaluations.AnyAsync(e => e.GrantId == id)));
    }

    [Fact]
    public async Task The_final_evaluation_waits_for_the_midterm_and_a_final_pass_completes_the_project()
    {
        var (id, officer) = await InProgressAsync();
        var url = $"/grants/{id}/evaluations/new";

        using var early = await officer.SubmitFormAsync(url, url, Evaluation("Final", "90"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("中期评估", (await early.ReadHtmlAsync()).ErrorSummary()!.TextContent);

        await officer.SubmitFormAsync(url, url, Evaluation("Midterm", "70"));
        using var final = await officer.SubmitFormAsync(url, url, Evaluation("Final", "90"));
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.Completed, grant.Status);
        Assert.Equal(TrancheStatus.Eligible, grant.Tranches.Single(t => t.Number == 3).Status);
        Assert.Equal([EvaluationKind.Midterm, EvaluationKind.Final],
            await app.WithDbAsync(db => db.Evaluations.Where(e => e.GrantId == id).OrderBy(e => e.Kind).Select(e => e.Kind).ToListAsync()));
    }
}
