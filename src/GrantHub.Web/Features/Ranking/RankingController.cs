using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace GrantHub.Web.Features.Ranking;

/// <summary>
/// The ranking of an edition (评审排名) from its submitted score sheets, with the figures that explain it, and the
/// officer's decisions (funded, awarded, not selected) against the pool. With a second round (路演/答辩) the shortlist
/// comes first, by the final score that combines both rounds, and the other applications follow by their written
/// score. Administrators read; program officers decide.
/// </summary>
[Authorize(Roles = Roles.ProgramOfficer + "," + Roles.Administrator)]
public sealed class RankingController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("editions/{id:guid}/ranking")]
    public async Task<IActionResult> Index(Guid id)
    {
        var page = await PageAsync(id, null, null);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("editions/{id:guid}/decisions/{applicationId:guid}")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Decide(Guid id, Guid applicationId, DecisionForm form, [FromServices] IValidator<DecisionForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState) || !ModelState.IsValid)
            return await Refused(id, applicationId, form);

        var edition = await db.Editions.Include(e => e.AwardTiers).SingleOrDefaultAsync(e => e.Id == id);
        if (edition is null) return NotFound();
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.EditionId == id);
        if (application is null) return NotFound();
        var decisions = await db.Decisions.Where(d => d.EditionId == id).ToListAsync();
        var existing = decisions.FirstOrDefault(d => d.ApplicationId == applicationId);
        var others = DecidedSoFar.Of(decisions, applicationId);
        var officer = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var publicity = await db.Publicities.AsNoTracking().SingleOrDefaultAsync(p => p.EditionId == id);
        var upheld = publicity is null ? [] : await db.Objections.AsNoTracking()
            .Where(o => o.ApplicationId == applicationId && o.Status == ObjectionStatus.Upheld).ToListAsync();
        var amount = form.Outcome == DecisionOutcome.Funded && form.AmountYuan is { } yuan ? Money.FromYuan(yuan) : (Money?)null;
        try
        {
            // Published results change only on an application with an upheld objection, and never once final.
            GrantHub.Core.Judging.Publicity.EnsureDecisionMayChange(publicity, applicationId, upheld);
            if (existing is null)
            {
                if (form.Version is not null) return await Lost(id, applicationId, form);
                db.Decisions.Add(Decision.Make(edition, application, form.Outcome!.Value, amount, form.TierId, others, officer, Now));
            }
            else
            {
                if (form.Version != existing.Version) return await Lost(id, applicationId, form);
                existing.Change(edition, application, form.Outcome!.Value, amount, form.TierId, others, officer, Now);
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return await Refused(id, applicationId, form);
        }

        // The pool check above read the other decisions; moving the edition's version in the same SaveChanges makes a
        // second officer deciding on this edition at the same moment fail with a concurrency conflict instead of both
        // passing the check against the same total.
        db.Entry(edition).Property(e => e.Version).CurrentValue = edition.Version + 1;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return await Lost(id, applicationId, form);
        }
        TempData.Flash(l["The decision on \"{0}\" is recorded.", application.ProjectName]);
        return Redirect($"/editions/{id}/ranking#application-{applicationId}");
    }

    [HttpGet("editions/{id:guid}/ranking.xlsx")]
    public async Task<IActionResult> Export(Guid id)
    {
        var data = await RankingQueries.LoadAsync(db, id, i => l["Judge {0}", RankingQueries.Letter(i)]);
        if (data is null) return NotFound();
        var applications = data.Applications.ToDictionary(a => a.Id);
        var decisions = data.Decisions.ToDictionary(d => d.ApplicationId);
        var tiers = data.Edition.AwardTiers.ToDictionary(t => t.Id, t => t.Name);
        var method = l[EnumLabels.Of(data.Result.Method)].Value;
        var second = data.Edition.HasSecondRound;
        var firstJudges = data.JudgeOrder.Where(j => data.Result.Applications.Any(a => a.Judges.Any(x => x.JudgeId == j))).ToList();
        var secondJudges = data.SecondResult is null ? []
            : data.JudgeOrder.Where(j => data.SecondResult.Applications.Any(a => a.Judges.Any(x => x.JudgeId == j))).ToList();
        var secondPrefix = l["Defense round"].Value + " · ";
        var rows = data.Final.Select(f =>
        {
            var r = f.FirstRoundLine;
            var a = applications[r.ApplicationId];
            var row = new Dictionary<string, object?>
            {
                [l["Position"]] = f.Position,
                [l["Rank"]] = f.Rank,
                [l["Project name"]] = a.ProjectName,
                [l["Organization"]] = a.OrganizationName,
            };
            if (second)
            {
                row[l["Shortlisted (路演/答辩)"]] = f.Shortlisted ? l["Yes"].Value : l["No"].Value;
                row[l["Final score"]] = f.Final;
                row[l["Written score"]] = r.Aggregate;
                row[l["Defense score"]] = f.SecondRound;
            }
            else
            {
                row[l["Aggregate"]] = r.Aggregate;
            }
            row[l["Method"]] = method;
            row[l["Number of scores"]] = r.ScoreCount;
            for (var c = 0; c < data.Criteria.Count; c++)
                row[l["{0} (average of {1})", data.Criteria[c].Name, data.Criteria[c].MaxPoints].Value] = r.CriterionAverages[c];
            foreach (var judge in firstJudges)
                row[data.JudgeLabels[judge]] = r.Judges.FirstOrDefault(j => j.JudgeId == judge)?.Total;
            if (second)
            {
                var s = f.SecondRoundLine;
                row[secondPrefix + l["Number of scores"]] = s?.ScoreCount;
                for (var c = 0; c < data.SecondCriteria.Count; c++)
                    row[secondPrefix + l["{0} (average of {1})", data.SecondCriteria[c].Name, data.SecondCriteria[c].MaxPoints].Value] = s?.CriterionAverages[c];
                foreach (var judge in secondJudges)
                    row[secondPrefix + data.JudgeLabels[judge]] = s?.Judges.FirstOrDefault(j => j.JudgeId == judge)?.Total;
            }
            row[l["Flags"]] = string.Join("; ", new[] { Flags(r, data.JudgeLabels), f.SecondRoundLine is { } sr ? Flags(sr, data.JudgeLabels, secondPrefix) : "" }
                .Where(x => x.Length > 0));
            row[l["Tie-break"]] = TieBreakOf(data, f) is { } tie ? l[tie].Value : null;
            decisions.TryGetValue(r.ApplicationId, out var d);
            row[l["Decision"]] = d is null ? null : l[EnumLabels.Of(d.Outcome)].Value;
            row[l["Award tier"]] = d?.AwardTierId is { } t ? tiers.GetValueOrDefault(t) : null;
            row[l["Amount (yuan)"]] = d?.Amount.Yuan;
            return row;
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [l["Ranking"].Value] = rows }, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{data.Edition.Name}-{l["Ranking"]}-{ChinaTime.Today(clock):yyyyMMdd}.xlsx");
    }

    private string Flags(RankedApplication r, IReadOnlyDictionary<string, string> labels, string prefix = "")
    {
        var flags = new List<string>();
        if (r.Flags.HasFlag(RankingFlags.TooFewScores)) flags.Add(prefix + l["Too few scores"]);
        if (r.Flags.HasFlag(RankingFlags.OutlierJudge))
            flags.Add(prefix + l["Far from the panel: {0}", string.Join(", ", r.OutlierJudges.Select(j => labels.GetValueOrDefault(j, j)))]);
        return string.Join("; ", flags);
    }

    /// <summary>
    /// The English label of the step that placed a row below the one just above it in the final order: the final
    /// score's tie-break among shortlisted rows, the written round's among the others (when the row above is not shortlisted).
    /// </summary>
    private static string? TieBreakOf(RankingQueries.RankingData data, FinalRankedApplication f)
    {
        if (f.Shortlisted) return f.TieBreak == FinalTieBreak.None ? null : EnumLabels.Of(f.TieBreak);
        var above = f.Position > 1 ? data.Final[f.Position - 2] : null;
        if (above is { Shortlisted: true } || f.FirstRoundLine.TieBreak == TieBreak.None) return null;
        return EnumLabels.Of(f.FirstRoundLine.TieBreak);
    }

    private async Task<IActionResult> Refused(Guid id, Guid applicationId, DecisionForm form)
    {
        var page = await PageAsync(id, applicationId, form);
        if (page is null || page.Rows.All(r => r.ApplicationId != applicationId)) return NotFound();
        return View(nameof(Index), page);
    }

    private async Task<IActionResult> Lost(Guid id, Guid applicationId, DecisionForm form)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", l["Another officer changed the decisions of this edition meanwhile. Reload the page and decide again."]);
        return await Refused(id, applicationId, form);
    }

    private async Task<RankingPage?> PageAsync(Guid id, Guid? refusedApplicationId, DecisionForm? refusedForm)
    {
        var data = await RankingQueries.LoadAsync(db, id, i => l["Judge {0}", RankingQueries.Letter(i)]);
        if (data is null) return null;
        var e = data.Edition;
        var applications = data.Applications.ToDictionary(a => a.Id);
        var decisions = data.Decisions.ToDictionary(d => d.ApplicationId);
        var tierNames = e.AwardTiers.ToDictionary(t => t.Id, t => t.Name);
        var given = data.Decisions.Where(d => d.AwardTierId is not null).GroupBy(d => d.AwardTierId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var rows = data.Final.Select(f =>
        {
            var r = f.FirstRoundLine;
            var a = applications[r.ApplicationId];
            decisions.TryGetValue(r.ApplicationId, out var d);
            var refused = r.ApplicationId == refusedApplicationId;
            return new RankingRow
            {
                ApplicationId = a.Id,
                ProjectName = a.ProjectName,
                OrganizationName = a.OrganizationName,
                FiscalRequested = a.FiscalRequested,
                Ranked = r,
                Position = f.Position,
                Rank = f.Rank,
                Shortlisted = f.Shortlisted,
                SecondRound = f.SecondRoundLine,
                Final = f.Final,
                TieBreakLabel = TieBreakOf(data, f),
                Judges = r.Judges.Select(j => new JudgeTotal(data.JudgeLabels.GetValueOrDefault(j.JudgeId, j.JudgeId), j.Total, j.Trimmed, j.Outlier))
                    .OrderBy(j => j.Label, StringComparer.Ordinal).ToList(),
                OutlierJudges = r.OutlierJudges.Select(j => data.JudgeLabels.GetValueOrDefault(j, j)).ToList(),
                SecondJudges = f.SecondRoundLine is { } s
                    ? s.Judges.Select(j => new JudgeTotal(data.JudgeLabels.GetValueOrDefault(j.JudgeId, j.JudgeId), j.Total, j.Trimmed, j.Outlier))
                        .OrderBy(j => j.Label, StringComparer.Ordinal).ToList()
                    : [],
                SecondOutlierJudges = f.SecondRoundLine?.OutlierJudges.Select(j => data.JudgeLabels.GetValueOrDefault(j, j)).ToList() ?? [],
                Decision = d is null ? null : new CurrentDecision(d.Outcome, d.Amount, d.AwardTierId is { } t ? tierNames.GetValueOrDefault(t) : null, d.DecidedAt, d.Version),
                Form = refused && refusedForm is not null
                    ? refusedForm
                    : new DecisionForm
                    {
                        Outcome = d?.Outcome,
                        AmountYuan = d is { Outcome: DecisionOutcome.Funded } ? d.Amount.Yuan : null,
                        TierId = d?.AwardTierId,
                        Version = d?.Version,
                    },
                Refused = refused,
            };
        }).ToList();
        return new RankingPage
        {
            EditionId = e.Id,
            EditionName = e.Name,
            Method = e.Aggregation,
            BlindReview = e.BlindReview,
            JudgesPerApplication = e.JudgesPerApplication,
            Pool = e.Pool,
            Cap = e.PerProjectCap,
            Decided = data.Decisions.Aggregate(Money.Zero, (sum, d) => sum + d.Amount),
            Criteria = data.Criteria,
            HasSecondRound = e.HasSecondRound,
            WrittenRoundPercent = e.WrittenRoundPercent,
            SecondRoundJudgesPerApplication = e.SecondRoundJudgesPerApplication,
            ShortlistCount = data.Shortlist.Count,
            SecondCriteria = data.SecondCriteria,
            DecidingCriterionId = data.Result.DecidingCriterionId,
            Tiers = e.AwardTiers.OrderByDescending(t => t.Amount).ThenBy(t => t.Id)
                .Select(t => new TierChoice(t.Id, t.Name, t.Amount, t.Count, given.GetValueOrDefault(t.Id))).ToList(),
            Rows = rows,
            FundedCount = data.Decisions.Count(d => d.Outcome == DecisionOutcome.Funded),
            AwardedCount = data.Decisions.Count(d => d.Outcome == DecisionOutcome.Awarded),
            CanDecide = User.IsInRole(Roles.ProgramOfficer),
        };
    }
}
