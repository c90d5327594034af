using System.Globalization;
using System.Text;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using GrantHub.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The money of the demo's three past editions (资金拨付). Finalizing results opens a grant per funded or awarded
/// decision (the publicity page does it in the product; the demo's judging bypasses that page, so this opens them), and
/// their history is played with the Core methods, on dates after each edition's finalization and before today: the
/// officer drafts the agreements (mostly 50/30/20, some 60/40, a few single payments), a member of the organization
/// confirms with the signed scan, the officer requests each tranche and finance approves and pays it (four eyes), the
/// evaluations release the later tranches. The older editions are paid in full but for one project stopped at its
/// mid-term (its claw-back returned); the latest one still has work on every desk: a project awaiting its agreement, an
/// agreement awaiting the organization, tranches payable, requested and approved, a stopped project whose claw-back is
/// requested, and the demo organization's project, its first tranche paid and the second waiting on the mid-term.
/// Awards are all paid once, and so complete. A confirmed agreement schedules its project's reports, which
/// <see cref="DemoReports"/> then plays. Seeded generator: the same demo on every fresh run.
/// </summary>
public static class DemoFunding
{
    /// <summary>The organizations recorded on behalf have no account: each funded one gets a member who signs the agreements.</summary>
    public const string ContactEmailFormat = "contact{0:D2}@demo.granthub.cn";

    /// <summary>A project's year, from the results to the final evaluation's last payment, in days.</summary>
    private const double ProjectDays = 390;

    private const string ThirdPartyEvaluator = "仪征市社会组织评估中心";

    private static readonly (string Bank, string Prefix)[] Banks =
    [
        ("中国工商银行仪征支行", "1108"), ("中国农业银行仪征市支行", "1023"), ("中国建设银行仪征支行", "3205"),
        ("中国银行仪征支行", "4788"), ("江苏仪征农村商业银行真州支行", "3210"), ("中国邮政储蓄银行仪征市支行", "9320"),
    ];

    private static readonly string[] PassComments =
    [
        "项目按计划推进，服务记录完整，居民满意度较高。", "活动开展规范，志愿者队伍稳定，经费使用合理。",
        "服务对象覆盖面广，台账资料齐全，建议加强宣传总结。", "完成阶段目标，社区反响良好，财务票据规范。",
        "服务成效明显，形成了可推广的工作方法。",
    ];

    private const string FailComment = "活动开展不足计划的三分之一，服务台账缺失，经费支出与预算不符，整改后仍未达到要求。";
    private const string ClawbackReason = "中期评估不合格，项目终止：请按协议退回首期资金中尚未使用的部分。";

    /// <summary>What has happened to a funded project so far.</summary>
    private enum Fate
    {
        AwaitingAgreement,
        AgreementDrafted,
        FirstPayable,
        FirstRequested,
        FirstApproved,
        /// <summary>First tranche paid; the second waits on the mid-term evaluation.</summary>
        WaitingMidterm,
        SecondPayable,
        SecondRequested,
        SecondApproved,
        /// <summary>Everything paid but the tranche of the final evaluation.</summary>
        WaitingFinal,
        /// <summary>Failed its mid-term: stopped, later tranches cancelled, a claw-back requested.</summary>
        Stopped,
        /// <summary>As <see cref="Stopped"/>, and the money came back.</summary>
        StoppedAndReturned,
        Completed,
    }

    /// <summary>The latest edition's projects besides the demo organization's, in the order of their organizations' names.</summary>
    private static readonly (Fate Fate, TrancheTemplate Template)[] LatestEdition =
    [
        (Fate.AwaitingAgreement, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.AgreementDrafted, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.FirstPayable, TrancheTemplate.SixtyForty),
        (Fate.FirstRequested, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.FirstApproved, TrancheTemplate.Single),
        (Fate.SecondPayable, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.SecondRequested, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.SecondApproved, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.Stopped, TrancheTemplate.FiftyThirtyTwenty),
        (Fate.WaitingFinal, TrancheTemplate.SixtyForty),
        (Fate.Completed, TrancheTemplate.Single),
    ];

    public static async Task SeedAsync(IServiceProvider seeding, string officerUserId, string financeUserId)
    {
        // A scope of its own: the demo seeded so far is tracked by the seeding's context, and every save (an account
        // created, the grants) would look through all of it again.
        await using var scope = seeding.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<GrantHubDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var decided = await (from d in db.Decisions.AsNoTracking()
                             join a in db.Applications on d.ApplicationId equals a.Id
                             join o in db.Organizations on a.OrganizationId equals o.Id
                             join e in db.Editions on d.EditionId equals e.Id
                             where d.FinalizedAt != null && (d.Outcome == DecisionOutcome.Funded || d.Outcome == DecisionOutcome.Awarded)
                                   && e.Name != DemoCompetitions.OpenEditionName
                             select new Decided(d, a.OrganizationId, o.Name, a.ProjectName, e.Year, e.OpensOn))
            .ToListAsync();
        if (decided.Count == 0) return;
        var editionIds = decided.Select(x => x.Decision.EditionId).Distinct().ToList();
        if (await db.Grants.AnyAsync(g => editionIds.Contains(g.EditionId))) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var organizationIds = decided.Select(x => x.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.Include(o => o.Members).Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id);

        var signers = await SignersAsync(services, decided.Where(x => x.Decision.Outcome == DecisionOutcome.Funded)
            .GroupBy(x => x.OrganizationId).Select(g => (organizations[g.Key], g.Min(x => x.Decision.FinalizedAt!.Value))).ToList());
        GiveBankAccounts(organizations.Values);

        var officerName = DemoData.Accounts.Single(a => a.Role == Roles.ProgramOfficer).DisplayName;
        var play = new Play(db, services.GetRequiredService<IFileStore>(), officerUserId, financeUserId, officerName, today, now);
        var editions = decided.GroupBy(x => x.Decision.EditionId).OrderBy(g => g.First().OpensOn).ToList();
        try
        {
            for (var i = 0; i < editions.Count; i++)
            {
                var latest = i == editions.Count - 1;
                var random = new Random(600 + i);
                var funded = editions[i].Where(x => x.Decision.Outcome == DecisionOutcome.Funded)
                    .OrderBy(x => x.OrganizationName == DemoIncubation.DemoOrganizationName ? 0 : 1)
                    .ThenBy(x => x.OrganizationName, StringComparer.Ordinal).ThenBy(x => x.ProjectName, StringComparer.Ordinal).ToList();
                var script = new Queue<(Fate, TrancheTemplate)>(LatestEdition);
                for (var p = 0; p < funded.Count; p++)
                {
                    var x = funded[p];
                    var (fate, template) = !latest ? (p == 3 && i == editions.Count - 2 ? Fate.StoppedAndReturned : Fate.Completed, TemplateFor(p))
                        : x.OrganizationName == DemoIncubation.DemoOrganizationName ? (Fate.WaitingMidterm, TrancheTemplate.FiftyThirtyTwenty)
                        : script.TryDequeue(out var next) ? next : (Fate.WaitingFinal, TrancheTemplate.FiftyThirtyTwenty);
                    // Now and then the officer agrees a little less than decided (a budget line cut at signing).
                    var agreed = p == 5 && x.Decision.Amount > Money.FromYuan(2_000m) ? x.Decision.Amount - Money.FromYuan(1_000m) : x.Decision.Amount;
                    var organization = organizations[x.OrganizationId];
                    await play.FundedAsync(x, organization, signers.GetValueOrDefault(organization.Id), fate, template, agreed, latest, random);
                }
                foreach (var x in editions[i].Where(x => x.Decision.Outcome == DecisionOutcome.Awarded)
                             .OrderBy(x => x.OrganizationName, StringComparer.Ordinal).ThenBy(x => x.ProjectName, StringComparer.Ordinal))
                    play.Award(x, random);
            }
            await db.SaveChangesAsync();
        }
        catch
        {
            // The scans stored for grants that were not saved.
            await play.ForgetScansAsync();
            throw;
        }

        // The reports of the confirmed agreements, played to today, and the reminders sent about them.
        await DemoReports.SeedAsync(seeding, officerUserId, editionIds);
    }

    /// <summary>Mostly 50/30/20, some 60/40, a few single payments.</summary>
    private static TrancheTemplate TemplateFor(int position) => (position % 6) switch
    {
        1 => TrancheTemplate.SixtyForty,
        4 => TrancheTemplate.Single,
        _ => TrancheTemplate.FiftyThirtyTwenty,
    };

    /// <summary>
    /// Who signs each funded organization's agreements: its owner, or any member; an organization recorded on behalf
    /// has none, so its contact person gets an account (the demo password) and joins it, as by invitation.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> SignersAsync(IServiceProvider services, List<(Organization Organization, DateTime FirstResults)> funded)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        // The accounts are saved with the grants, in one transaction, rather than one by one.
        var userStore = services.GetRequiredService<IUserStore<AppUser>>();
        if (userStore is UserStore<AppUser, IdentityRole, GrantHubDbContext, string, IdentityUserClaim<string>, IdentityUserRole<string>,
                IdentityUserLogin<string>, IdentityUserToken<string>, IdentityRoleClaim<string>> store)
            store.AutoSaveChanges = false;
        var roles = (IUserRoleStore<AppUser>)userStore;
        var emails = Enumerable.Range(1, funded.Count).Select(i => string.Format(CultureInfo.InvariantCulture, ContactEmailFormat, i)).ToList();
        var existing = await users.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!);
        // The demo password, as the demo accounts have it: hashing is slow on purpose, so their hash is reused.
        var demoAccount = DemoData.Accounts.First(a => a.Role == Roles.OrganizationMember).Email;
        var passwordHash = await users.Users.Where(u => u.Email == demoAccount).Select(u => u.PasswordHash).FirstOrDefaultAsync();
        var signers = new Dictionary<Guid, string>();
        var n = 0;
        foreach (var (organization, firstResults) in funded.OrderBy(f => f.Organization.Name, StringComparer.Ordinal))
        {
            var member = organization.OwnerUserId ?? organization.Members.FirstOrDefault()?.UserId;
            if (member is not null)
            {
                signers[organization.Id] = member;
                continue;
            }
            var email = emails[n++];
            var joinedAt = firstResults.AddDays(5);
            if (!existing.TryGetValue(email, out var user))
            {
                user = AppUser.Create(email, organization.ContactPerson, organization.ContactMobile, joinedAt, emailConfirmed: true);
                user.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(user, DemoData.Password);
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                    throw new InvalidOperationException($"Could not seed {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                await roles.AddToRoleAsync(user, users.NormalizeName(Roles.OrganizationMember)!, CancellationToken.None);
            }
            organization.AddMember(user.Id, joinedAt);
            signers[organization.Id] = user.Id;
        }
        return signers;
    }

    /// <summary>A complete bank account (in the organization's name, at a bank in 仪征, 19 digits) where the profile lacks one.</summary>
    private static void GiveBankAccounts(IEnumerable<Organization> organizations)
    {
        var random = new Random(606);
        foreach (var org in organizations.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            var (bank, prefix) = Banks[random.Next(Banks.Length)];
            var digits = string.Concat(Enumerable.Range(0, 15).Select(_ => (char)('0' + random.Next(10))));
            if (new BankAccount(org.BankAccountName, org.BankName, org.BankAccountNumber).IsComplete) continue;
            org.BankAccountName = org.Name;
            org.BankName = bank;
            org.BankAccountNumber = prefix + digits;
            org.Touch();
        }
    }

    private sealed record Decided(Decision Decision, Guid OrganizationId, string OrganizationName, string ProjectName, int Year, DateOnly OpensOn);

    /// <summary>Plays the grants' history; holds the people, today and the bank's running reference number.</summary>
    private sealed class Play(GrantHubDbContext db, IFileStore files, string officer, string finance, string officerName, DateOnly today, DateTime now)
    {
        private readonly List<string> _scans = [];
        private readonly Dictionary<DateOnly, int> _bankSequence = [];

        public async Task FundedAsync(Decided x, Organization organization, string? signer, Fate fate, TrancheTemplate template, Money agreed,
            bool latest, Random random)
        {
            var grant = Grant.Open(x.Decision, organization.Id, x.Decision.FinalizedAt!.Value);
            db.Grants.Add(grant);
            if (fate == Fate.AwaitingAgreement) return;

            var time = new Timeline(grant.CreatedAt, now, stretch: latest);
            var recorded = new List<EvaluationKind>();
            // Late signers (the latest edition's open work) sign near the end of the year; the others within a month.
            var (draftDay, signDay) = fate switch
            {
                Fate.AgreementDrafted => (372 + random.Next(6), (int?)null),
                Fate.FirstPayable => (335 + random.Next(6), 372 + random.Next(6)),
                Fate.FirstRequested => (325 + random.Next(6), 358 + random.Next(6)),
                Fate.FirstApproved => (315 + random.Next(6), 348 + random.Next(6)),
                _ => (14 + random.Next(10), 30 + random.Next(8)),
            };
            grant.DraftAgreement(agreed, TranchePlan.FromTemplate(agreed, template),
                new BankAccount(organization.BankAccountName, organization.BankName, organization.BankAccountNumber),
                officer, time.At(draftDay, 10, random.Next(60)));
            if (signDay is not { } sign) return;
            if (signer is null) throw new InvalidOperationException($"{organization.Name} has no member to confirm its agreement.");

            var confirmedAt = time.At(sign, 15, random.Next(60));
            var signedOn = Day(confirmedAt).AddDays(-random.Next(2));
            var scan = StoredNames.New("pdf");
            await files.SaveAsync(scan, new MemoryStream(ScanPdf(x, agreed, signedOn)));
            _scans.Add(scan);
            grant.Confirm(signer, signedOn, $"{x.ProjectName}-资助协议（签章）.pdf", scan, today, confirmedAt);
            // The project now owes its reports, scheduled from the signing day as the agreement page schedules them.
            await db.ScheduleReportsAsync(grant);

            var first = grant.Tranches.Single(t => t.Number == 1);
            switch (fate)
            {
                case Fate.FirstPayable:
                    return;
                case Fate.FirstRequested:
                    Request(first, time, sign + 14 + random.Next(4), random);
                    return;
                case Fate.FirstApproved:
                    Request(first, time, sign + 14 + random.Next(4), random);
                    Approve(first, time, sign + 30 + random.Next(3), random);
                    return;
            }
            Pay(first, time, sign + 2 + random.Next(3), random);
            if (fate == Fate.WaitingMidterm) return;

            var second = grant.Tranches.SingleOrDefault(t => t.Number == 2 && t.Trigger == TrancheTrigger.MidtermPassed);
            var midtermDay = fate switch
            {
                Fate.SecondPayable => 372 + random.Next(6),
                Fate.SecondRequested => 355 + random.Next(6),
                Fate.SecondApproved => 345 + random.Next(6),
                Fate.Stopped => 340 + random.Next(6),
                _ => 185 + random.Next(15),
            };
            if (fate is Fate.Stopped or Fate.StoppedAndReturned)
            {
                Evaluate(grant, EvaluationKind.Midterm, 52.5m, FailComment, time, midtermDay, random, recorded);
                var claimed = new Money(first.Amount.Fen * 2 / 5 / 10_000 * 10_000);
                var clawback = Clawback.Request(grant, claimed, ClawbackReason, Money.Zero, officer, time.At(midtermDay + 6, 11, random.Next(60)));
                db.Clawbacks.Add(clawback);
                if (fate == Fate.StoppedAndReturned)
                {
                    var returnedAt = time.At(midtermDay + 28 + random.Next(5), 14, random.Next(60));
                    clawback.RecordReturn(finance, NextReference(Day(returnedAt)), Day(returnedAt), today, returnedAt);
                }
                return;
            }
            Evaluate(grant, EvaluationKind.Midterm, PassingScore(random), null, time, midtermDay, random, recorded);
            if (second is not null)
            {
                switch (fate)
                {
                    case Fate.SecondPayable:
                        return;
                    case Fate.SecondRequested:
                        Request(second, time, midtermDay + 20 + random.Next(4), random);
                        return;
                    case Fate.SecondApproved:
                        Request(second, time, midtermDay + 16 + random.Next(4), random);
                        Approve(second, time, midtermDay + 32 + random.Next(3), random);
                        return;
                }
                Pay(second, time, midtermDay + 4 + random.Next(4), random);
            }
            if (fate == Fate.WaitingFinal) return;

            var finalDay = 360 + random.Next(8);
            Evaluate(grant, EvaluationKind.Final, PassingScore(random), null, time, finalDay, random, recorded);
            foreach (var last in grant.Tranches.Where(t => t.Trigger == TrancheTrigger.FinalPassed))
                Pay(last, time, finalDay + 4 + random.Next(4), random);
        }

        /// <summary>An award: payable once the results are final; requested, approved and paid within a few weeks.</summary>
        public void Award(Decided x, Random random)
        {
            var grant = Grant.Open(x.Decision, x.OrganizationId, x.Decision.FinalizedAt!.Value);
            db.Grants.Add(grant);
            var prize = grant.Tranches.Single();
            Pay(prize, new Timeline(grant.CreatedAt, now, stretch: false), 10 + random.Next(12), random);
            grant.CompleteIfPaid(prize.PaidAt!.Value);
        }

        public async Task ForgetScansAsync()
        {
            foreach (var scan in _scans) await files.DeleteAsync(scan);
        }

        private void Request(Tranche tranche, Timeline time, int day, Random random) =>
            tranche.Request(officer, time.At(day, 9, random.Next(90)));

        private void Approve(Tranche tranche, Timeline time, int day, Random random) =>
            tranche.Approve(finance, time.At(day, 14, random.Next(120)));

        /// <summary>Requested by the officer, approved by finance a day or two later, paid by the bank a day or two after.</summary>
        private void Pay(Tranche tranche, Timeline time, int day, Random random)
        {
            Request(tranche, time, day, random);
            Approve(tranche, time, day + 1 + random.Next(2), random);
            var paidAt = time.At(day + 3 + random.Next(2), 10, random.Next(120));
            tranche.Pay(finance, NextReference(Day(paidAt)), Day(paidAt), today, paidAt);
        }

        private void Evaluate(Grant grant, EvaluationKind kind, decimal score, string? comment, Timeline time, int day, Random random,
            List<EvaluationKind> recorded)
        {
            var at = time.At(day, 16, random.Next(60));
            var byOfficer = random.Next(4) == 0;
            db.Evaluations.Add(Evaluation.Record(grant, kind, score, Evaluation.DefaultPassMark, byOfficer ? officerName : ThirdPartyEvaluator,
                comment ?? PassComments[random.Next(PassComments.Length)], Day(at).AddDays(-random.Next(4)), today, recorded, officer, at));
            recorded.Add(kind);
        }

        /// <summary>The bank's reference of a transfer: bank, day and the day's running number, e.g. ICBC2016031500123.</summary>
        private string NextReference(DateOnly day)
        {
            var number = _bankSequence[day] = _bankSequence.GetValueOrDefault(day, 100) + 1 + day.Day % 7;
            return string.Create(CultureInfo.InvariantCulture, $"ICBC{day:yyyyMMdd}{number:D5}");
        }

        private static decimal PassingScore(Random random) => 68 + random.Next(0, 25) + (random.Next(2) == 0 ? 0.5m : 0m);

        private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToChina(utc));
    }

    /// <summary>
    /// A project's year from its results, in office hours, compressed into the time there is when the results are
    /// recent, or for the latest edition stretched (up to half as long again) to end just before today, so that its
    /// open steps are days old, not months; every step comes after the one before and before today.
    /// </summary>
    private sealed class Timeline(DateTime startUtc, DateTime nowUtc, bool stretch)
    {
        private readonly DateTime _start = startUtc;
        private readonly double _scale = Math.Clamp(((nowUtc - startUtc).TotalDays - 1) / ProjectDays, 0, stretch ? 1.5 : 1);
        private DateTime _last = startUtc;

        public DateTime At(double day, int hour, int minute)
        {
            var china = DateOnly.FromDateTime(ChinaTime.ToChina(_start.AddDays(day * _scale)));
            var at = ChinaTime.StartOfDayUtc(china).AddHours(hour).AddMinutes(minute);
            if (at <= _last) at = _last.AddMinutes(7);
            return _last = at;
        }
    }

    /// <summary>A one-page PDF standing for the signed scan (plain ASCII: the standard fonts have no Chinese).</summary>
    private static byte[] ScanPdf(Decided x, Money agreed, DateOnly signedOn)
    {
        string[] lines =
        [
            "GrantHub demo - signed grant agreement (scan)",
            $"Edition {x.Year}, agreement {x.Decision.ApplicationId.ToString("N")[..8].ToUpperInvariant()}",
            $"Amount granted: CNY {agreed.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture)}",
            $"Signed on {signedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        ];
        var text = new StringBuilder("BT /F1 14 Tf 72 770 Td");
        foreach (var line in lines) text.Append(CultureInfo.InvariantCulture, $" ({line}) Tj 0 -22 Td");
        text.Append(" ET");
        var content = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
