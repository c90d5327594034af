namespace GrantHub.Web.Composition;

/// <summary>One page of a list, and what the pager needs to draw itself.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Pages;

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);
}

/// <summary>What the _Pager partial draws: the page number, the count, and how to link to another page.</summary>
public sealed record PagerView(int Number, int Pages, int Total, Func<int, string> Url)
{
    public static PagerView For<T>(Page<T> page, Func<int, string> url) => new(page.Number, page.Pages, page.Total, url);
}
