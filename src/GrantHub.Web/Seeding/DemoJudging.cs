using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The judging of the demo's competitions. The three past editions (2015–2017) are judged in full: five judges on the
/// panel, each declares no conflict and submits a score sheet on every eligible application, and the officer decides
/// in ranking order — the seed report's <b>33 funded and 82 awarded</b> over the three, about ¥1,000,000 in all, the
/// rest not selected. In the open edition the officer has screened the earliest applications and assigned the panel,
/// so the judge demo account has a queue (some declared, one draft). Seeded generator: the same demo on every fresh run.
/// </summary>
public static class DemoJudging
{
    /// <summary>Funded and awarded per past edition, in year order (2015, 2016, 2017): 33 and 82 in all, as in the report.</summary>
    public static readonly IReadOnlyList<(int Funded, int Awarded)> Outcomes = [(10, 25), (11, 27), (12, 30)];

    public const int FundedInAll = 33;
    public const int AwardedInAll = 82;

    /// <summary>About what the three editions gave (funded amounts and awards together), per the seed report.</summary>
    public static readonly Money TargetTotal = Money.FromYuan(1_000_000m);

    /// <summary>How many of the open edition's submitted applications the officer has already screened and assigned.</summary>
    public const int OpenEditionAssigned = 8;

    private static readonly (string Affiliation, string[] Expertise, int Harshness)[] Profiles =
    [
        ("扬州大学社会发展学院", ["为老服务", "困难家庭帮扶"], 0),
        ("仪征市社会工作协会", ["青少年教育", "困难家庭帮扶"], -5),
        ("仪征市文化馆", ["文化活动", "青少年教育"], 4),
        ("仪征市财政局（退休）", ["为老服务", "文化活动"], -2),
        ("江苏省社会组织促进会", ["为老服务", "青少年教育", "困难家庭帮扶"], 2),
    ];

    private static readonly string[] LowComments =
    [
        "需求调研不够充分，缺少服务对象的数据支撑。", "实施步骤较笼统，建议细化到月度计划。", "创新性不足，与已有服务重复较多。",
        "团队专业力量薄弱，建议引入专业社工督导。", "预算编制偏粗，部分支出依据不足。", "缺少可持续运营的安排，项目结束后难以延续。",
    ];

    private static readonly string[] HighComments =
    [
        "需求分析扎实，服务对象明确。", "设计完整，进度安排可行。", "有社区特色，具有示范推广价值。",
        "团队稳定，志愿者骨干充足。", "预算合理，配套资金落实。", "成效指标清晰，可持续性好。",
    ];

    /// <param name="judgeUserIds">The five demo judges, the judge demo account first.</param>
    public static async Task SeedAsync(GrantHubDbContext db, IReadOnlyList<string> judgeUserIds, string officerUserId, TimeProvider clock)
    {
        var editions = await db.Editions.Include(e => e.Rubric).Include(e => e.AwardTiers).Include(e => e.Categories).AsSplitQuery()
            .Where(e => e.Name == DemoCompetitions.OpenEditionName || e.Name.EndsWith("社区公益创投大赛"))
            .OrderBy(e => e.Year).ThenBy(e => e.OpensOn)
            .ToListAsync();
        var today = ChinaTime.Today(clock);
        var past = editions.Where(e => e.ReviewEndsOn < today).ToList();
        var open = editions.SingleOrDefault(e => e.Name == DemoCompetitions.OpenEditionName);
        if (past.Count != Outcomes.Count || open is null || judgeUserIds.Count != Profiles.Length) return;
        var editionIds = editions.Select(e => e.Id).ToList();
        if (await db.JudgeAssignments.AnyAsync(a => editionIds.Contains(a.EditionId)) || await db.Decisions.AnyAsync(d => editionIds.Contains(d.EditionId)))
            return;

        // The panel: one profile per judge (kept if the officer already wrote one), on the panel of every edition.
        var profiled = await db.JudgeProfiles.Where(p => judgeUserIds.Contains(p.UserId)).Select(p => p.UserId).ToListAsync();
        for (var j = 0; j < judgeUserIds.Count; j++)
        {
            if (!profiled.Contains(judgeUserIds[j]))
                db.JudgeProfiles.Add(JudgeProfile.Create(judgeUserIds[j], Profiles[j].Affiliation, Profiles[j].Expertise));
        }
        var seated = await db.EditionJudges.Where(s => editionIds.Contains(s.EditionId)).Select(s => new { s.EditionId, s.UserId }).ToListAsync();
        foreach (var edition in editions)
            foreach (var judge in judgeUserIds.Where(j => !seated.Any(s => s.EditionId == edition.Id && s.UserId == j)))
                db.EditionJudges.Add(new EditionJudge(edition.Id, judge, edition == open ? AtNoon(open.OpensOn) : AtNoon(edition.ClosesOn.AddDays(1))));

        var applications = await (from a in db.Applications
                                  join o in db.Organizations on a.OrganizationId equals o.Id
                                  where editionIds.Contains(a.EditionId)
                                  select new { Application = a, OrganizationName = o.Name })
            .ToListAsync();

        // Judge every past edition first; decide once every edition's awards are known, so the funded amounts can
        // bring the three editions together to about the report's total.
        var judged = new List<(CompetitionEdition Edition, List<Application> Ranked, Random Random)>();
        var ordinal = 0;
        foreach (var edition in past)
        {
            // Seeded by the edition's place, not its year: the demo's figures stay the same whatever year it runs in.
            var random = new Random(2015 + ordinal++);
            var eligible = applications.Where(x => x.Application.EditionId == edition.Id && x.Application.Status == ApplicationStatus.Eligible)
                .OrderBy(x => x.Application.SubmittedAt).ThenBy(x => x.OrganizationName, StringComparer.Ordinal)
                .ToList();
            var sheets = new List<ScoreSheet>();
            foreach (var x in eligible)
            {
                // The project's latent quality (50–90 points, most near 70); the demo organization did well in 2017.
                var quality = x.OrganizationName == DemoIncubation.DemoOrganizationName ? 88 : 50 + random.Next(0, 21) + random.Next(0, 21);
                sheets.AddRange(Judge(db, edition, x.Application, quality, judgeUserIds, random));
            }
            var ranking = Core.Judging.Ranking.Compute(new RankingInput(
                edition.Aggregation,
                edition.Rubric.OrderBy(c => c.Order).Select(c => new RankingCriterion(c.Id, c.MaxPoints, c.IsBonus)).ToList(),
                eligible.Select(x => new RankingApplication(x.Application.Id, x.Application.SubmittedAt ?? x.Application.CreatedAt)).ToList(),
                sheets.Select(s => new RankingSheet(s.ApplicationId, s.JudgeUserId,
                    s.Scores.Select(p => new CriterionScore(p.CriterionId, p.Points)).ToList())).ToList(),
                edition.JudgesPerApplication));
            var byId = eligible.ToDictionary(x => x.Application.Id, x => x.Application);
            judged.Add((edition, ranking.Applications.Select(r => byId[r.ApplicationId]).ToList(), random));
        }

        var awards = judged.Select((j, i) => AwardsOf(j.Edition, Outcomes[i].Awarded)).ToList();
        var fundsLeft = TargetTotal - awards.SelectMany(a => a).Aggregate(Money.Zero, (sum, t) => sum + t.Amount);
        for (var i = 0; i < judged.Count; i++)
        {
            var (edition, ranked, _) = judged[i];
            var (funded, awarded) = Outcomes[i];
            var awardTotal = awards[i].Aggregate(Money.Zero, (sum, t) => sum + t.Amount);
            // This edition's share of the funded money, within what its pool leaves after the awards.
            var share = new Money(fundsLeft.Fen * funded / FundedInAll);
            var budget = Min(share, edition.Pool - awardTotal);
            var amounts = FundedAmounts(edition, ranked.Take(funded).ToList(), budget);

            var decidedAt = AtNoon(edition.ReviewEndsOn.AddDays(2));
            var total = Money.Zero;
            var tiers = new Dictionary<int, int>();
            var decisions = new List<Decision>();
            for (var position = 0; position < ranked.Count; position++)
            {
                var application = ranked[position];
                var so = new DecidedSoFar(total, new Dictionary<int, int>(tiers));
                Decision decision;
                if (position < funded)
                    decision = Decision.Make(edition, application, DecisionOutcome.Funded, amounts[application.Id], null, so, officerUserId, decidedAt);
                else if (position < funded + awarded)
                {
                    var tier = awards[i][position - funded];
                    decision = Decision.Make(edition, application, DecisionOutcome.Awarded, null, tier.Id, so, officerUserId, decidedAt);
                    tiers[tier.Id] = tiers.GetValueOrDefault(tier.Id) + 1;
                }
                else
                    decision = Decision.Make(edition, application, DecisionOutcome.NotSelected, null, null, so, officerUserId, decidedAt);
                total += decision.Amount;
                db.Decisions.Add(decision);
                decisions.Add(decision);
            }

            // Past editions went through their publicity (公示) without objections and were finalized.
            var publicity = Publicity.Publish(edition, ranked.Select(a => a.Id), decisions, officerUserId, AtNoon(edition.ReviewEndsOn.AddDays(5)));
            publicity.Finalize([], decisions, officerUserId, publicity.PeriodEndUtc.AddHours(10));
            db.Publicities.Add(publicity);
        }

        SeedOpenEdition(db, open, applications.Where(x => x.Application.EditionId == open.Id)
            .OrderBy(x => x.Application.SubmittedAt).ThenBy(x => x.OrganizationName, StringComparer.Ordinal)
            .Select(x => x.Application).ToList(), judgeUserIds, officerUserId, clock);
        await db.SaveChangesAsync();
    }

    /// <summary>Every judge on the application: assigned after screening, declares no conflict, scores and submits.</summary>
    private static List<ScoreSheet> Judge(GrantHubDbContext db, CompetitionEdition edition, Application application, int quality,
        IReadOnlyList<string> judges, Random random)
    {
        var rules = ScoringRules.Of(edition);
        var assignedAt = AtNoon(edition.ClosesOn.AddDays(4));
        var reviewHours = (edition.ReviewEndsOn.DayNumber - edition.ClosesOn.DayNumber - 10) * 24;
        // How this project fares on each criterion, whoever judges it.
        var strengths = rules.Criteria.ToDictionary(c => c.Id, _ => random.Next(-6, 7));
        var sheets = new List<ScoreSheet>();
        for (var j = 0; j < Math.Min(edition.JudgesPerApplication, judges.Count); j++)
        {
            var assignment = new Assignment(edition.Id, application.Id, judges[j], Assignment.FirstRound, assignedAt);
            var declaredAt = assignedAt.AddHours(random.Next(2, 72));
            var declaration = ConflictDeclaration.NoConflict(application.Id, judges[j], declaredAt);
            var startedAt = declaredAt.AddHours(random.Next(1, reviewHours - 72));
            var sheet = ScoreSheet.Start(assignment, declaration, startedAt);
            var mood = random.Next(-3, 4);
            sheet.Save(rules, rules.Criteria.Select(c =>
            {
                var percent = Math.Clamp(quality + Profiles[j].Harshness + strengths[c.Id] + mood + random.Next(-5, 6), 25, 100);
                var points = Math.Round(c.MaxPoints * percent / 50m, MidpointRounding.AwayFromZero) / 2;
                var comment = ScoreSheet.NeedsComment(c.MaxPoints, rules.CommentBelowPercent, points) ? LowComments[(c.Id + j) % LowComments.Length]
                    : percent >= 85 && random.Next(3) == 0 ? HighComments[(c.Id + j) % HighComments.Length] : null;
                return new ScoreEntry(c.Id, points, comment);
            }), startedAt);
            sheet.Submit(rules, startedAt.AddMinutes(random.Next(20, 90)));
            db.AddRange(assignment, declaration, sheet);
            sheets.Add(sheet);
        }
        return sheets;
    }

    /// <summary>The awards in ranking order: the edition's tiers from the highest, each given as often as it holds.</summary>
    private static List<AwardTier> AwardsOf(CompetitionEdition edition, int count)
    {
        var prizes = edition.AwardTiers.OrderByDescending(t => t.Amount).ThenBy(t => t.Id).SelectMany(t => Enumerable.Repeat(t, t.Count)).ToList();
        if (prizes.Count < count)
            throw new InvalidOperationException($"{edition.Name} has {prizes.Count} awards in its tiers, fewer than the {count} the demo gives.");
        return prizes.Take(count).ToList();
    }

    /// <summary>
    /// Shares the budget among the funded applications: each gets an equal share of what is left (in whole ¥1,000),
    /// or its fiscal request and the cap if lower — the smaller requests first, so what they leave goes to the others.
    /// </summary>
    private static Dictionary<Guid, Money> FundedAmounts(CompetitionEdition edition, List<Application> funded, Money budget)
    {
        var amounts = new Dictionary<Guid, Money>();
        var left = budget;
        var remaining = funded.Count;
        foreach (var application in funded.OrderBy(a => a.FiscalRequested).ThenBy(a => a.Id))
        {
            var share = new Money(left.Fen / remaining / 100_000 * 100_000);
            var amount = Min(Min(share, application.FiscalRequested), edition.PerProjectCap);
            amounts[application.Id] = amount;
            left -= amount;
            remaining--;
        }
        return amounts;
    }

    /// <summary>
    /// The open edition: the earliest submissions screened and the whole panel assigned, so each judge has a queue;
    /// some judges have declared and started drafts, the judge demo account among them.
    /// </summary>
    private static void SeedOpenEdition(GrantHubDbContext db, CompetitionEdition open, List<Application> submitted, IReadOnlyList<string> judges,
        string officerUserId, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = ScoringRules.Of(open);
        var random = new Random(20264);
        // Per judge: how many applications declared on, and how many of those have a draft.
        (int Declared, int Drafts)[] progress = [(3, 1), (OpenEditionAssigned, 3), (5, 2), (2, 0), (0, 0)];
        var screened = submitted.Where(a => a.Status == ApplicationStatus.Submitted).Take(OpenEditionAssigned).ToList();
        for (var i = 0; i < screened.Count; i++)
        {
            var application = screened[i];
            application.Screen(true, null, officerUserId, now.AddHours(-4));
            for (var j = 0; j < Math.Min(open.JudgesPerApplication, judges.Count); j++)
            {
                var assignment = new Assignment(open.Id, application.Id, judges[j], Assignment.FirstRound, now.AddHours(-3));
                db.JudgeAssignments.Add(assignment);
                if (i >= progress[j].Declared) continue;
                var declaration = ConflictDeclaration.NoConflict(application.Id, judges[j], now.AddHours(-2));
                db.ConflictDeclarations.Add(declaration);
                if (i >= progress[j].Drafts) continue;
                var sheet = ScoreSheet.Start(assignment, declaration, now.AddHours(-1));
                // A draft: the first criteria scored, the rest still to do.
                sheet.Save(rules, rules.Criteria.Take(3).Select(c => new ScoreEntry(c.Id,
                    Math.Round(c.MaxPoints * random.Next(65, 95) / 50m, MidpointRounding.AwayFromZero) / 2)), now.AddHours(-1));
                db.ScoreSheets.Add(sheet);
            }
        }
    }

    private static Money Min(Money a, Money b) => a < b ? a : b;

    private static DateTime AtNoon(DateOnly day) => ChinaTime.StartOfDayUtc(day).AddHours(12);
}
