using GrantHub.Core.Competitions;
using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using W = GrantHub.Web.Tests.Ledgers.LedgerWorld;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// The applications ledger: every submitted application of the editions asked for, with its screening, the number of
/// scores, the ranking page's own written and final score and rank, and the decision with its amount.
/// </summary>
public sealed class ApplicationsLedgerTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    private string H(string key) => app.Text(key);

    [Fact]
    public async Task Each_application_of_the_edition_has_its_scores_rank_and_decision()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Applications, editionId: world.Edition);
        var rows = (await LedgersFactory.ReadAsync(officer, export)).Single().Value;

        Assert.Equal(4, rows.Count);
        Assert.Equal(4, export.Processed);
        Assert.All(rows, r => Assert.Equal(W.EditionName, r.Text(H("Edition"))));
        Assert.All(rows, r => Assert.Equal(2026m, r.Number(H("Year"))));

        var canteen = rows.Where(H("Project name"), "银龄食堂");
        Assert.Equal(W.ElderlyName, canteen.Text(H("Organization")));
        Assert.Equal("为老服务", canteen.Text(H("Category")));
        Assert.Equal(new DateOnly(2026, 4, 6), canteen.Date(H("Submitted on")));
        Assert.Equal(app.Label(ApplicationStatus.Eligible), canteen.Text(H("Status")));
        Assert.Equal(30_000m, canteen.Number(H("Fiscal funds requested (yuan)")));
        Assert.Equal(2m, canteen.Number(H("Scores submitted")));
        Assert.Equal(85m, canteen.Number(H("Written score")));
        Assert.Equal(85m, canteen.Number(H("Final score")));
        Assert.Null(canteen.Number(H("Second-round score")));
        Assert.Equal(1m, canteen.Number(H("Rank")));
        Assert.Equal(app.Label(DecisionOutcome.Funded), canteen.Text(H("Decision")));
        Assert.Equal(20_000m, canteen.Number(H("Amount (yuan)")));

        var homework = rows.Where(H("Project name"), "四点半课堂");
        Assert.Equal("青少年教育", homework.Text(H("Category")));
        Assert.Equal(1m, homework.Number(H("Scores submitted")));
        Assert.Equal(70m, homework.Number(H("Final score")));
        Assert.Equal(2m, homework.Number(H("Rank")));
        Assert.Equal(app.Label(DecisionOutcome.Awarded), homework.Text(H("Decision")));
        Assert.Equal(3_000m, homework.Number(H("Amount (yuan)")));

        var corner = rows.Where(H("Project name"), "社区读书角");
        Assert.Equal(0m, corner.Number(H("Scores submitted")));
        Assert.Null(corner.Number(H("Final score")));
        Assert.Null(corner.Number(H("Rank")));
        Assert.Equal(app.Label(DecisionOutcome.NotSelected), corner.Text(H("Decision")));
        Assert.Null(corner.Number(H("Amount (yuan)")));

        var refused = rows.Where(H("Project name"), "邻里节");
        Assert.Equal(app.Label(ApplicationStatus.Ineligible), refused.Text(H("Status")));
        Assert.Equal("未按要求提交年检材料", refused.Text(H("Reason not eligible")));
        Assert.Null(refused.Number(H("Scores submitted")));
        Assert.Null(refused.Text(H("Decision")));
    }

    [Fact]
    public async Task Without_a_filter_every_edition_is_listed_newest_first_and_a_year_keeps_its_own()
    {
        await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.Administrator);

        var all = (await LedgersFactory.ReadAsync(officer, await app.GenerateAsync(officer, LedgerKind.Applications))).Single().Value;
        var ofYear = (await LedgersFactory.ReadAsync(officer, await app.GenerateAsync(officer, LedgerKind.Applications, year: 2025))).Single().Value;

        Assert.Equal(5, all.Count);
        Assert.Equal(W.OldEditionName, all[^1].Text(H("Edition")));
        Assert.Equal("旧项目", Assert.Single(ofYear).Text(H("Project name")));
    }

    [Fact]
    public async Task A_center_filter_keeps_the_applications_of_the_organizations_registered_with_it()
    {
        var world = await W.OfAsync(app);
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        var export = await app.GenerateAsync(officer, LedgerKind.Applications, editionId: world.Edition, centerId: world.CenterA);
        var rows = (await LedgersFactory.ReadAsync(officer, export)).Single().Value;

        Assert.Equal(["社区读书角", "银龄食堂"], rows.Select(r => r.Text(H("Project name"))).Order());
    }
}
