using System.Net;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>
/// The reliability test: many attempts at the same tranche at once — each in its own DI scope, so its own
/// DbContext and its own connection to the same SQLite file — make exactly one approval and one payment, write exactly
/// the audit entries of those two steps, and change nothing else.
/// </summary>
public sealed class FiftyConcurrentAttemptsTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private const int Attempts = 50;

    /// <summary>Everything the race must leave alone, and what it may change, read before and after.</summary>
    private sealed record Snapshot(
        IReadOnlyDictionary<Guid, (TrancheStatus Status, long Version)> Tranches,
        IReadOnlyDictionary<Guid, (GrantStatus Status, long Version)> Grants,
        int Clawbacks, int AuditEntries, int Outbox, int Notifications);

    private Task<Snapshot> SnapshotAsync() => app.WithDbAsync(async db => new Snapshot(
        await db.Tranches.AsNoTracking().ToDictionaryAsync(t => t.Id, t => (t.Status, t.Version)),
        await db.Grants.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.Status, g.Version)),
        await db.Clawbacks.CountAsync(), await db.AuditEntries.CountAsync(), await db.OutboxMessages.CountAsync(), await db.Notifications.CountAsync()));

    private enum Outcome { Saved, LostRace, Refused }

    /// <summary>One attempt as a request makes it: its own scope, load, the transition, one save.</summary>
    private async Task<(Outcome Outcome, Tranche? Loaded)> AttemptAsync(Guid trancheId, Action<Tranche> transition, Func<Task>? afterLoad = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        var tranche = await db.Tranches.SingleAsync(t => t.Id == trancheId);
        if (afterLoad is not null) await afterLoad();
        try
        {
            transition(tranche);
        }
        catch (DomainException)
        {
            return (Outcome.Refused, tranche);
        }
        try
        {
            await db.SaveChangesAsync();
            return (Outcome.Saved, tranche);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (Outcome.LostRace, tranche);
        }
        catch (DbUpdateException)
        {
            // The bank reference's unique index: refused by the database.
            return (Outcome.Refused, tranche);
        }
    }

    /// <summary>A gate that opens once every attempt has loaded the tranche, so that all of them start from the same version.</summary>
    private static Func<Task> AllLoaded(int count)
    {
        var loaded = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return () =>
        {
            if (Interlocked.Increment(ref loaded) == count) gate.SetResult();
            return gate.Task.WaitAsync(TimeSpan.FromSeconds(60));
        };
    }

    [Fact]
    public async Task Fifty_concurrent_approve_then_pay_attempts_by_two_finance_officers_pay_the_tranche_exactly_once()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var financeA = await app.CreateUserAsync("finance-a", Roles.FinanceOfficer);
        var financeB = await app.CreateUserAsync("finance-b", Roles.FinanceOfficer);
        var target = await ConfirmedGrantAsync(app, officer: officer);
        var bystander = await ConfirmedGrantAsync(app, officer: officer);
        await RequestedAsync(app, target.Tranches[0], officer.Id);
        await RequestedAsync(app, bystander.Tranches[0], officer.Id);
        var before = await SnapshotAsync();
        var trancheId = target.Tranches[0];
        var today = ChinaTime.Today(app.Clock);
        var gate = AllLoaded(Attempts);

        // Each attempt: approve (all from the same version), then — in a new request, as after a reload — pay with its
        // own bank reference. Losers of the approval still try to pay what the winner approved: a real second race.
        var results = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => Task.Run(async () =>
        {
            var finance = i % 2 == 0 ? financeA : financeB;
            var approve = await AttemptAsync(trancheId, t => t.Approve(finance.Id, app.Now), gate);
            var pay = await AttemptAsync(trancheId, t => t.Pay(finance.Id, $"BANK-{i:00}", today, today, app.Now));
            return (Approve: approve.Outcome, Pay: pay.Outcome, Reference: $"BANK-{i:00}");
        })));

        Assert.Equal(1, results.Count(r => r.Approve == Outcome.Saved));
        Assert.Equal(Attempts - 1, results.Count(r => r.Approve == Outcome.LostRace));
        Assert.Equal(1, results.Count(r => r.Pay == Outcome.Saved));
        Assert.All(results.Where(r => r.Pay != Outcome.Saved), r => Assert.Contains(r.Pay, new[] { Outcome.LostRace, Outcome.Refused }));

        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal(TrancheStatus.Paid, tranche.Status);
        Assert.Equal(results.Single(r => r.Pay == Outcome.Saved).Reference, tranche.BankReference);
        Assert.Equal(before.Tranches[trancheId].Version + 2, tranche.Version);
        Assert.Equal(1, await CountAsync(app, db => db.Tranches.Where(t => t.BankReference != null)));

        var audit = await AuditOfAsync(app, trancheId);
        Assert.Single(audit, a => RecordsStatus(a, TrancheStatus.Paid));
        Assert.Single(audit, a => RecordsStatus(a, TrancheStatus.Approved));

        var after = await SnapshotAsync();
        foreach (var (id, state) in before.Tranches.Where(t => t.Key != trancheId))
            Assert.Equal(state, after.Tranches[id]);
        Assert.Equal(before.Grants, after.Grants);
        Assert.Equal(before.Clawbacks, after.Clawbacks);
        Assert.Equal(before.AuditEntries + 2, after.AuditEntries);
        Assert.Equal(before.Outbox, after.Outbox);
    }

    [Fact]
    public async Task Fifty_concurrent_payments_of_one_approved_tranche_record_one_payment_with_one_reference()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var financeA = await app.CreateUserAsync("finance-a", Roles.FinanceOfficer);
        var financeB = await app.CreateUserAsync("finance-b", Roles.FinanceOfficer);
        var target = await ConfirmedGrantAsync(app, officer: officer);
        await ApprovedAsync(app, target.Tranches[0], officer.Id, financeA.Id);
        var before = await SnapshotAsync();
        var trancheId = target.Tranches[0];
        var today = ChinaTime.Today(app.Clock);
        var gate = AllLoaded(Attempts);

        var results = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => Task.Run(async () =>
        {
            var finance = i % 2 == 0 ? financeA : financeB;
            var (outcome, _) = await AttemptAsync(trancheId, t => t.Pay(finance.Id, $"PAY-{i:00}", today, today, app.Now), gate);
            return (Outcome: outcome, Reference: $"PAY-{i:00}");
        })));

        Assert.Equal(1, results.Count(r => r.Outcome == Outcome.Saved));
        Assert.Equal(Attempts - 1, results.Count(r => r.Outcome == Outcome.LostRace));
        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal(TrancheStatus.Paid, tranche.Status);
        Assert.Equal(results.Single(r => r.Outcome == Outcome.Saved).Reference, tranche.BankReference);
        Assert.Single(await AuditOfAsync(app, trancheId), a => RecordsStatus(a, TrancheStatus.Paid));

        var after = await SnapshotAsync();
        foreach (var (id, state) in before.Tranches.Where(t => t.Key != trancheId))
            Assert.Equal(state, after.Tranches[id]);
        Assert.Equal(before.Grants, after.Grants);
        Assert.Equal(before.Clawbacks, after.Clawbacks);
        Assert.Equal(before.AuditEntries + 1, after.AuditEntries);
    }

    [Fact]
    public async Task Twenty_concurrent_pay_posts_from_two_finance_officers_make_one_payment_and_tell_every_other_one_clearly()
    {
        const int posts = 20;
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var financeA = await app.CreateUserAsync("finance-a", Roles.FinanceOfficer);
        var financeB = await app.CreateUserAsync("finance-b", Roles.FinanceOfficer);
        var target = await ConfirmedGrantAsync(app, officer: officer);
        await ApprovedAsync(app, target.Tranches[0], officer.Id, financeA.Id);
        var trancheId = target.Tranches[0];
        var before = await SnapshotAsync();
        var uri = new Uri("http://localhost/");

        // Two signed-in browsers, each with the finance desk open: the form's version, its token and the session cookies.
        async Task<(CookieContainer Jar, Dictionary<string, string> Fields)> OpenDeskAsync(TestUser finance)
        {
            var jar = new CookieContainer();
            using var browser = app.CreateDefaultClient(uri, new CookieJarHandler(jar, store: true));
            await browser.SignInAsync(finance.Email, finance.Password);
            var desk = await browser.GetPageAsync("/finance");
            var fields = DisbursementSteps.FieldsOf(desk, $"/tranches/{trancheId}/pay");
            return (jar, fields);
        }
        var a = await OpenDeskAsync(financeA);
        var b = await OpenDeskAsync(financeB);
        Assert.Equal(before.Tranches[trancheId].Version.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Fields["Version"]);

        var responses = await Task.WhenAll(Enumerable.Range(0, posts).Select(i => Task.Run(async () =>
        {
            var (jar, fields) = i % 2 == 0 ? a : b;
            using var client = app.CreateDefaultClient(uri, new CookieJarHandler(jar, store: false));
            var form = new Dictionary<string, string>(fields) { ["BankReference"] = $"HTTP-{i:00}" };
            var response = await client.PostAsync($"/tranches/{trancheId}/pay", new FormUrlEncodedContent(form));
            // What this person then reads: the page the redirect leads to, with this response's flash cookie.
            string? shown = null;
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                using var reader = app.CreateDefaultClient(uri, new CookieJarHandler(CookieJarHandler.With(jar, response, uri), store: false));
                var page = await reader.GetPageAsync(response.Headers.Location!.OriginalString.Split('#')[0]);
                shown = DisbursementSteps.FlashError(page) ?? DisbursementSteps.Flash(page);
            }
            return (Status: response.StatusCode, Location: response.RedirectPath()?.Split('#')[0], Shown: shown, Reference: $"HTTP-{i:00}");
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        Assert.All(responses, r => Assert.Equal("/finance", r.Location));
        var paid = Assert.Single(responses, r => r.Shown is not null && r.Shown.Contains("已登记为已支付", StringComparison.Ordinal));
        var losers = responses.Where(r => r != paid).ToList();
        Assert.Equal(posts - 1, losers.Count);
        Assert.All(losers, r => Assert.Equal("这笔拨付在您打开页面后已有变动：当前状态为\"已支付\"。请刷新页面后核对。", r.Shown));

        var tranche = await TrancheAsync(app, trancheId);
        Assert.Equal(TrancheStatus.Paid, tranche.Status);
        Assert.Equal(paid.Reference, tranche.BankReference);
        Assert.Single(await AuditOfAsync(app, trancheId), x => RecordsStatus(x, TrancheStatus.Paid));
        var after = await SnapshotAsync();
        Assert.Equal(before.AuditEntries + 1, after.AuditEntries);
        Assert.Equal(before.Grants, after.Grants);
        // One e-mail and one in-app notice to the organization's one member, for the one payment.
        Assert.Equal(before.Outbox + 1, after.Outbox);
        Assert.Equal(before.Notifications + 1, after.Notifications);
    }
}
