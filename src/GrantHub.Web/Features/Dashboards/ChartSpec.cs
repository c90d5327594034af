using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrantHub.Web.Features.Dashboards;

/// <summary>
/// One chart as data: the page writes it as JSON in a <c>&lt;script type="application/json"&gt;</c> block beside its
/// canvas, and wwwroot/js/dashboards.js draws it with Chart.js (no inline script: CSP-friendly). The table under the
/// chart holds the same numbers and is the truth; the chart is its picture.
/// </summary>
/// <param name="Id">The canvas id; the JSON block is "{Id}-data".</param>
/// <param name="Kind">bar, line or doughnut.</param>
/// <param name="Title">What the chart shows (its accessible name).</param>
/// <param name="TableId">The table with the same numbers (the canvas is described by it).</param>
public sealed record ChartSpec(string Id, string Kind, string Title, string TableId, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Amounts in yuan: the axis and tooltips read as money.</summary>
    public bool Money { get; init; }

    public bool Stacked { get; init; }

    /// <summary>Bars along the vertical axis (long category names read better on a phone).</summary>
    public bool Horizontal { get; init; }

    /// <summary>For a doughnut: one colour per label.</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    public bool IsEmpty => Labels.Count == 0 || Series.All(s => s.Data.All(v => v == 0));

    /// <summary>
    /// The JSON for the page. The default encoder escapes &lt; &gt; &amp; and quotes, so nothing in a name can close the
    /// script block.
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        type = Kind,
        labels = Labels,
        datasets = Series.Select(s => new { label = s.Label, data = s.Data, color = s.Color, stack = s.Stack }),
        money = Money,
        stacked = Stacked,
        horizontal = Horizontal,
        colors = Colors,
    }, Json);
}

/// <summary>One series; <paramref name="Color"/> is a name from the dashboards' palette (blue, teal, green, orange, red, grey, purple).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<decimal> Data, string Color, string? Stack = null);
