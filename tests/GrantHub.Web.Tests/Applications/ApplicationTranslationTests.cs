using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Web.Features.Screening;
using GrantHub.Web.Resources;
using AppSteps = GrantHub.Web.Features.Applications.ApplicationSteps;

namespace GrantHub.Web.Tests.Applications;

/// <summary>
/// Texts the application pages look up through a variable (step titles, missing parts, eligibility rules and details,
/// the screening checklist), which the source scan of TranslationCoverageTests cannot see.
/// </summary>
public sealed partial class ApplicationTranslationTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> Texts()
    {
        var edition = CompetitionEdition.Draft("x", 2026, "y", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        edition.SetRules(new Money(100), new Money(100), 0, [], null, Core.Organizations.EvaluationGrade.None, false, false,
            new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        edition.SetCategories(["a"], new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        edition.Publish(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        var empty = Application.Start(edition, Guid.NewGuid(), "u", new DateTime(2026, 5, 2, 0, 0, 0, DateTimeKind.Utc));
        return Eligibility.Texts
            .Concat(AppSteps.All.Select(s => s.Title))
            .Concat(empty.MissingForSubmission())
            .Concat(ScreeningForm.Checklist.Select(c => c.Label));
    }

    private static string? Chinese(string key)
    {
        try
        {
            return Resources.GetString(key, new CultureInfo("zh-CN"));
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    [Fact]
    public void Every_text_looked_up_by_a_variable_has_a_chinese_translation_with_its_placeholders()
    {
        var texts = Texts().Distinct().ToList();
        Assert.True(texts.Count > 30);
        var missing = texts.Where(t => string.IsNullOrWhiteSpace(Chinese(t))).ToList();
        Assert.True(missing.Count == 0, "No zh-CN translation for:\n" + string.Join("\n", missing));
        var broken = texts.Where(t => !Placeholder().Matches(t).Select(m => m.Value).Order()
            .SequenceEqual(Placeholder().Matches(Chinese(t)!).Select(m => m.Value).Order())).ToList();
        Assert.True(broken.Count == 0, "Placeholders differ:\n" + string.Join("\n", broken));
    }
}
