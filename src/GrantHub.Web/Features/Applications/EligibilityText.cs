using System.Collections;
using GrantHub.Core.Competitions;
using GrantHub.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Applications;

/// <summary>An eligibility check's detail in the reader's language: enum values by their labels, dates as yyyy-MM-dd.</summary>
public static class EligibilityText
{
    public static string Detail(EligibilityCheck check, IStringLocalizer l) =>
        l[check.Detail, check.Args.Select(a => Arg(a, l)).ToArray()].Value;

    private static object Arg(object value, IStringLocalizer l) => value switch
    {
        Enum e => l[EnumLabels.Of(e)].Value,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        string s => s,
        IEnumerable list => string.Join(l[", "].Value, list.Cast<object>().Select(x => Arg(x, l))),
        _ => value,
    };
}
