using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Seeding;
using GrantHub.Web.Storage;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Seeding;

/// <summary>
/// The demo's money: every final funded or awarded decision of the past editions has its grant; agreements within what
/// was decided and pools; tranches in every state, each payment recorded once with its own bank reference by finance
/// after the officer's request; the latest edition still has work on every desk; the demo organization sees its grant.
/// </summary>
public sealed class DemoFundingTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    private sealed record Data(List<Decision> Decisions, List<Grant> Grants, List<Evaluation> Evaluations, List<Clawback> Clawbacks,
        Dictionary<Guid, Money> Pools, Dictionary<Guid, int> Years, Dictionary<string, string> Users);

    private Task<Data> LoadAsync() => app.WithDbAsync(async db => new Data(
        await db.Decisions.AsNoTracking().Where(d => d.FinalizedAt != null).ToListAsync(),
        await db.Grants.AsNoTracking().Include(g => g.Tranches).ToListAsync(),
        await db.Evaluations.AsNoTracking().ToListAsync(),
        await db.Clawbacks.AsNoTracking().ToListAsync(),
        await db.Editions.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Pool),
        await db.Editions.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Year),
        await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@demo.granthub.cn")).ToDictionaryAsync(u => u.Email!, u => u.Id)));

    private static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (s, m) => s + m);

    [Fact]
    public async Task Every_final_funded_or_awarded_decision_has_exactly_one_grant_and_no_grant_lacks_one()
    {
        var data = await LoadAsync();
        var given = data.Decisions.Where(d => d.Outcome is DecisionOutcome.Funded or DecisionOutcome.Awarded).ToList();
        Assert.Equal(DemoJudging.FundedInAll + DemoJudging.AwardedInAll, given.Count);
        Assert.All(given, d =>
        {
            var grant = Assert.Single(data.Grants, g => g.DecisionId == d.Id);
            Assert.Equal(d.Amount, grant.DecidedAmount);
            Assert.Equal(d.Outcome == DecisionOutcome.Funded ? GrantKind.Funding : GrantKind.Award, grant.Kind);
        });
        Assert.Equal(given.Count, data.Grants.Count);
    }

    [Fact]
    public async Task Per_edition_agreed_is_at_most_decided_and_decided_at_most_the_pool_and_paid_a_bit_less_than_decided()
    {
        var data = await LoadAsync();
        var editions = data.Grants.GroupBy(g => g.EditionId).OrderBy(g => data.Years[g.Key]).ToList();
        Assert.Equal(3, editions.Count);
        foreach (var edition in editions)
        {
            var decided = Sum(edition.Select(g => g.DecidedAmount));
            var agreed = Sum(edition.Where(g => g.AgreedAmount is not null).Select(g => g.AgreedAmount!.Value));
            var paid = Sum(edition.SelectMany(g => g.Tranches).Where(t => t.Status == TrancheStatus.Paid).Select(t => t.Amount));
            Assert.True(agreed <= decided, $"{data.Years[edition.Key]}: agreed {agreed} above decided {decided}");
            Assert.True(decided <= data.Pools[edition.Key], $"{data.Years[edition.Key]}: decided {decided} above the pool");
            Assert.Equal(paid, Sum(edition.Select(g => g.Paid)));
            Assert.True(paid < decided, $"{data.Years[edition.Key]}: paid {paid} is not below decided {decided}");
        }
        var decidedInAll = Sum(data.Grants.Select(g => g.DecidedAmount));
        var paidInAll = Sum(data.Grants.Select(g => g.Paid));
        Assert.InRange(decidedInAll.Fen, Money.FromYuan(900_000m).Fen, Money.FromYuan(1_100_000m).Fen);
        Assert.InRange(paidInAll.Fen, decidedInAll.Fen * 8 / 10, decidedInAll.Fen - 1);
    }

    [Fact]
    public async Task Every_tranche_status_appears_and_the_latest_edition_has_work_on_every_desk()
    {
        var data = await LoadAsync();
        var tranches = data.Grants.SelectMany(g => g.Tranches).ToList();
        Assert.All(Enum.GetValues<TrancheStatus>(), s => Assert.Contains(tranches, t => t.Status == s));

        var latest = data.Grants.Where(g => g.EditionId == data.Years.Where(y => data.Grants.Any(g => g.EditionId == y.Key))
            .MaxBy(y => y.Value).Key).ToList();
        foreach (var open in new[] { TrancheStatus.Planned, TrancheStatus.Eligible, TrancheStatus.Requested, TrancheStatus.Approved })
            Assert.Contains(latest.SelectMany(g => g.Tranches), t => t.Status == open);
        Assert.Contains(latest, g => g.Status == GrantStatus.AwaitingAgreement);
        Assert.Contains(latest, g => g.Status == GrantStatus.AgreementDrafted);
        // The older editions are done: no tranche waits there.
        Assert.All(data.Grants.Except(latest).SelectMany(g => g.Tranches), t => Assert.False(t.Status.IsOpen(), $"tranche {t.Id} is {t.Status}"));
        Assert.All(data.Grants.Where(g => g.Kind == GrantKind.Award), g => Assert.Equal(TrancheStatus.Paid, Assert.Single(g.Tranches).Status));
    }

    [Fact]
    public async Task Each_payment_has_its_own_bank_reference_and_was_requested_by_the_officer_and_approved_and_paid_by_finance()
    {
        var data = await LoadAsync();
        var officer = data.Users["officer@demo.granthub.cn"];
        var finance = data.Users["finance@demo.granthub.cn"];
        var tranches = data.Grants.SelectMany(g => g.Tranches).ToList();
        var paid = tranches.Where(t => t.Status == TrancheStatus.Paid).ToList();
        Assert.All(paid, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.BankReference));
            Assert.NotNull(t.PaidOn);
            Assert.NotEqual(t.RequestedByUserId, t.ApprovedByUserId);
            Assert.Equal(finance, t.PaidByUserId);
            Assert.True(t.RequestedAt < t.ApprovedAt && t.ApprovedAt < t.PaidAt, $"tranche {t.Id} steps out of order");
        });
        Assert.Equal(paid.Count, paid.Select(t => t.BankReference).Distinct().Count());
        Assert.All(tranches.Where(t => t.RequestedByUserId is not null), t => Assert.Equal(officer, t.RequestedByUserId));
        Assert.All(tranches.Where(t => t.ApprovedByUserId is not null), t => Assert.Equal(finance, t.ApprovedByUserId));
    }

    [Fact]
    public async Task The_agreements_add_up_and_confirmed_ones_have_their_signed_scan_stored()
    {
        var data = await LoadAsync();
        var files = app.Services.GetRequiredService<IFileStore>();
        foreach (var grant in data.Grants.Where(g => g.Kind == GrantKind.Funding && g.Status != GrantStatus.AwaitingAgreement))
        {
            Assert.Equal(grant.AgreedAmount, Sum(grant.Tranches.Select(t => t.Amount)));
            Assert.True(grant.AgreedAmount <= grant.DecidedAmount);
            Assert.False(string.IsNullOrWhiteSpace(grant.BankAccountNumber));
            if (grant.Status == GrantStatus.AgreementDrafted) continue;
            Assert.NotNull(grant.SignedOn);
            await using var scan = await files.OpenReadAsync(grant.SignedScanStoredName!);
            Assert.NotNull(scan);
            var head = new byte[5];
            await scan.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        // A mix of templates: three tranches mostly, some two, a few one.
        var counts = data.Grants.Where(g => g.Kind == GrantKind.Funding && g.Tranches.Count > 0).GroupBy(g => g.Tranches.Count)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[3] > counts[2] && counts[2] >= 2 && counts[1] >= 2, string.Join(", ", counts));
    }

    [Fact]
    public async Task A_failed_midterm_stops_its_project_with_later_tranches_cancelled_and_a_claw_back_one_returned_one_requested()
    {
        var data = await LoadAsync();
        var stopped = data.Grants.Where(g => g.Status == GrantStatus.Stopped).ToList();
        Assert.Equal(2, stopped.Count);
        Assert.All(stopped, g =>
        {
            Assert.Contains(data.Evaluations, e => e.GrantId == g.Id && e.Kind == EvaluationKind.Midterm && !e.Passed);
            Assert.Contains(g.Tranches, t => t.Status == TrancheStatus.Paid);
            Assert.All(g.Tranches.Where(t => t.Status != TrancheStatus.Paid), t => Assert.Equal(TrancheStatus.Cancelled, t.Status));
            var clawback = Assert.Single(data.Clawbacks, c => c.GrantId == g.Id);
            Assert.True(clawback.Amount <= g.Paid);
        });
        Assert.Equal([ClawbackStatus.Requested, ClawbackStatus.Returned], data.Clawbacks.Select(c => c.Status).Order());
        Assert.Contains(data.Evaluations, e => e.Kind == EvaluationKind.Final && e.Passed);
        Assert.True(data.Evaluations.Count(e => e.Passed) > 10 * data.Evaluations.Count(e => !e.Passed));
    }

    [Fact]
    public async Task The_demo_organization_has_its_grant_first_tranche_paid_and_the_second_waiting_on_the_midterm()
    {
        var data = await LoadAsync();
        var (organizationId, member) = await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoIncubation.DemoOrganizationName);
            var owner = await db.OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == org.Id && m.IsOwner).Select(m => m.UserId).SingleAsync();
            return (org.Id, owner);
        });
        Assert.Equal(data.Users["org@demo.granthub.cn"], member);
        var grant = Assert.Single(data.Grants, g => g.OrganizationId == organizationId && g.Kind == GrantKind.Funding);
        Assert.Equal(member, grant.ConfirmedByUserId);
        var tranches = grant.Tranches.OrderBy(t => t.Number).ToList();
        Assert.Equal(TrancheStatus.Paid, tranches[0].Status);
        Assert.Equal((TrancheTrigger.MidtermPassed, TrancheStatus.Planned), (tranches[1].Trigger, tranches[1].Status));
    }

    [Fact]
    public async Task Every_confirmed_agreement_was_confirmed_by_a_member_of_its_organization()
    {
        var data = await LoadAsync();
        var members = await app.WithDbAsync(db => db.OrganizationMembers.AsNoTracking().Select(m => new { m.OrganizationId, m.UserId }).ToListAsync());
        Assert.All(data.Grants.Where(g => g.ConfirmedByUserId is not null),
            g => Assert.Contains(members, m => m.OrganizationId == g.OrganizationId && m.UserId == g.ConfirmedByUserId));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await app.WithDbAsync(async db => (await db.Grants.CountAsync(), await db.Tranches.CountAsync(),
            await db.Evaluations.CountAsync(), await db.Clawbacks.CountAsync(), await db.Users.CountAsync(), await db.OrganizationMembers.CountAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
            await DemoData.SeedAsync(scope.ServiceProvider);
        var after = await app.WithDbAsync(async db => (await db.Grants.CountAsync(), await db.Tranches.CountAsync(),
            await db.Evaluations.CountAsync(), await db.Clawbacks.CountAsync(), await db.Users.CountAsync(), await db.OrganizationMembers.CountAsync()));
        Assert.Equal(before, after);
    }
}
