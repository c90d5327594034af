using GrantHub.Core;

namespace GrantHub.Web.Composition;

/// <summary>How instants read on every page: China time, the same unambiguous form in both languages.</summary>
public static class DisplayFormats
{
    public static string ToChinaString(this DateTime utc) => ChinaTime.ToChina(utc).ToString("yyyy-MM-dd HH:mm");

    public static string ToChinaString(this DateTime? utc) => utc is { } u ? u.ToChinaString() : "—";
}
