using System.Globalization;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>Reading a ledger's cells back as a spreadsheet program shows them: text, numbers, dates.</summary>
internal static class LedgerRows
{
    public static object? Cell(this IDictionary<string, object?> row, string header) =>
        row.TryGetValue(header, out var value) ? value : throw new KeyNotFoundException($"No column \"{header}\" in [{string.Join(", ", row.Keys)}].");

    public static string? Text(this IDictionary<string, object?> row, string header) =>
        row.Cell(header) is { } v && Convert.ToString(v, CultureInfo.InvariantCulture) is { Length: > 0 } s ? s : null;

    public static decimal? Number(this IDictionary<string, object?> row, string header) =>
        row.Cell(header) is { } v and not "" ? decimal.Round(Convert.ToDecimal(v, CultureInfo.InvariantCulture), 2) : null;

    public static DateOnly? Date(this IDictionary<string, object?> row, string header) =>
        row.Cell(header) switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            null or "" => null,
            var v => throw new InvalidOperationException($"\"{header}\" holds {v} ({v.GetType().Name}), not a date."),
        };

    /// <summary>The one row whose <paramref name="header"/> reads <paramref name="value"/>.</summary>
    public static IDictionary<string, object?> Where(this IEnumerable<IDictionary<string, object?>> rows, string header, string value) =>
        Assert.Single(rows, r => r.Text(header) == value);
}
