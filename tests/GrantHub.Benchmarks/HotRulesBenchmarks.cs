using BenchmarkDotNet.Attributes;
using GrantHub.Core;
using GrantHub.Core.Identity;

namespace GrantHub.Benchmarks;

/// <summary>
/// Rules that run on every form post or on every row of a list page: normalizing a mobile number (sign-up, profile,
/// organization contacts, imports) and formatting an amount (every money column).
/// </summary>
[MemoryDiagnoser]
public class HotRulesBenchmarks
{
    [Benchmark]
    [Arguments("13912345678")]
    [Arguments("+86 139-1234-5678")]
    [Arguments("139abcd5678")]
    public string? MainlandMobileNormalize(string input) => MainlandMobile.Normalize(input);

    [Benchmark]
    [Arguments(123_456L)]
    [Arguments(-5L)]
    [Arguments(1_234_567_890_123L)]
    public string MoneyToString(long fen) => new Money(fen).ToString();
}
