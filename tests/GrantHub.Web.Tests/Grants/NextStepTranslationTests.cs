using System.Globalization;
using System.Resources;
using GrantHub.Core;
using GrantHub.Core.Funding;
using GrantHub.Web.Features.Grants;
using GrantHub.Web.Resources;

namespace GrantHub.Web.Tests.Grants;

/// <summary>
/// The ledgers' "next step" texts are keys held in <see cref="NextStep"/> (not written as l["…"], so the source scan of
/// the translation test does not see them): every one a grant can reach has a zh-CN translation with its placeholders.
/// </summary>
public sealed class NextStepTranslationTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    public static IEnumerable<NextStep> Reachable()
    {
        foreach (var kind in Enum.GetValues<GrantKind>())
        foreach (var status in Enum.GetValues<GrantStatus>())
        {
            yield return NextStep.Of(kind, status, []);
            foreach (var trigger in Enum.GetValues<TrancheTrigger>())
            foreach (var tranche in Enum.GetValues<TrancheStatus>())
                yield return NextStep.Of(kind, status, [new LedgerTranche(Guid.Empty, 2, Money.FromYuan(1m), trigger, new DateOnly(2026, 9, 1), tranche)]);
        }
    }

    [Fact]
    public void Every_next_step_has_a_chinese_translation_keeping_its_placeholders()
    {
        var steps = Reachable().DistinctBy(s => s.Key).ToList();
        Assert.True(steps.Count >= 10, $"only {steps.Count} next steps");
        var broken = steps.Where(s =>
        {
            string? zh;
            try { zh = Resources.GetString(s.Key, new CultureInfo("zh-CN")); }
            catch (MissingManifestResourceException) { zh = null; }
            return string.IsNullOrWhiteSpace(zh) || Enumerable.Range(0, s.Args.Length).Any(i => !zh.Contains($"{{{i}}}", StringComparison.Ordinal));
        }).Select(s => s.Key).ToList();
        Assert.True(broken.Count == 0, "No zh-CN translation (or a lost placeholder) for:\n" + string.Join("\n", broken));
    }
}
