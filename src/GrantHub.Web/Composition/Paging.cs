namespace GrantHub.Web.Composition;

/// <summary>One page of a list, and what the pager needs to draw itself.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Pages;

    /// <summary>From 1 to 100,000: a typed page number so large that page × size overflows would otherwise be a 500.</summary>
    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, 100_000);
}

/// <summary>What the _Pager partial draws: the page number, the count, and how to link to another page.</summary>
public sealed record PagerView(int Number, int Pages, int Total, Func<int, string> Url)
{
    public static PagerView For<T>(Page<T> page, Func<int, string> url) => new(page.Number, page.Pages, page.Total, url);
}
