using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Judging;
using GrantHub.Web.Seeding;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Seeding;

/// <summary>
/// The demo's judging matches the seed report: over the three past editions 33 funded and 82 awarded, about
/// ¥1,000,000 given, no pool exceeded, every decision backed by the panel's submitted sheets; and the judge demo
/// account has a queue in the open edition.
/// </summary>
public sealed class DemoJudgingTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private Task<List<Decision>> DecisionsAsync() => app.WithDbAsync(db => db.Decisions.AsNoTracking().ToListAsync());

    private Task<List<CompetitionEdition>> PastEditionsAsync() => app.WithDbAsync(db =>
        db.Editions.AsNoTracking().Where(e => e.Name != DemoCompetitions.OpenEditionName).OrderBy(e => e.Year).ToListAsync());

    [Fact]
    public async Task The_three_past_editions_fund_33_and_award_82_projects_the_rest_not_selected()
    {
        var past = await PastEditionsAsync();
        var decisions = await DecisionsAsync();
        var thisYear = await app.WithDbAsync(db => db.Editions.Where(e => e.Name == DemoCompetitions.OpenEditionName).Select(e => e.Year).SingleAsync());
        Assert.Equal([thisYear - 3, thisYear - 2, thisYear - 1], past.Select(e => e.Year));
        Assert.All(decisions, d => Assert.Contains(past, e => e.Id == d.EditionId));

        Assert.Equal(33, decisions.Count(d => d.Outcome == DecisionOutcome.Funded));
        Assert.Equal(82, decisions.Count(d => d.Outcome == DecisionOutcome.Awarded));
        var eligible = await app.WithDbAsync(db => db.Applications.CountAsync(a => a.Status == ApplicationStatus.Eligible
            && a.EditionId != db.Editions.Single(e => e.Name == DemoCompetitions.OpenEditionName).Id));
        Assert.Equal(eligible, decisions.Count);
        Assert.Contains(decisions, d => d.Outcome == DecisionOutcome.NotSelected);
    }

    [Fact]
    public async Task The_past_editions_results_went_through_publicity_and_are_final_and_public()
    {
        var past = await PastEditionsAsync();
        var publicities = await app.WithDbAsync(db => db.Publicities.AsNoTracking().ToListAsync());
        Assert.All(past, e => Assert.True(publicities.Single(p => p.EditionId == e.Id).IsFinal));
        Assert.All(await DecisionsAsync(), d => Assert.NotNull(d.FinalizedAt));

        using var visitor = app.CreateBrowserClient();
        using var results = await visitor.GetAsync($"/competitions/{past[^1].Id}/results");
        Assert.Equal(System.Net.HttpStatusCode.OK, results.StatusCode);
    }

    [Fact]
    public async Task About_a_million_yuan_is_given_and_no_edition_exceeds_its_pool()
    {
        var past = await PastEditionsAsync();
        var decisions = await DecisionsAsync();
        var total = decisions.Aggregate(Money.Zero, (sum, d) => sum + d.Amount);
        Assert.InRange(total.Fen, Money.FromYuan(900_000m).Fen, Money.FromYuan(1_100_000m).Fen);
        foreach (var edition in past)
        {
            var given = decisions.Where(d => d.EditionId == edition.Id).Aggregate(Money.Zero, (sum, d) => sum + d.Amount);
            Assert.True(given <= edition.Pool, $"{edition.Name}: {given} given from a pool of {edition.Pool}");
        }
    }

    [Fact]
    public async Task Every_decided_application_has_a_submitted_sheet_from_each_of_its_judges()
    {
        var past = await PastEditionsAsync();
        var sheets = await app.WithDbAsync(db => db.ScoreSheets.AsNoTracking().Where(s => s.Status == ScoreSheetStatus.Submitted)
            .GroupBy(s => s.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        foreach (var decision in await DecisionsAsync())
        {
            var wanted = past.Single(e => e.Id == decision.EditionId).JudgesPerApplication;
            Assert.Equal(wanted, sheets.GetValueOrDefault(decision.ApplicationId));
        }
    }

    [Fact]
    public async Task Funded_projects_rank_above_awarded_ones_and_awarded_above_the_rest()
    {
        // In the order the officer's ranking page shows (the Core ranking of the submitted sheets), per edition.
        foreach (var edition in await PastEditionsAsync())
        {
            var (input, decisions) = await app.WithDbAsync(async db =>
            {
                var e = await db.Editions.AsNoTracking().Include(x => x.Rubric).SingleAsync(x => x.Id == edition.Id);
                var applications = await db.Applications.AsNoTracking().Where(a => a.EditionId == e.Id && a.Status == ApplicationStatus.Eligible)
                    .Select(a => new RankingApplication(a.Id, a.SubmittedAt ?? a.CreatedAt)).ToListAsync();
                var ids = applications.Select(a => a.Id).ToList();
                var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Scores)
                    .Where(s => ids.Contains(s.ApplicationId) && s.Status == ScoreSheetStatus.Submitted).ToListAsync();
                var input = new RankingInput(e.Aggregation,
                    e.Rubric.OrderBy(c => c.Order).Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(), applications,
                    sheets.Select(s => new RankingSheet(s.ApplicationId, s.JudgeUserId,
                        s.Scores.Select(x => new CriterionScore(x.CriterionId, x.Points)).ToList())).ToList(), e.JudgesPerApplication);
                var decided = await db.Decisions.AsNoTracking().Where(d => d.EditionId == e.Id).ToDictionaryAsync(d => d.ApplicationId, d => d.Outcome);
                return (input, decided);
            });
            var outcomes = Core.Judging.Ranking.Compute(input).Applications.Select(a => decisions[a.ApplicationId]).ToList();
            Assert.Equal(outcomes.OrderBy(o => o switch { DecisionOutcome.Funded => 0, DecisionOutcome.Awarded => 1, _ => 2 }), outcomes);
        }
    }

    [Fact]
    public async Task The_judge_demo_account_has_a_queue_in_the_open_edition()
    {
        var (assigned, panel) = await app.WithDbAsync(async db =>
        {
            var judge = await db.Users.SingleAsync(u => u.Email == "judge@demo.granthub.cn");
            var open = await db.Editions.SingleAsync(e => e.Name == DemoCompetitions.OpenEditionName);
            var assigned = await db.JudgeAssignments.CountAsync(a => a.EditionId == open.Id && a.JudgeUserId == judge.Id);
            var panel = await db.EditionJudges.CountAsync(j => j.EditionId == open.Id);
            return (assigned, panel);
        });
        Assert.True(assigned > 0, "the judge demo account has no assignment in the open edition");
        Assert.Equal(5, panel);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await app.WithDbAsync(async db => (await db.Decisions.CountAsync(), await db.JudgeAssignments.CountAsync(),
            await db.ScoreSheets.CountAsync(), await db.JudgeProfiles.CountAsync(), await db.EditionJudges.CountAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
            await DemoData.SeedAsync(scope.ServiceProvider);
        var after = await app.WithDbAsync(async db => (await db.Decisions.CountAsync(), await db.JudgeAssignments.CountAsync(),
            await db.ScoreSheets.CountAsync(), await db.JudgeProfiles.CountAsync(), await db.EditionJudges.CountAsync()));
        Assert.Equal(before, after);
    }
}
