using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/GrantHub.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
