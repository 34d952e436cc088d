namespace Readout.Web;

/// <summary>Which page of a list a request asks for: ?page= (from 1) and ?size= (at most 200).</summary>
public sealed record Paging(int Page, int Size)
{
    public const int MaxSize = 200;

    public static Paging From(IQueryCollection query, int defaultSize = 50) => new(
        int.TryParse(query["page"], out var page) && page is > 0 and <= 1_000_000 ? page : 1,
        int.TryParse(query["size"], out var size) && size > 0 ? Math.Min(size, MaxSize) : defaultSize);

    public int Skip => (Page - 1) * Size;

    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> items) => [.. items.Skip(Skip).Take(Size)];
}
