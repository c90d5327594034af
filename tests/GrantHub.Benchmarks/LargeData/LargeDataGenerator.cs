using System.Diagnostics;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Benchmarks.LargeData.BulkTable;

namespace GrantHub.Benchmarks.LargeData;

public sealed record LargeDataOptions
{
    public required string Out { get; init; }

    public int Organizations { get; init; } = 10_000;

    public int Applications { get; init; } = 100_000;

    /// <summary>Criterion scores (rows of SheetScores); rounded down to whole score sheets of <see cref="LargeDataGenerator.CriteriaPerEdition"/>.</summary>
    public int Scores { get; init; } = 1_000_000;

    public int Seed { get; init; } = 2026;

    /// <summary>The China-time day the data is generated for (dates of reports, payments and residencies are around it).</summary>
    public DateOnly Today { get; init; } = ChinaTime.Today(TimeProvider.System);
}

/// <summary>
/// A large GrantHub database for load tests (issue 8): a SQLite file migrated with the app's own migrations
/// (GrantHub.Migrations.Sqlite, as the app does at start), the demo accounts made through Identity, then the records
/// written with prepared inserts in one transaction, consistent with the model: incubation centers with their staff,
/// organizations with their owner and residencies (in residence, graduated, left early, applied, refused) with services
/// and assessments; one published competition edition a year for eight years with categories, award tiers, a rubric,
/// a judges' panel and a reporting rule; applications (draft, withdrawn, ineligible, eligible); assignments, submitted
/// score sheets and their criterion scores; decisions (funded, awarded, not selected) for every eligible application;
/// results published and final for the past editions; grants with their tranches (paid, approved, planned, cancelled) and
/// the reports of funded projects (on time, late, overdue, not yet due). A fixed seed: the same options give the same file.
/// </summary>
public static class LargeDataGenerator
{
    public const int Centers = 20;
    public const int EditionCount = 8;
    public const int CriteriaPerEdition = 5;
    public const int JudgesPerEdition = 40;
    public const int JudgePool = 200;
    public const int StaffPerCenter = 2;

    /// <summary>Share of an edition's eligible applications funded, and awarded (after the funded ones).</summary>
    public const double FundedShare = 0.08, AwardedShare = 0.12;

    private static readonly string[] CenterPlaces =
    [
        "嘉禾社区", "华兴新村社区", "仪征市", "真州镇胥浦", "青山镇", "新集镇", "新城镇", "马集镇", "刘集镇", "陈集镇",
        "大仪镇", "月塘镇", "枣林湾", "真州镇鼓楼", "真州镇天宁", "真州镇工农", "真州镇大码头", "真州镇西园", "真州镇东园", "化工园区",
    ];

    private static readonly string[] Themes = ["为老服务", "助残", "青少年", "邻里互助", "环保", "文化", "法律援助", "心理关怀", "助学", "巾帼", "禁毒宣传", "平安"];

    private static readonly string[] Kinds = ["志愿服务队", "协会", "服务社", "互助会", "服务中心", "工作室", "爱心社", "联合会"];

    private static readonly string[] Categories = ["为老服务", "助残服务", "青少年成长", "社区治理", "环境保护"];

    private static readonly (string Name, int MaxPoints)[] Rubric =
        [("需求分析", 25), ("项目设计", 25), ("团队能力", 20), ("预算合理性", 15), ("社会效益", 15)];

    private static readonly (string Name, long Yuan, double Share)[] Tiers = [("一等奖", 20_000, 0.15), ("二等奖", 10_000, 0.35), ("三等奖", 5_000, 0.50)];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];

    private static readonly string[] GivenNames = ["秀英", "桂兰", "建国", "海燕", "志强", "丽华", "明", "静", "伟", "芳", "军", "磊", "洋", "敏", "霞", "平"];

    public static async Task<LargeDataSummary> GenerateAsync(LargeDataOptions options, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var path = Path.GetFullPath(options.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) File.Delete(f);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

        var step = Stopwatch.StartNew();
        var dbOptions = new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly("GrantHub.Migrations.Sqlite")).Options;
        await using (var db = new GrantHubDbContext(dbOptions))
        {
            await db.Database.MigrateAsync();
            log.WriteLine($"migrated ({(await db.Database.GetAppliedMigrationsAsync()).Count()} migrations of GrantHub.Migrations.Sqlite) in {step.Elapsed.TotalSeconds:F1} s");
        }

        var now = ChinaTime.StartOfDayUtc(options.Today).AddHours(9);
        var (users, roles) = await DemoAccounts.CreateAsync(connectionString, now);
        log.WriteLine($"{users.Count} demo accounts (password {DemoAccounts.Password})");

        step.Restart();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
        var tables = new List<BulkTable>();
        using (var transaction = connection.BeginTransaction())
        {
            new Writer(connection, transaction, options, users, roles, tables, log).Write();
            transaction.Commit();
        }
        log.WriteLine($"rows written in {step.Elapsed.TotalSeconds:F1} s");

        // Foreign keys were enforced row by row (PRAGMA foreign_keys = ON): a row that breaks one fails the generation.
        Execute(connection, "PRAGMA journal_mode = DELETE;");

        var counts = tables.GroupBy(t => t.Table).ToDictionary(g => g.Key, g => g.Sum(t => t.Rows));
        connection.Close();
        SqliteConnection.ClearAllPools();
        return new LargeDataSummary(path, new FileInfo(path).Length, counts, total.Elapsed);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>An instant on a China-time day at the given hour, in UTC as the app stores it.</summary>
    private static DateTime At(DateOnly day, double hour = 10) => ChinaTime.StartOfDayUtc(day).AddHours(hour);

    private sealed class App
    {
        public required string Id;
        public required int Edition;
        public required int Organization;
        public required int Category;
        public required ApplicationStatus Status;
        public required double Quality;
        public required long RequestedFen;
        public double Aggregate;
    }

    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, LargeDataOptions o,
        Dictionary<string, string> demoUsers, Dictionary<string, string> roles, List<BulkTable> tables, TextWriter log)
    {
        private readonly Random _random = new(o.Seed);
        private readonly DateOnly _today = o.Today;
        private readonly Dictionary<string, BulkTable> _byName = [];
        private string Officer => demoUsers["officer@demo.granthub.cn"];
        private string Finance => demoUsers["finance@demo.granthub.cn"];

        private string[] _orgIds = [];
        private string[] _orgNames = [];
        private string[] _ownerIds = [];
        private string[][] _staff = [];
        private readonly string[] _judges = new string[JudgePool];
        private readonly string[] _editionIds = new string[EditionCount];
        private readonly int[] _editionYears = new int[EditionCount];
        private int _nextBankReference;
        private int _nextCertificate;

        private BulkTable T(string table, params string[] columns)
        {
            var key = table + "|" + string.Join(",", columns);
            if (_byName.TryGetValue(key, out var t)) return t;
            t = new BulkTable(connection, transaction, table, columns);
            tables.Add(t);
            return _byName[key] = t;
        }

        private string NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            _random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return Id(new Guid(bytes));
        }

        private string Person() => Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)];

        private string Mobile() => "139" + _random.Next(10_000_000, 99_999_999);

        private DateOnly Between(DateOnly from, DateOnly to) => from.AddDays(_random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));

        public void Write()
        {
            var step = Stopwatch.StartNew();
            WriteCenters();
            WriteOrganizations();
            WriteResidencies();
            log.WriteLine($"  centers, {o.Organizations:N0} organizations, residencies: {step.Elapsed.TotalSeconds:F1} s");
            step.Restart();
            WriteEditions();
            var apps = WriteApplications();
            log.WriteLine($"  editions, {apps.Count:N0} applications: {step.Elapsed.TotalSeconds:F1} s");
            step.Restart();
            WriteJudging(apps);
            log.WriteLine($"  assignments, score sheets, scores: {step.Elapsed.TotalSeconds:F1} s");
            step.Restart();
            WriteDecisionsAndFunding(apps);
            log.WriteLine($"  decisions, publicity, grants, tranches, reports: {step.Elapsed.TotalSeconds:F1} s");
        }

        private string User(string email, string displayName, string role, DateTime createdAt)
        {
            var id = NewId();
            T("AspNetUsers", "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "DisplayName", "CreatedAt",
                    "SecurityStamp", "ConcurrencyStamp", "LockoutEnabled", "PreferredCulture")
                .Insert(id, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), true, displayName, createdAt,
                    NewId().Replace("-", ""), NewId(), true, "zh-CN");
            T("AspNetUserRoles", "UserId", "RoleId").Insert(id, roles[role]);
            return id;
        }

        private void WriteCenters()
        {
            var centers = T("IncubationCenters", "Id", "Name", "Level", "Address", "Desks", "GraduationPassMark");
            var staff = T("CenterStaff", "CenterId", "UserId");
            _staff = new string[Centers][];
            for (var c = 1; c <= Centers; c++)
            {
                var place = CenterPlaces[c - 1];
                var city = place == "仪征市";
                centers.Insert(c, city ? "仪征市社会组织孵化中心" : $"{place}社会组织孵化中心", (int)(city ? CenterLevel.City : CenterLevel.Community),
                    city ? "仪征市民政局" : $"仪征市{place}", city ? 20 : 12, IncubationCenter.DefaultPassMark);
                // staff@ works at 嘉禾 (1), staff2@ at 华兴新村 (2), as in the demo; generated staff everywhere else.
                _staff[c - 1] = c switch
                {
                    1 => [demoUsers["staff@demo.granthub.cn"]],
                    2 => [demoUsers["staff2@demo.granthub.cn"]],
                    _ => Enumerable.Range(0, StaffPerCenter)
                        .Select(s => User($"staff{c}-{s}@load.granthub.cn", Person(), Roles.CenterStaff, At(_today.AddYears(-8)))).ToArray(),
                };
                foreach (var s in _staff[c - 1]) staff.Insert(c, s);
            }
        }

        private void WriteOrganizations()
        {
            var organizations = T("Organizations", "Id", "Name", "Type", "FilingNumber", "ContactPerson", "ContactMobile", "RegistrationAuthority",
                "RegisteredOn", "LegalRepresentative", "Address", "ServiceFields", "StaffCount", "VolunteerCount", "Introduction",
                "BankAccountName", "BankName", "BankAccountNumber", "CreatedAt", "VerifiedAt", "VerifiedByUserId", "Version");
            var members = T("OrganizationMembers", "OrganizationId", "UserId", "IsOwner", "JoinedAt");
            _orgIds = new string[o.Organizations];
            _orgNames = new string[o.Organizations];
            _ownerIds = new string[o.Organizations];
            var first = _today.AddYears(-EditionCount);
            for (var i = 0; i < o.Organizations; i++)
            {
                var id = _orgIds[i] = NewId();
                var name = _orgNames[i] = i == 0
                    ? "嘉禾社区夕阳红志愿服务队"
                    : $"{CenterPlaces[_random.Next(CenterPlaces.Length)]}{Themes[_random.Next(Themes.Length)]}{Kinds[_random.Next(Kinds.Length)]}{i:D5}";
                // Registered over the last eight years, more of them lately.
                var created = At(first.AddDays((int)((_today.DayNumber - 30 - first.DayNumber) * Math.Sqrt(_random.NextDouble()))), 9 + _random.Next(9));
                var contact = Person();
                var owner = _ownerIds[i] = i == 0
                    ? demoUsers["org@demo.granthub.cn"]
                    : User($"org{i:D5}@load.granthub.cn", contact, Roles.OrganizationMember, created);
                organizations.Insert(id, name, (int)OrganizationType.CommunityOrganization, $"YZ-{i:D6}", contact, Mobile(), "仪征市民政局",
                    DateOnly.FromDateTime(created.AddDays(-_random.Next(0, 400))), Person(), $"仪征市{CenterPlaces[i % CenterPlaces.Length]}{i % 90 + 1}号",
                    1 << _random.Next(8), _random.Next(1, 10), _random.Next(5, 200), "扎根社区，服务居民。", name, "中国工商银行仪征支行",
                    $"6222 0210 {i / 10000 % 10000:D4} {i % 10000:D4}", created, created.AddDays(_random.Next(1, 10)), Officer, 1L);
                members.Insert(id, owner, true, created);
            }
        }

        private void WriteResidencies()
        {
            var residencies = T("Residencies", "Id", "OrganizationId", "CenterId", "Status", "Needs", "AppliedAt", "ReviewStartedAt", "DecidedAt",
                "DecidedByUserId", "RejectionReason", "StartsOn", "TermMonths", "Placement", "GraduatedOn", "CertificateNumber", "ExitedOn", "ExitReason", "Version");
            var services = T("ServiceRecords", "Id", "ResidencyId", "Type", "On", "Minutes", "Topic", "Attendees", "Amount", "RecordedByUserId", "RecordedAt");
            var assessments = T("Assessments", "Id", "ResidencyId", "Kind", "On", "Governance", "Team", "Finance", "ProjectOperation", "Comment",
                "AssessedByUserId", "RecordedAt");
            string[] topics = ["项目书写作培训", "财务规范辅导", "志愿者管理督导", "活动场地使用", "登记备案协助", "品牌传播工作坊"];
            for (var i = 0; i < o.Organizations; i++)
            {
                // Seven in ten organizations are registered with a center; the demo organization resides at 嘉禾.
                var roll = i == 0 ? 0.1 : _random.NextDouble();
                if (roll >= 0.70) continue;
                var center = i == 0 ? 1 : 1 + _random.Next(Centers);
                var staff = _staff[center - 1][_random.Next(_staff[center - 1].Length)];
                var status = roll switch
                {
                    < 0.30 => ResidencyStatus.Admitted,
                    < 0.55 => ResidencyStatus.Graduated,
                    < 0.62 => ResidencyStatus.Exited,
                    < 0.66 => ResidencyStatus.Applied,
                    _ => ResidencyStatus.Rejected,
                };
                var id = NewId();
                var applied = status switch
                {
                    ResidencyStatus.Admitted => Between(_today.AddMonths(-26), _today.AddDays(-20)),
                    ResidencyStatus.Applied => Between(_today.AddDays(-20), _today),
                    _ => Between(_today.AddYears(-EditionCount), _today.AddMonths(-30)),
                };
                var decided = applied.AddDays(_random.Next(3, 15));
                var admitted = status is ResidencyStatus.Admitted or ResidencyStatus.Graduated or ResidencyStatus.Exited;
                var starts = admitted ? decided.AddDays(_random.Next(1, 20)) : (DateOnly?)null;
                DateOnly? graduated = status == ResidencyStatus.Graduated ? starts!.Value.AddMonths(_random.Next(12, 25)) : null;
                DateOnly? exited = status == ResidencyStatus.Exited ? starts!.Value.AddMonths(_random.Next(2, 12)) : null;
                residencies.Insert(id, _orgIds[i], center, (int)status, "活动场地、财务规范和项目书写作辅导。", At(applied), status == ResidencyStatus.Applied ? null : At(applied.AddDays(1)),
                    status == ResidencyStatus.Applied ? null : At(decided), status == ResidencyStatus.Applied ? null : staff,
                    status == ResidencyStatus.Rejected ? "场地已满，建议明年再申请。" : null, starts, admitted ? 24 : null, admitted ? (int)Placement.Virtual : null,
                    graduated, graduated is null ? null : $"YZFH-{++_nextCertificate:D6}", exited, exited is null ? null : "组织主动申请退驻。", 1L);
                if (status == ResidencyStatus.Admitted)
                {
                    // Services of the last twelve months.
                    for (var s = 0; s < 6; s++)
                    {
                        var on = Between(Max(starts!.Value, _today.AddMonths(-12)), _today);
                        services.Insert(NewId(), id, _random.Next(6), on, 30 * _random.Next(2, 7), topics[_random.Next(topics.Length)], _random.Next(3, 40),
                            0L, staff, At(on, 17));
                    }
                    var assessed = starts!.Value.AddMonths(6);
                    if (assessed < _today)
                        assessments.Insert(NewId(), id, (int)AssessmentKind.Capacity, assessed, _random.Next(10, 26), _random.Next(10, 26), _random.Next(10, 26),
                            _random.Next(10, 26), "能力稳步提升。", staff, At(assessed, 16));
                }
                else if (graduated is { } g)
                {
                    assessments.Insert(NewId(), id, (int)AssessmentKind.Graduation, g.AddDays(-10), _random.Next(15, 26), _random.Next(15, 26), _random.Next(15, 26),
                        _random.Next(15, 26), "达到出壳标准。", staff, At(g.AddDays(-10), 16));
                }
            }
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private int _categoryId, _criterionId, _tierId;
        private readonly int[][] _categoryIds = new int[EditionCount][];
        private readonly int[][] _criterionIds = new int[EditionCount][];
        private readonly int[][] _tierIds = new int[EditionCount][];
        private readonly string[][] _panels = new string[EditionCount][];

        private void WriteEditions()
        {
            var pool = 0;
            foreach (var (email, _, _, role) in DemoAccounts.All.Where(a => a.Role == Roles.Judge)) _judges[pool++] = demoUsers[email];
            var profiles = T("JudgeProfiles", "UserId", "Affiliation", "Expertise");
            for (var j = 0; j < JudgePool; j++)
            {
                if (j >= pool) _judges[j] = User($"judge{j:D3}@load.granthub.cn", Person() + "专家", Roles.Judge, At(_today.AddYears(-EditionCount)));
                profiles.Insert(_judges[j], "扬州大学社会发展学院", Themes[j % Themes.Length]);
            }

            var editions = T("Editions", "Id", "Name", "Year", "Organizer", "Call", "Status", "PublishedAt", "Pool", "PerProjectCap", "MinMatchingPercent",
                "EligibleTypesMask", "MinGrade", "RequiresResidency", "AllowsSeveralApplications", "OpensOn", "ClosesOn", "ReviewEndsOn", "PublicityDays",
                "JudgesPerApplication", "Aggregation", "BlindReview", "CommentBelowPercent", "Version", "WrittenRoundPercent");
            var categories = T("EditionCategories", "Id", "EditionId", "Name");
            var criteria = T("RubricCriteria", "Id", "EditionId", "Order", "Name", "MaxPoints", "IsBonus", "Round");
            var judges = T("EditionJudges", "EditionId", "UserId", "AddedAt");
            var rules = T("ReportingRules", "EditionId", "MonthlyReports", "MidtermAfterMonths", "FinalAfterMonths", "PassMark");
            for (var e = 0; e < EditionCount; e++)
            {
                var year = _editionYears[e] = _today.Year - EditionCount + 1 + e;
                var id = _editionIds[e] = NewId();
                var opens = new DateOnly(year, 4, 1);
                editions.Insert(id, $"{year}年仪征市社区公益创投大赛", year, "仪征市民政局", "面向全市社区社会组织征集为民服务项目。", (int)EditionStatus.Published,
                    At(opens.AddDays(-15)), 200_000_000_00L, 200_000_00L, 10, 0b1_1110, 0, false, true, opens, opens.AddDays(29), opens.AddDays(75), 7, 2,
                    (int)AggregationMethod.Mean, true, 60, 1L, 50);
                _categoryIds[e] = Categories.Select(c => { categories.Insert(++_categoryId, id, c); return _categoryId; }).ToArray();
                _criterionIds[e] = Rubric.Select((c, i) => { criteria.Insert(++_criterionId, id, i + 1, c.Name, c.MaxPoints, false, RubricCriterion.FirstRound); return _criterionId; }).ToArray();
                // Counts are set with the decisions (the tiers' places are filled in order).
                _tierIds[e] = Tiers.Select(t => ++_tierId).ToArray();
                // A panel of forty from the pool; the five demo judges sit on every panel.
                var offset = _random.Next(JudgePool);
                _panels[e] = _judges.Take(pool).Concat(Enumerable.Range(0, JudgePool).Select(k => _judges[pool + (offset + k) % (JudgePool - pool)]).Take(JudgesPerEdition - pool)).ToArray();
                foreach (var j in _panels[e]) judges.Insert(id, j, At(opens.AddDays(20)));
                rules.Insert(id, true, 6, 12, 60);
            }
        }

        private List<App> WriteApplications()
        {
            var table = T("Applications", "Id", "EditionId", "OrganizationId", "CreatedByUserId", "Status", "CreatedAt", "UpdatedAt", "SubmittedAt",
                "WithdrawnAt", "ProjectName", "CategoryId", "Summary", "NeedAnalysis", "Goals", "Activities", "Beneficiaries", "BeneficiaryCount", "Team",
                "Risks", "FiscalRequested", "MatchingFunds", "ScreeningPassed", "ScreeningReason", "ScreenedAt", "ScreenedByUserId", "Version");
            // More applications every year (weights 1.0, 1.15, … 2.05).
            var weights = Enumerable.Range(0, EditionCount).Select(e => 1 + 0.15 * e).ToArray();
            var counts = weights.Select(w => (int)(o.Applications * w / weights.Sum())).ToArray();
            counts[^1] += o.Applications - counts.Sum();
            var apps = new List<App>(o.Applications);
            string[] verbs = ["银龄互助", "四点半课堂", "邻里守望", "垃圾分类", "残障人士康复", "社区议事", "非遗传承", "心理疏导", "困境儿童陪伴", "家风家教"];
            for (var e = 0; e < EditionCount; e++)
            {
                var opens = new DateOnly(_editionYears[e], 4, 1);
                for (var n = 0; n < counts[e]; n++)
                {
                    // The demo organization applies twice a year, with strong projects.
                    var org = n < 2 ? 0 : 1 + _random.Next(o.Organizations - 1);
                    var roll = _random.NextDouble();
                    var status = roll switch
                    {
                        < 0.03 => ApplicationStatus.Draft,
                        < 0.05 => ApplicationStatus.Withdrawn,
                        < 0.10 => ApplicationStatus.Ineligible,
                        _ => ApplicationStatus.Eligible,
                    };
                    if (n < 2) status = ApplicationStatus.Eligible;
                    var app = new App
                    {
                        Id = NewId(), Edition = e, Organization = org, Category = _random.Next(Categories.Length), Status = status,
                        Quality = n < 2 ? 0.95 : 0.45 + 0.45 * _random.NextDouble(), RequestedFen = _random.Next(3, 21) * 10_000_00L,
                    };
                    apps.Add(app);
                    var created = At(opens.AddDays(_random.Next(0, 25)), 8 + _random.Next(10));
                    var submitted = status == ApplicationStatus.Draft ? (DateTime?)null : created.AddDays(_random.Next(0, 4)).AddHours(2);
                    var screened = status is ApplicationStatus.Eligible or ApplicationStatus.Ineligible ? At(opens.AddDays(32)) : (DateTime?)null;
                    table.Insert(app.Id, _editionIds[e], _orgIds[org], _ownerIds[org], (int)status, created, screened ?? submitted ?? created, submitted,
                        status == ApplicationStatus.Withdrawn ? submitted!.Value.AddDays(3) : null,
                        $"{verbs[_random.Next(verbs.Length)]}{Categories[app.Category]}项目{n:D5}", _categoryIds[e][app.Category],
                        "为社区居民提供常态化服务。", "社区需求调研显示服务缺口较大。", "一年服务 500 人次。", "每周开展两次活动。", "社区居民", _random.Next(50, 2000),
                        "社工 2 名，志愿者 20 名。", "志愿者流失。", app.RequestedFen, app.RequestedFen / 5,
                        screened is null ? null : status == ApplicationStatus.Eligible, status == ApplicationStatus.Ineligible ? "配套资金比例不足。" : null,
                        screened, screened is null ? null : Officer, 1L);
                }
            }
            return apps;
        }

        private void WriteJudging(List<App> apps)
        {
            var assignments = T("JudgeAssignments", "Id", "EditionId", "ApplicationId", "JudgeUserId", "Round", "AssignedAt");
            var sheets = T("ScoreSheets", "AssignmentId", "ApplicationId", "JudgeUserId", "Round", "Status", "StartedAt", "UpdatedAt", "SubmittedAt", "Version");
            var scores = T("SheetScores", "ScoreSheetId", "CriterionId", "Points", "Comment");
            var harshness = Enumerable.Range(0, JudgePool).ToDictionary(j => _judges[j], _ => 0.85 + 0.25 * _random.NextDouble());
            var eligible = apps.Where(a => a.Status == ApplicationStatus.Eligible).ToList();
            // The sheets spread evenly over the eligible applications (2 or 3 each with the default sizes).
            var sheetCount = (long)o.Scores / CriteriaPerEdition;
            var points = new decimal[CriteriaPerEdition];
            for (var i = 0; i < eligible.Count; i++)
            {
                var app = eligible[i];
                var judgesHere = (int)((i + 1) * sheetCount / eligible.Count - i * sheetCount / eligible.Count);
                var panel = _panels[app.Edition];
                var start = _random.Next(panel.Length);
                var step = 1 + _random.Next(panel.Length - 1);
                while (Gcd(step, panel.Length) != 1) step++;
                var opens = new DateOnly(_editionYears[app.Edition], 4, 1);
                decimal sum = 0;
                for (var k = 0; k < judgesHere; k++)
                {
                    var judge = panel[(start + k * step) % panel.Length];
                    var id = NewId();
                    var assigned = At(opens.AddDays(35));
                    var submitted = At(opens.AddDays(40 + _random.Next(30)), 9 + _random.Next(12));
                    assignments.Insert(id, _editionIds[app.Edition], app.Id, judge, Assignment.FirstRound, assigned);
                    sheets.Insert(id, app.Id, judge, Assignment.FirstRound, (int)ScoreSheetStatus.Submitted, assigned.AddDays(2), submitted, submitted, 2L);
                    for (var c = 0; c < CriteriaPerEdition; c++)
                    {
                        var max = Rubric[c].MaxPoints;
                        var raw = max * app.Quality * harshness[judge] + (_random.NextDouble() - 0.5) * 4;
                        points[c] = Math.Clamp(Math.Round((decimal)raw * 2) / 2, 0, max);
                        sum += points[c];
                        scores.Insert(id, _criterionIds[app.Edition][c], points[c], "");
                    }
                }
                app.Aggregate = judgesHere == 0 ? app.Quality * 100 : (double)(sum / judgesHere);
            }
        }

        private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

        private void WriteDecisionsAndFunding(List<App> apps)
        {
            var decisions = T("Decisions", "Id", "EditionId", "ApplicationId", "Outcome", "Amount", "AwardTierId", "DecidedByUserId", "DecidedAt", "Version", "FinalizedAt");
            var tiers = T("AwardTiers", "Id", "EditionId", "Name", "Amount", "Count");
            var publicities = T("Publicities", "EditionId", "PublishedAt", "PublishedByUserId", "EndsOn", "FinalizedAt", "FinalizedByUserId", "Version");
            for (var e = 0; e < EditionCount; e++)
            {
                var year = _editionYears[e];
                var closes = new DateOnly(year, 4, 30);
                // Results of past years are published (公示) and final; this year's are decided and not yet published.
                var published = year < _today.Year;
                var publishedAt = At(new DateOnly(year, 7, 1));
                var finalAt = At(new DateOnly(year, 7, 9));
                if (published) publicities.Insert(_editionIds[e], publishedAt, Officer, new DateOnly(year, 7, 8), finalAt, Officer, 2L);
                var ranked = apps.Where(a => a.Edition == e && a.Status == ApplicationStatus.Eligible).OrderByDescending(a => a.Aggregate).ToList();
                var funded = (int)(ranked.Count * FundedShare);
                var awarded = (int)(ranked.Count * AwardedShare);
                var tierCounts = Tiers.Select(t => (int)(awarded * t.Share)).ToArray();
                tierCounts[^1] += awarded - tierCounts.Sum();
                for (var t = 0; t < Tiers.Length; t++) tiers.Insert(_tierIds[e][t], _editionIds[e], Tiers[t].Name, Tiers[t].Yuan * 100, tierCounts[t]);
                for (var r = 0; r < ranked.Count; r++)
                {
                    var app = ranked[r];
                    var outcome = r < funded ? DecisionOutcome.Funded : r < funded + awarded ? DecisionOutcome.Awarded : DecisionOutcome.NotSelected;
                    var tier = outcome != DecisionOutcome.Awarded ? -1 : TierOf(r - funded, tierCounts);
                    var amount = outcome switch
                    {
                        DecisionOutcome.Funded => Math.Min(app.RequestedFen, 200_000_00L),
                        DecisionOutcome.Awarded => Tiers[tier].Yuan * 100,
                        _ => 0L,
                    };
                    var decisionId = NewId();
                    decisions.Insert(decisionId, _editionIds[e], app.Id, (int)outcome, amount, tier < 0 ? null : _tierIds[e][tier], Officer,
                        At(closes.AddDays(45)), 1L, published ? finalAt : null);
                    if (published && outcome != DecisionOutcome.NotSelected) WriteGrant(app, e, decisionId, outcome, amount, finalAt);
                }
            }
        }

        private static int TierOf(int place, int[] counts)
        {
            for (var t = 0; t < counts.Length; t++)
            {
                if (place < counts[t]) return t;
                place -= counts[t];
            }
            return counts.Length - 1;
        }

        private void WriteGrant(App app, int edition, string decisionId, DecisionOutcome outcome, long amount, DateTime finalAt)
        {
            var grants = T("Grants", "Id", "EditionId", "ApplicationId", "OrganizationId", "DecisionId", "Kind", "Status", "DecidedAmount", "CreatedAt",
                "AgreedAmount", "DraftedByUserId", "DraftedAt", "BankAccountName", "BankName", "BankAccountNumber", "ConfirmedByUserId", "ConfirmedAt",
                "SignedOn", "SignedScanFileName", "SignedScanStoredName", "StoppedAt", "StopReason", "CompletedAt", "Version");
            var tranches = T("Tranches", "Id", "GrantId", "Number", "Amount", "Trigger", "DueOn", "Status", "EligibleAt", "RequestedByUserId", "RequestedAt",
                "ApprovedByUserId", "ApprovedAt", "PaidByUserId", "PaidAt", "PaidOn", "BankReference", "CancelledByUserId", "CancelledAt", "CancelReason", "Version");
            var id = NewId();
            var org = app.Organization;
            var final = DateOnly.FromDateTime(finalAt);
            var last = _editionYears[edition] == _today.Year - 1;

            void AddTranche(int number, long fen, TrancheTrigger trigger, DateOnly? eligibleOn, DateOnly? paidOn, bool cancelled, DateTime? cancelledAt)
            {
                // Paid: requested, approved, paid; eligible but not paid yet: requested and approved if more than a month ago.
                var status = cancelled ? TrancheStatus.Cancelled
                    : paidOn is not null ? TrancheStatus.Paid
                    : eligibleOn is { } on && on < _today.AddMonths(-1) ? TrancheStatus.Approved
                    : eligibleOn is not null ? TrancheStatus.Eligible
                    : TrancheStatus.Planned;
                var requested = eligibleOn is { } e2 && status is TrancheStatus.Paid or TrancheStatus.Approved ? At(e2.AddDays(2)) : (DateTime?)null;
                var approved = requested?.AddDays(3);
                tranches.Insert(NewId(), id, number, fen, (int)trigger, null, (int)status, eligibleOn is { } e3 ? At(e3, 11) : null,
                    requested is null ? null : Officer, requested, approved is null ? null : Finance, approved,
                    paidOn is null ? null : Finance, paidOn is { } p ? At(p, 15) : null, paidOn, paidOn is null ? null : $"YZCZ{++_nextBankReference:D9}",
                    cancelled ? Officer : null, cancelled ? cancelledAt : null, cancelled ? "项目终止，未付款项取消。" : null, 3L);
            }

            if (outcome == DecisionOutcome.Awarded)
            {
                // Paid a month after the results became final (which completes an award); a tenth of last year's still on their way.
                var paid = last && _random.Next(10) == 0 ? (DateOnly?)null : final.AddDays(_random.Next(20, 40));
                grants.Insert(id, _editionIds[edition], app.Id, _orgIds[org], decisionId, (int)GrantKind.Award,
                    (int)(paid is null ? GrantStatus.InProgress : GrantStatus.Completed), amount, finalAt, amount, null, null, _orgNames[org],
                    "中国工商银行仪征支行", "6222 0210 0000 0000", null, null, null, null, null, null, null, paid is { } p ? At(p, 15) : null, 3L);
                AddTranche(1, amount, TrancheTrigger.ResultsFinal, final, paid, false, null);
                return;
            }

            // A funded project: agreement confirmed within two weeks, then 12 months (18 for last year's projects) of work.
            var signed = final.AddDays(_random.Next(5, 15));
            var months = last ? 18 : 12;
            var ends = signed.AddMonths(months);
            var stoppedOn = _random.Next(25) == 0 ? signed.AddMonths(_random.Next(2, months)) : (DateOnly?)null;
            if (stoppedOn >= _today) stoppedOn = null;
            var status = stoppedOn is not null ? GrantStatus.Stopped : ends.AddMonths(2) < _today ? GrantStatus.Completed : GrantStatus.InProgress;
            var stoppedAt = stoppedOn is { } s ? At(s, 15) : (DateTime?)null;
            grants.Insert(id, _editionIds[edition], app.Id, _orgIds[org], decisionId, (int)GrantKind.Funding, (int)status, amount, finalAt, amount, Officer,
                finalAt.AddDays(2), _orgNames[org], "中国工商银行仪征支行", "6222 0210 0000 0000", _ownerIds[org], At(signed, 16), signed, "资助协议.pdf",
                $"{id}.pdf", stoppedAt, stoppedAt is null ? null : "项目执行严重偏离计划。", status == GrantStatus.Completed ? At(ends.AddMonths(2)) : null, 5L);

            // 50 / 30 / 20: on signing, after the midterm evaluation, after the final one.
            var first = amount / 2;
            var second = amount * 3 / 10;
            var midterm = signed.AddMonths(6).AddDays(20);
            var closing = ends.AddDays(40);
            DateOnly? Paid(DateOnly eligible) => eligible.AddDays(10) < _today && (stoppedOn is null || eligible < stoppedOn) ? eligible.AddDays(_random.Next(5, 10)) : null;
            bool Cancelled(DateOnly eligible) => stoppedOn is not null && eligible >= stoppedOn;
            AddTranche(1, first, TrancheTrigger.AgreementSigned, signed, Paid(signed), false, null);
            AddTranche(2, second, TrancheTrigger.MidtermPassed, midterm < _today && !Cancelled(midterm) ? midterm : null, Paid(midterm), Cancelled(midterm), stoppedAt);
            AddTranche(3, amount - first - second, TrancheTrigger.FinalPassed, closing < _today && !Cancelled(closing) ? closing : null, Paid(closing),
                Cancelled(closing), stoppedAt);

            var reports = T("ProjectReports", "Id", "GrantId", "Kind", "Number", "Title", "DueOn", "Status", "Narrative", "Activities", "BeneficiariesServed",
                "SavedAt", "FirstSubmittedAt", "SubmittedAt", "SubmittedByUserId", "ReviewedAt", "ReviewedByUserId", "ReviewComment", "Version");
            void Report(ReportKind kind, int number, string title, DateOnly due)
            {
                // Before its due day a report is owed; after it, 3 in 100 were never sent, 1 in 5 was sent late.
                DateTime? sent = null;
                if (due < _today && (stoppedOn is null || due < stoppedOn) && _random.Next(100) >= 3)
                {
                    sent = _random.Next(5) == 0 ? At(due.AddDays(_random.Next(1, 21)), 10 + _random.Next(8)) : At(due.AddDays(-_random.Next(0, 6)), 10 + _random.Next(8));
                    if (sent > At(_today)) sent = null;
                }
                var reviewed = sent is { } at && at.AddDays(7) < At(_today) ? at.AddDays(_random.Next(1, 7)) : (DateTime?)null;
                var status = sent is null ? ReportStatus.Pending : reviewed is null ? ReportStatus.Submitted : ReportStatus.Accepted;
                reports.Insert(NewId(), id, (int)kind, number, title, due, (int)status, sent is null ? "" : "本期按计划开展服务。",
                    sent is null ? "" : "社区活动 8 场", sent is null ? null : _random.Next(20, 300), sent, sent, sent, sent is null ? null : _ownerIds[org],
                    reviewed, reviewed is null ? null : Officer, reviewed is null ? null : "符合要求。", sent is null ? 1L : 3L);
            }
            for (var n = 1; n <= months; n++) Report(ReportKind.Monthly, n, $"第{n}期月度报告", signed.AddMonths(n));
            Report(ReportKind.Midterm, 1, "中期报告", signed.AddMonths(6).AddDays(10));
            Report(ReportKind.Final, 1, "结项报告", ends.AddDays(30));
        }
    }
}

public sealed record LargeDataSummary(string Path, long Bytes, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);
