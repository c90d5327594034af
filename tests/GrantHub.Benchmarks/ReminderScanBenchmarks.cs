using System.Globalization;
using BenchmarkDotNet.Attributes;
using GrantHub.Core.Data;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Benchmarks;

/// <summary>
/// The reminder job's scan (issue 7's target: under 1 s) on a SQLite file holding 100,000 scheduled project reports of
/// 8,334 funded projects (12 monthly reports each, signed over ten years), of which about 1 % are still owed and due
/// within the scan's window (30 days back to 7 days ahead). <see cref="ReportScan"/> is the job's report query alone;
/// <see cref="AllDueReminders"/> is everything the job computes before writing: reports with their recipients
/// (members, escalation to center staff and officers), reviews, residencies and payable tranches. Sending is not
/// measured. The file is generated once per process (raw inserts in one transaction, a fixed seed).
/// </summary>
[MemoryDiagnoser]
public class ReminderScanBenchmarks
{
    public const int Reports = 100_000;
    private const int ReportsPerProject = 12;
    private const int Organizations = 2_000;
    private const int Centers = 10;
    private const int Officers = 5;

    /// <summary>Monday 15 June 2026.</summary>
    public static readonly DateOnly Today = new(2026, 6, 15);

    private string _folder = "";
    private DbContextOptions<GrantHubDbContext> _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "granthub-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var connection = $"Data Source={Path.Combine(_folder, "reminders.db")}";
        _options = new DbContextOptionsBuilder<GrantHubDbContext>().UseSqlite(connection).Options;
        var (owed, inWindow) = Generate(_options, connection, seed: 2026);
        Console.WriteLine($"// {Reports:N0} reports, {owed:N0} still owed, {inWindow:N0} owed and due between {Today.AddDays(-ReminderPlan.ReportLookBackDays):yyyy-MM-dd} and {Today.AddDays(ReminderPlan.ReportLookAheadDays):yyyy-MM-dd} ({100.0 * inWindow / Reports:F2} %)");
        foreach (var line in QueryPlan()) Console.WriteLine("// EXPLAIN QUERY PLAN: " + line);
        Console.WriteLine($"// due on {Today:yyyy-MM-dd}: {AllDueReminders().GetAwaiter().GetResult():N0} reminders");
    }

    /// <summary>SQLite's plan for the job's report query on this file.</summary>
    public IReadOnlyList<string> QueryPlan()
    {
        using var db = new GrantHubDbContext(_options);
        using var command = new DueReminders(db).ReportsInWindow(Today).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        db.Database.OpenConnection();
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));
        return plan;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    [Benchmark]
    public async Task<int> ReportScan()
    {
        await using var db = new GrantHubDbContext(_options);
        return (await new DueReminders(db).ReportsInWindow(Today).ToListAsync()).Count;
    }

    [Benchmark]
    public async Task<int> AllDueReminders()
    {
        await using var db = new GrantHubDbContext(_options);
        return (await new DueReminders(db).ComputeAsync(Today)).Count;
    }

    /// <summary>Creates the schema from the model and fills it; returns the reports still owed and those of them in the window.</summary>
    internal static (int Owed, int InWindow) Generate(DbContextOptions<GrantHubDbContext> options, string connectionString, int seed)
    {
        using (var db = new GrantHubDbContext(options)) db.Database.EnsureCreated();

        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        var insert = new Inserter(connection, transaction);

        var officerRole = NewId(random);
        insert.Row("AspNetRoles", new() { ["Id"] = officerRole, ["Name"] = Roles.ProgramOfficer, ["NormalizedName"] = Roles.ProgramOfficer.ToUpperInvariant() });
        for (var i = 0; i < Officers; i++)
        {
            var officer = User(insert, random, $"officer{i}");
            insert.Row("AspNetUserRoles", new() { ["UserId"] = officer, ["RoleId"] = officerRole });
        }

        var staffOf = new List<string>[Centers];
        for (var c = 1; c <= Centers; c++)
        {
            insert.Row("IncubationCenters", new() { ["Id"] = c, ["Name"] = $"孵化中心{c}", ["Desks"] = 20, ["GraduationPassMark"] = 60 });
            staffOf[c - 1] = [];
            for (var s = 0; s < 2; s++)
            {
                var staff = User(insert, random, $"staff{c}-{s}");
                insert.Row("CenterStaff", new() { ["CenterId"] = c, ["UserId"] = staff });
            }
        }

        var organizations = new string[Organizations];
        for (var o = 0; o < Organizations; o++)
        {
            organizations[o] = NewId(random);
            insert.Row("Organizations", new() { ["Id"] = organizations[o], ["Name"] = $"社区社会组织{o:D4}", ["Version"] = 1 });
            for (var m = 0; m < 2; m++)
            {
                var member = User(insert, random, $"member{o}-{m}");
                insert.Row("OrganizationMembers", new() { ["OrganizationId"] = organizations[o], ["UserId"] = member, ["IsOwner"] = m == 0 ? 1 : 0, ["JoinedAt"] = Instant(Today.AddYears(-10)) });
            }
            // A third of the organizations reside at a center (their escalations reach its staff).
            if (o % 3 == 0)
            {
                insert.Row("Residencies", new()
                {
                    ["Id"] = NewId(random), ["OrganizationId"] = organizations[o], ["CenterId"] = 1 + o % Centers, ["Status"] = (int)ResidencyStatus.Admitted,
                    ["AppliedAt"] = Instant(Today.AddDays(-random.Next(60, 3000))), ["StartsOn"] = Day(Today.AddDays(-random.Next(60, 600))), ["TermMonths"] = 24, ["Version"] = 1,
                });
            }
        }

        var edition = NewId(random);
        insert.Row("Editions", new() { ["Id"] = edition, ["Name"] = "历届公益创投大赛", ["Year"] = 2016, ["ReviewEndsOn"] = Day(Today.AddYears(-10)), ["Version"] = 1 });

        var projects = Reports / ReportsPerProject + (Reports % ReportsPerProject == 0 ? 0 : 1);
        int owed = 0, inWindow = 0, written = 0;
        var first = Today.AddDays(-ReminderPlan.ReportLookBackDays);
        var last = Today.AddDays(ReminderPlan.ReportLookAheadDays);
        for (var p = 0; p < projects; p++)
        {
            var organization = organizations[random.Next(Organizations)];
            var (application, decision, grant) = (NewId(random), NewId(random), NewId(random));
            // Signed on a day of the last ten years (and the coming month): its 12 monthly reports follow.
            var signedOn = Today.AddDays(-random.Next(-30, 3650));
            insert.Row("Applications", new() { ["Id"] = application, ["EditionId"] = edition, ["OrganizationId"] = organization, ["ProjectName"] = $"公益项目{p:D5}", ["Version"] = 1 });
            insert.Row("Decisions", new() { ["Id"] = decision, ["EditionId"] = edition, ["ApplicationId"] = application, ["Version"] = 1 });
            insert.Row("Grants", new()
            {
                ["Id"] = grant, ["EditionId"] = edition, ["ApplicationId"] = application, ["OrganizationId"] = organization, ["DecisionId"] = decision,
                ["Status"] = (int)GrantStatus.InProgress, ["SignedOn"] = Day(signedOn), ["Version"] = 1,
            });
            for (var n = 1; n <= ReportsPerProject && written < Reports; n++, written++)
            {
                var dueOn = signedOn.AddMonths(n);
                // Reports of the past were submitted and accepted; of those due within the last 30 days, 19 in 20 are still owed.
                var pending = dueOn > Today || (dueOn >= first && random.Next(20) != 0);
                var status = pending ? ReportStatus.Pending : ReportStatus.Accepted;
                if (pending) owed++;
                if (pending && dueOn >= first && dueOn <= last) inWindow++;
                insert.Row("ProjectReports", new()
                {
                    ["Id"] = NewId(random), ["GrantId"] = grant, ["Kind"] = (int)ReportKind.Monthly, ["Number"] = n, ["DueOn"] = Day(dueOn),
                    ["Status"] = (int)status, ["Version"] = 1,
                });
            }
            // A few projects have their first tranche payable.
            if (p % 50 == 0)
            {
                insert.Row("Tranches", new()
                {
                    ["Id"] = NewId(random), ["GrantId"] = grant, ["Number"] = 1, ["Amount"] = 1_000_000, ["Trigger"] = (int)TrancheTrigger.AgreementSigned,
                    ["Status"] = (int)TrancheStatus.Eligible, ["EligibleAt"] = Instant(signedOn), ["Version"] = 1,
                });
            }
        }
        transaction.Commit();
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        return (owed, inWindow);
    }

    private static string User(Inserter insert, Random random, string name)
    {
        var id = NewId(random);
        var email = $"{name}@bench.granthub.cn";
        insert.Row("AspNetUsers", new()
        {
            ["Id"] = id, ["UserName"] = email, ["NormalizedUserName"] = email.ToUpperInvariant(), ["Email"] = email,
            ["NormalizedEmail"] = email.ToUpperInvariant(), ["DisplayName"] = name, ["PreferredCulture"] = "zh-CN",
        });
        return id;
    }

    private static string NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 02:00:00";

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Inserts rows giving only the columns that matter; every other NOT NULL column gets its type's zero (0, '' or an
    /// empty blob), read from the table's own definition, so the generator follows the schema as the model changes.
    /// </summary>
    private sealed class Inserter(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly Dictionary<string, List<(string Name, string Type, bool Required)>> _columns = [];
        private readonly Dictionary<string, SqliteCommand> _commands = [];

        public void Row(string table, Dictionary<string, object> values)
        {
            var columns = Columns(table);
            var key = table + "|" + string.Join(",", values.Keys.Order(StringComparer.Ordinal));
            if (!_commands.TryGetValue(key, out var command))
            {
                var used = columns.Where(c => values.ContainsKey(c.Name) || c.Required).ToList();
                command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", used.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", used.Select((_, i) => $"$p{i}"))})";
                for (var i = 0; i < used.Count; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"$p{i}";
                    parameter.SourceColumn = used[i].Name;
                    command.Parameters.Add(parameter);
                }
                command.Prepare();
                _commands[key] = command;
            }
            var byName = columns.ToDictionary(c => c.Name);
            foreach (SqliteParameter parameter in command.Parameters)
                parameter.Value = values.TryGetValue(parameter.SourceColumn, out var v) ? v : Zero(byName[parameter.SourceColumn].Type);
            command.ExecuteNonQuery();
        }

        private List<(string Name, string Type, bool Required)> Columns(string table)
        {
            if (_columns.TryGetValue(table, out var known)) return known;
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"PRAGMA table_info(\"{table}\")";
            using var reader = command.ExecuteReader();
            var columns = new List<(string, string, bool)>();
            while (reader.Read())
            {
                var autoIncrementKey = reader.GetInt32(5) == 1 && reader.GetString(2).Equals("INTEGER", StringComparison.OrdinalIgnoreCase);
                columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1 && reader.IsDBNull(4) && !autoIncrementKey));
            }
            if (columns.Count == 0) throw new InvalidOperationException($"No table {table}.");
            return _columns[table] = columns;
        }

        private static object Zero(string type) => type.ToUpperInvariant() switch
        {
            "INTEGER" => 0,
            "REAL" => 0.0,
            "BLOB" => Array.Empty<byte>(),
            _ => "",
        };
    }
}
