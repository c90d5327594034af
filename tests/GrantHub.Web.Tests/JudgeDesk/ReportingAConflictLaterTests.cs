using System.Net;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>
/// A judge who declared no conflict and finds one later reports it from the score sheet (kind and note): the sheet
/// closes for them and what they scored is kept on record but no longer counts; the change is audited.
/// </summary>
public sealed class ReportingAConflictLaterTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    private static Dictionary<string, string> Report(string kind, string note = "") => new() { ["Report.Kind"] = kind, ["Report.Note"] = note };

    [Fact]
    public async Task Reporting_closes_the_sheet_keeps_the_draft_unusable_and_is_audited()
    {
        var c = await JudgeCase.CreateAsync(app);
        var criteria = await app.CriteriaAsync(c.EditionId);
        await c.DeclareNoConflictAsync();
        await c.ScoreAsync(criteria, max => max - 1, "save");
        var draft = await app.SheetAsync(c.AssignmentId);
        Assert.NotNull((await c.Client.GetPageAsync(c.Url)).QuerySelector("#report-form"));

        using var reported = await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/report-conflict", Report("StaffOfItsCenter", "我已受聘于该机构所在的孵化中心"));

        Assert.Equal("/judging", reported.RedirectPath());
        var declaration = await app.WithDbAsync(db => db.ConflictDeclarations.AsNoTracking()
            .SingleAsync(d => d.ApplicationId == c.Application.Id && d.JudgeUserId == c.Judge.Id));
        Assert.True(declaration.Blocks);
        Assert.Equal(ConflictKind.StaffOfItsCenter, declaration.Kind);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ConflictDeclaration)
            && e.EntityKey == declaration.Id.ToString() && e.Action == "Modified" && e.After!.Contains("HasConflict"))));

        var page = await c.Client.GetPageAsync(c.Url);
        Assert.NotNull(page.QuerySelector("#conflict-ended"));
        Assert.NotNull(page.QuerySelector("#sheet-set-aside"));
        Assert.Null(page.QuerySelector("#score-form"));
        Assert.DoesNotContain(JudgeDeskFactory.NeedAnalysis, page.DocumentElement.OuterHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Client.GetAsync($"{c.Url}/attachments/1")).StatusCode);
        Assert.Equal("Conflict", (await c.Client.GetPageAsync("/judging")).QuerySelector(".queue-row")!.GetAttribute("data-status"));

        // Scores posted after the report are refused; the draft stays as it was, on record.
        using var posted = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/sheet", new Dictionary<string, string>
        {
            ["Form.Then"] = "submit", ["Form.Rows[0].CriterionId"] = criteria[0].Id.ToString(), ["Form.Rows[0].Points"] = "1",
        });
        Assert.Equal(c.Url, posted.RedirectPath());
        var kept = await app.SheetAsync(c.AssignmentId);
        Assert.Equal(ScoreSheetStatus.Draft, kept!.Status);
        Assert.Equal(draft!.Total, kept.Total);
    }

    [Fact]
    public async Task The_kind_is_required_and_the_form_comes_back_open_with_what_was_typed()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.DeclareNoConflictAsync();

        using var refused = await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/report-conflict", Report("", "与该机构负责人是亲属"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("#report-conflict details[open]"));
        Assert.NotNull(page.FieldError("Report.Kind"));
        Assert.Equal("与该机构负责人是亲属", page.QuerySelector("#report-note")!.TextContent);
        Assert.NotNull(page.QuerySelector("#score-form"));
        Assert.False((await app.WithDbAsync(db => db.ConflictDeclarations.AsNoTracking()
            .SingleAsync(d => d.ApplicationId == c.Application.Id && d.JudgeUserId == c.Judge.Id))).HasConflict);
    }

    [Fact]
    public async Task Another_tie_needs_a_note()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.DeclareNoConflictAsync();

        using var refused = await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/report-conflict", Report("Other"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Report.Note"));
    }

    [Fact]
    public async Task A_judge_who_has_not_declared_or_already_declared_a_conflict_cannot_report_one()
    {
        var c = await JudgeCase.CreateAsync(app);

        using (var undeclared = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/report-conflict", Report("PriorTie")))
            Assert.Equal(c.Url, undeclared.RedirectPath());
        Assert.False(await app.WithDbAsync(db => db.ConflictDeclarations.AnyAsync(d => d.ApplicationId == c.Application.Id)));

        await c.Client.SubmitFormAsync(c.Url, $"{c.Url}/declare", new Dictionary<string, string>
        {
            ["Declaration.Decision"] = "conflict", ["Declaration.Kind"] = "MemberOfOrganization",
        });
        using (var again = await c.Client.PostWithTokenAsync("/judging", $"{c.Url}/report-conflict", Report("PriorTie")))
            Assert.Equal(c.Url, again.RedirectPath());
        var declaration = await app.WithDbAsync(db => db.ConflictDeclarations.AsNoTracking().SingleAsync(d => d.ApplicationId == c.Application.Id));
        Assert.Equal(ConflictKind.MemberOfOrganization, declaration.Kind);
    }

    [Fact]
    public async Task Another_judges_assignment_cannot_be_reported_on()
    {
        var c = await JudgeCase.CreateAsync(app);
        await c.DeclareNoConflictAsync();
        var other = await JudgeCase.CreateAsync(app);

        using var response = await other.Client.PostWithTokenAsync("/judging", $"{c.Url}/report-conflict", Report("PriorTie"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
