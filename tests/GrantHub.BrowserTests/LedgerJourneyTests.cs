using System.Globalization;
using GrantHub.Core.Exports;
using GrantHub.Web.Jobs;
using GrantHub.Web.Resources;
using GrantHub.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using MiniExcelLibs;
using static GrantHub.BrowserTests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace GrantHub.BrowserTests;

/// <summary>
/// A ledger in one click, in a Chinese browser: the program officer opens the ledger centre from the menu and presses
/// Generate on the funding ledger; the export shows under My exports as queued. The background job then runs (the test
/// runs it, as Hangfire would: the tests' app has no job server), and without a reload the page's script turns the row
/// ready with its download link; the file downloaded is the demo's funding ledger, a line per grant and a totals row
/// whose paid amount is the bureau dashboard's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LedgerJourneyTests(BrowserFixture browser)
{
    private const string OfficerEmail = "officer@demo.granthub.cn";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task The_officer_generates_the_funding_ledger_watches_it_turn_ready_without_a_reload_and_downloads_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // 1. The officer opens the ledger centre from the menu and generates the funding ledger.
        await SignInAsync(page, OfficerEmail);
        await page.Locator("#nav-ledger-center").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/ledgers"));
        var card = page.Locator("#ledger-funding");
        await Expect(card.Locator("#ledger-funding-title")).ToHaveTextAsync(Zh("Funding ledger (plan, paid, remaining)"));
        await card.Locator("#generate-funding").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url("/ledgers#exports"));
        await Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync(
            Zh("The ledger is being made: follow its progress under My exports, and download it there when it is ready."));
        var exportId = await NewestExportOfAsync(OfficerEmail);
        var row = page.Locator($"#exports-table tr[data-export-id='{exportId}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "queued");
        await Expect(row.Locator("[data-role=badge]")).ToHaveTextAsync(Zh("Queued"));
        await Expect(row.Locator("td[data-role=action] a")).ToHaveCountAsync(0);

        // 2. The job makes the file; the page, not reloaded, shows it ready with its link.
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await RunExportAsync(exportId);
        await Expect(row).ToHaveAttributeAsync("data-status", "ready", new() { Timeout = 10_000 });
        await Expect(row.Locator("[data-role=badge]")).ToHaveTextAsync(Zh("Ready to download"));
        // The same badge as the server draws: it may wrap in a narrow column.
        await Expect(row.Locator("[data-role=badge]")).ToHaveClassAsync("badge text-wrap text-bg-success");
        await Expect(row.Locator("[data-role=progress]")).ToBeHiddenAsync();
        var link = row.Locator("td[data-role=action] a");
        await Expect(link).ToHaveAttributeAsync("href", $"/ledgers/exports/{exportId}");
        await Expect(link).ToHaveTextAsync(Zh("Download"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was reloaded");

        // 3. The download: an xlsx named after the ledger, a line per demo grant and a totals row.
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.StartsWith(Zh("Funding ledger (plan, paid, remaining)"), download.SuggestedFilename);
        Assert.StartsWith("资金拨付台账", download.SuggestedFilename);
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 0, "the file is empty");

        List<IDictionary<string, object?>> rows;
        await using (var file = File.OpenRead(path))
        {
            rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
        Assert.True(rows.Count > 100, $"{rows.Count} rows");
        var total = rows[^1];
        Assert.Equal(Zh("Total"), Convert.ToString(total[Zh("Organization")], CultureInfo.InvariantCulture));
        Assert.Equal(Zh("Grants: {0}", rows.Count - 1), Convert.ToString(total[Zh("Project name")], CultureInfo.InvariantCulture));
        var paid = Convert.ToDecimal(total[Zh("Paid (yuan)")], CultureInfo.InvariantCulture);
        Assert.True(paid > 0, "nothing paid in the demo's ledger");

        // 4. The totals row's paid amount is the one the bureau dashboard shows.
        await page.GotoAsync("/bureau");
        var shownFen = long.Parse((await page.Locator("#money-total-paid").GetAttributeAsync("data-fen"))!, CultureInfo.InvariantCulture);
        Assert.Equal(shownFen, (long)decimal.Round(paid * 100m));

        Assert.Empty(errors);
    }

    /// <summary>The export the person asked for last.</summary>
    private Task<Guid> NewestExportOfAsync(string email) => browser.App.WithDbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.ExportJobs.Where(e => e.RequestedByUserId == userId)
            .OrderByDescending(e => e.CreatedAt).Select(e => e.Id).FirstAsync();
    });

    /// <summary>Runs the export's job as Hangfire would, in a scope of its own.</summary>
    private async Task RunExportAsync(Guid exportId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var job = ActivatorUtilities.GetServiceOrCreateInstance<ExportLedgerJob>(scope.ServiceProvider);
        await job.RunAsync(exportId, CancellationToken.None);
        var status = await browser.App.WithDbAsync(db => db.ExportJobs.Where(e => e.Id == exportId).Select(e => e.Status).SingleAsync());
        Assert.Equal(ExportStatus.Ready, status);
    }

    private string Url(string path) => new Uri(browser.BaseUrl, path).ToString();

    /// <summary>The app's Chinese text for <paramref name="key"/>.</summary>
    private string Zh(string key, params object[] args)
    {
        var localizer = browser.App.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return localizer[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
