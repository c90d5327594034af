using GrantHub.Core.Data;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using Microsoft.EntityFrameworkCore;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// The reports and evaluations ledger: a sheet of reports (due, first submitted, status, late by the rule used
/// everywhere, returned how many times) and a sheet of evaluations (kind, score, pass mark, passed, date, evaluator).
/// </summary>
public sealed class ReportsLedgerTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private string H(string key) => app.Text(key);

    [Fact]
    public async Task Reports_and_evaluations_are_two_sheets_with_their_figures()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);
        var owed = await app.WithDbAsync(db => db.ProjectReports.CountAsync(r => r.GrantId == world.FundedGrant));

        var export = await app.GenerateAsync(officer, LedgerKind.Reports);
        var sheets = await LedgersFactory.ReadAsync(officer, export);

        Assert.Equal([H("Reports"), H("Evaluations")], sheets.Keys);
        var reports = sheets[H("Reports")];
        Assert.Equal(owed, reports.Count);
        Assert.Equal(owed + 1, export.Total);
        Assert.Equal(export.Total, export.Processed);

        var july = Assert.Single(reports, r => r.Date(H("Due on")) == new DateOnly(2026, 7, 20));
        Assert.Equal("银龄食堂", july.Text(H("Project name")));
        Assert.Equal(W.ElderlyName, july.Text(H("Organization")));
        Assert.Equal(app.Label(ReportKind.Monthly), july.Text(H("Kind")));
        Assert.Equal(new DateOnly(2026, 7, 18), july.Date(H("First submitted on")));
        Assert.Equal(app.Label(ReportStatus.Submitted), july.Text(H("Status")));
        Assert.Equal(H("No"), july.Text(H("Late")));
        Assert.Equal(2m, july.Number(H("Times returned for revision")));

        var august = Assert.Single(reports, r => r.Date(H("Due on")) == new DateOnly(2026, 8, 20));
        Assert.Equal(H("Yes"), august.Text(H("Late")));
        Assert.Equal(5m, august.Number(H("Days late")));
        Assert.Equal(0m, august.Number(H("Times returned for revision")));

        var september = Assert.Single(reports, r => r.Date(H("Due on")) == new DateOnly(2026, 9, 20));
        Assert.Null(september.Date(H("First submitted on")));
        Assert.Equal(app.Label(ReportStatus.Pending), september.Text(H("Status")));
        Assert.Equal(H("Yes"), september.Text(H("Late")));
        Assert.Equal(67m, september.Number(H("Days late")));

        var evaluation = Assert.Single(sheets[H("Evaluations")]);
        Assert.Equal("银龄食堂", evaluation.Text(H("Project name")));
        Assert.Equal(app.Label(EvaluationKind.Midterm), evaluation.Text(H("Kind")));
        Assert.Equal(85m, evaluation.Number(H("Score")));
        Assert.Equal(60m, evaluation.Number(H("Pass mark")));
        Assert.Equal(H("Yes"), evaluation.Text(H("Passed")));
        Assert.Equal(new DateOnly(2026, 9, 15), evaluation.Date(H("Evaluated on")));
        Assert.Equal("扬州社会组织评估中心", evaluation.Text(H("Evaluator")));
    }

    [Fact]
    public async Task An_edition_without_funded_projects_gives_both_sheets_with_their_headers_and_no_rows()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Reports, editionId: world.OldEdition);
        using var response = await officer.GetAsync($"/ledgers/exports/{export.Id}");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(0, export.Total);
        Assert.Equal([H("Reports"), H("Evaluations")], MiniExcelLibs.MiniExcel.GetSheetNames(stream));
        var headers = MiniExcelLibs.MiniExcel.Query(stream, sheetName: H("Evaluations")).Cast<IDictionary<string, object?>>().First();
        Assert.Contains(H("Evaluator"), headers.Values);
    }
}
