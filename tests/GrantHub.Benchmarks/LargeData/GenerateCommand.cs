using System.Diagnostics;
using System.Globalization;

namespace GrantHub.Benchmarks.LargeData;

/// <summary>
/// <c>generate --out FILE.db [--orgs 10000] [--applications 100000] [--scores 1000000] [--seed 2026]</c>: writes the
/// large dataset (see <see cref="LargeDataGenerator"/>) and prints what it holds.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static async Task<int> RunAsync(string[] args)
    {
        string? output = null;
        var options = new LargeDataOptions { Out = "" };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--orgs": options = options with { Organizations = Number() }; break;
                case "--applications": options = options with { Applications = Number() }; break;
                case "--scores": options = options with { Scores = Number() }; break;
                case "--seed": options = options with { Seed = Number() }; break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option {args[i]}.\nUsage: generate --out FILE.db [--orgs 10000] [--applications 100000] [--scores 1000000] [--seed 2026]");
                    return 2;
            }
        }
        if (output is null)
        {
            await Console.Error.WriteLineAsync("Usage: generate --out FILE.db [--orgs 10000] [--applications 100000] [--scores 1000000] [--seed 2026]");
            return 2;
        }
        if (options.Organizations < 10 || options.Applications < 100 || options.Scores < 0)
        {
            await Console.Error.WriteLineAsync("At least 10 organizations and 100 applications.");
            return 2;
        }

        options = options with { Out = output };
        Console.WriteLine($"Generating {options.Organizations:N0} organizations, {options.Applications:N0} applications, {options.Scores:N0} scores " +
                          $"(seed {options.Seed}, today {options.Today:yyyy-MM-dd} China time) into {Path.GetFullPath(output)}");
        var summary = await LargeDataGenerator.GenerateAsync(options, Console.Out);
        foreach (var (table, rows) in summary.Rows.OrderByDescending(r => r.Value))
            Console.WriteLine($"  {table,-22} {rows,12:N0}");
        Console.WriteLine($"Done in {summary.Elapsed.TotalSeconds:F0} s: {summary.Bytes / 1024.0 / 1024.0:F0} MB, {summary.Path}");
        Debug.Assert(summary.Rows.Count > 0);
        return 0;
    }
}
