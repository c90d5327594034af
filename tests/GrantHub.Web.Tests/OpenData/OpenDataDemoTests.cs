using System.Net;
using System.Text;
using System.Text.Json;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.OpenData;

/// <summary>
/// On the demo data the open data reproduces the seed report from the records: two community incubation centers with
/// 113 organizations, three past editions with 33 funded and 82 awarded projects and about ¥1,000,000, with no sign-in
/// and nothing private in either file.
/// </summary>
public sealed class OpenDataDemoTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private async Task<JsonElement> SummaryAsync()
    {
        var response = await app.CreateBrowserClient().GetAsync("/open-data/summary.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_summary_shows_the_seed_reports_figures_without_signing_in()
    {
        var summary = await SummaryAsync();
        var totals = summary.GetProperty("totals");
        var centers = summary.GetProperty("centers").EnumerateArray().ToList();

        Assert.Equal(33, totals.GetProperty("fundedCount").GetInt32());
        Assert.Equal(82, totals.GetProperty("awardedCount").GetInt32());
        Assert.Equal(962_000.00m, totals.GetProperty("decidedAmount").GetDecimal());
        // The two community centers of the report incubate; the city-level center the report recommends is new.
        Assert.Equal(2, centers.Count(c => c.GetProperty("organizationsIncubated").GetInt32() > 0));
        Assert.Equal(113, totals.GetProperty("organizations").GetInt32());
        Assert.InRange(totals.GetProperty("organizationsIncubated").GetInt32(), 1, 112);
    }

    [Fact]
    public async Task Amounts_are_yuan_with_two_decimals()
    {
        var response = await app.CreateBrowserClient().GetStringAsync("/open-data/summary.json");

        Assert.Contains("\"decidedAmount\":962000.00", response);
    }

    [Fact]
    public async Task The_three_past_editions_each_stay_within_their_pool_and_the_open_one_has_no_results_yet()
    {
        var editions = (await SummaryAsync()).GetProperty("editions").EnumerateArray().ToList();

        Assert.Equal(4, editions.Count);
        Assert.All(editions.Take(3), e => Assert.True(e.GetProperty("fundedAmount").GetDecimal() + e.GetProperty("awardedAmount").GetDecimal() <= 350_000m));
        Assert.Equal(0, editions[3].GetProperty("fundedCount").GetInt32());
        Assert.True(editions[3].GetProperty("applications").GetInt32() > 0);
    }

    [Fact]
    public async Task The_projects_file_lists_every_funded_and_awarded_project_once_for_a_spreadsheet()
    {
        var bytes = await app.CreateBrowserClient().GetByteArrayAsync("/open-data/projects.csv");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("大赛,年度,社会组织,项目,项目类别,决定,奖项等级,金额（元）,已拨付（元）", lines[0]);
        Assert.Equal(33 + 82, lines.Length - 1);
        Assert.Equal(33, lines.Count(l => l.Contains(",立项资助,")));
    }

    [Fact]
    public async Task Neither_file_holds_anything_private()
    {
        var client = app.CreateBrowserClient();
        var text = await client.GetStringAsync("/open-data/summary.json") + await client.GetStringAsync("/open-data/projects.csv");
        var secrets = await app.WithDbAsync(async db =>
        {
            var organizations = await db.Organizations.AsNoTracking()
                .Select(o => new[] { o.ContactMobile, o.ContactPerson, o.BankAccountNumber, o.LegalRepresentative }).ToListAsync();
            var people = await db.Users.AsNoTracking().Select(u => new[] { u.Email!, u.PhoneNumber ?? "", u.DisplayName }).ToListAsync();
            return organizations.Concat(people).SelectMany(x => x).Where(s => s.Length >= 2).Distinct().ToList();
        });

        Assert.NotEmpty(secrets);
        Assert.DoesNotContain(secrets, s => text.Contains(s, StringComparison.Ordinal));
        Assert.DoesNotContain("score", text, StringComparison.OrdinalIgnoreCase);
    }
}
