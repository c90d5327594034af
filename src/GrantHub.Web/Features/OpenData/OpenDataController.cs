using System.Text;
using GrantHub.Core.Data;
using GrantHub.Core.Judging;
using GrantHub.Web.Features.Dashboards;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.OpenData;

/// <summary>
/// Open data (信息公开), no sign-in: the bureau's figures as JSON and every funded or awarded project as CSV. Nothing
/// private: no people, no judges' scores, no bank accounts — only what the public results page already shows, plus
/// what was paid.
/// </summary>
[AllowAnonymous]
public sealed class OpenDataController(GrantHubDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, IMemoryCache cache,
    IConfiguration configuration) : Controller
{
    [HttpGet("open-data")]
    public async Task<IActionResult> Index() => View(await SummaryAsync());

    /// <summary>The summary, kept for <c>Dashboards:CacheSeconds</c> (its generatedAt says when it was computed).</summary>
    private Task<OpenDataSummary> SummaryAsync() =>
        cache.GetOrComputeAsync(configuration, "open-data", () => OpenDataQueries.SummaryAsync(db, clock.GetUtcNow().UtcDateTime));

    [HttpGet("open-data/summary.json")]
    public async Task<IActionResult> Summary()
    {
        var s = await SummaryAsync();
        return Json(new
        {
            generatedAt = s.GeneratedAt,
            currency = "CNY",
            editions = s.Editions.Select(e => new
            {
                name = e.Name,
                year = e.Year,
                applications = e.Applications,
                fundedCount = e.FundedCount,
                fundedAmount = Yuan(e.FundedFen),
                awardedCount = e.AwardedCount,
                awardedAmount = Yuan(e.AwardedFen),
                paidAmount = Yuan(e.PaidFen),
            }),
            centers = s.Centers.Select(c => new
            {
                name = c.Name,
                organizations = c.Organizations,
                organizationsIncubated = c.OrganizationsIncubated,
                organizationsGraduated = c.OrganizationsGraduated,
                organizationsInResidence = c.InResidence,
            }),
            totals = new
            {
                editions = s.Editions.Count,
                applications = s.Editions.Sum(e => e.Applications),
                fundedCount = s.Editions.Sum(e => e.FundedCount),
                fundedAmount = Yuan(s.Editions.Sum(e => e.FundedFen)),
                awardedCount = s.Editions.Sum(e => e.AwardedCount),
                awardedAmount = Yuan(s.Editions.Sum(e => e.AwardedFen)),
                decidedAmount = Yuan(s.Editions.Sum(e => e.FundedFen + e.AwardedFen)),
                paidAmount = Yuan(s.Editions.Sum(e => e.PaidFen)),
                centers = s.Centers.Count,
                organizations = s.Organizations,
                organizationsIncubated = s.OrganizationsIncubated,
                organizationsGraduated = s.OrganizationsGraduated,
            },
        });
    }

    /// <summary>UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese names; RFC 4180 quoting.</summary>
    [HttpGet("open-data/projects.csv")]
    public async Task<IActionResult> Projects()
    {
        var rows = await OpenDataQueries.ProjectsAsync(db);
        var csv = new StringBuilder();
        Line(csv, l["Edition"], l["Year"], l["Organization"], l["Project"], l["Category"], l["Decision"], l["Award tier"],
            l["Amount (yuan)"], l["Paid (yuan)"]);
        foreach (var r in rows)
            Line(csv, r.Edition, r.Year.ToString(), r.Organization, r.Project, r.Category ?? "", l[EnumLabels.Of(r.Outcome)], r.AwardTier ?? "",
                Yuan(r.AmountFen).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                Yuan(r.PaidFen).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "projects.csv");
    }

    /// <summary>Yuan with exactly two decimals (fen × 0.01 keeps the scale of two in the JSON number).</summary>
    private static decimal Yuan(long fen) => fen * 0.01m;

    private static void Line(StringBuilder csv, params string[] fields)
    {
        csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
    }

    private static string Quote(string field)
    {
        // A leading = + - @ would run as a formula in a spreadsheet: neutralize it.
        if (field.Length > 0 && "=+-@".Contains(field[0])) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
