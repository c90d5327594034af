using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;

namespace GrantHub.Web.Tests.Localization;

/// <summary>
/// Every string a person reads is looked up by its English text; a key used in code without a zh-CN translation would
/// show English to a Chinese user. This scans the sources for localizer keys and rule messages and checks each one.
/// </summary>
public sealed partial class TranslationCoverageTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
    private static readonly CultureInfo Chinese = new("zh-CN");

    [GeneratedRegex(@"\b[lL]\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"DomainException\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex DomainMessage();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> KeysUsedInCode()
    {
        var fromWeb = SourceFiles("GrantHub.Web").SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)));
        var fromCore = SourceFiles("GrantHub.Core").SelectMany(f => DomainMessage().Matches(File.ReadAllText(f)));
        return fromWeb.Concat(fromCore).Select(m => m.Groups[1].Value.Replace("\\\"", "\""))
            .Concat(Roles.All.Select(RoleLabels.Of))
            .Concat(EnumValues().Select(EnumLabels.Of))
            .Concat(Organization.ProfileParts.Select(p => p.Label))
            .Distinct();
    }

    private static IEnumerable<Enum> EnumValues() =>
        EnumLabels.Enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => !(v.GetType().IsDefined(typeof(FlagsAttribute), false) && Convert.ToInt64(v, CultureInfo.InvariantCulture) == 0));

    [Fact]
    public void The_scan_finds_the_strings_of_the_pages_and_the_rules()
    {
        var keys = KeysUsedInCode().ToList();
        Assert.Contains("Sign in", keys);
        Assert.Contains("Organization member", keys);
        Assert.Contains("The unified social credit code is not valid.", keys);
        Assert.True(keys.Count > 100, $"only {keys.Count} keys found: is the scan looking in the right place?");
    }

    [Fact]
    public void Every_enum_value_shown_to_people_has_a_label()
    {
        var unlabelled = EnumValues().Where(v => !EnumLabels.Has(v)).Select(v => $"{v.GetType().Name}.{v}").ToList();
        Assert.True(unlabelled.Count == 0, "No label in EnumLabels for:\n" + string.Join("\n", unlabelled));
    }

    [Fact]
    public void Every_string_used_in_code_has_a_chinese_translation()
    {
        var missing = KeysUsedInCode().Where(k => string.IsNullOrWhiteSpace(Resources.GetString(k, Chinese))).ToList();
        Assert.True(missing.Count == 0, "No zh-CN translation in SharedResource.zh-CN.resx for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_their_english_text()
    {
        var broken = KeysUsedInCode()
            .Select(k => (Key: k, Zh: Resources.GetString(k, Chinese) ?? ""))
            .Where(p => !Placeholder().Matches(p.Key).Select(m => m.Value).Order()
                .SequenceEqual(Placeholder().Matches(p.Zh).Select(m => m.Value).Order()))
            .Select(p => $"{p.Key} => {p.Zh}")
            .ToList();
        Assert.True(broken.Count == 0, "Placeholders differ:\n" + string.Join("\n", broken));
    }

    private static IEnumerable<string> SourceFiles(string project)
    {
        var root = Path.Combine(RepositoryRoot(), "src", project);
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GrantHub.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GrantHub.sln not found above " + AppContext.BaseDirectory);
    }
}
