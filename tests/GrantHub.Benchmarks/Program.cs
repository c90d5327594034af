using BenchmarkDotNet.Running;
using GrantHub.Benchmarks.LargeData;

// The large dataset for the load test (issue 8):
//   dotnet run -c Release --project tests/GrantHub.Benchmarks -- generate --out /tmp/granthub-large.db
if (args.Length > 0 && args[0] == GenerateCommand.Name) return await GenerateCommand.RunAsync(args[1..]);

// The micro-benchmarks:
//   dotnet run -c Release --project tests/GrantHub.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
