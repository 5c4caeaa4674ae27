using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Paging;

/// <summary>
/// Relay paging (<c>first</c>/<c>after</c>) over a REST list that pages with <c>limit</c> and an opaque <c>cursor</c>.
/// <para>
/// Cursors. The REST API gives out one cursor per page, the position after its last item. So the last edge of a
/// page that has a next page carries that REST cursor unchanged (endCursor == nextCursor, and paging by endCursor
/// costs one REST call a page). Every other edge carries <c>{pageCursor}~{n}</c>: the REST cursor its page was read
/// from (empty for the start) and its position n (1-based) in that page. Resuming <c>after</c> such a cursor first
/// reads n items from pageCursor, only to learn the REST cursor after them, so resuming from any edge neither skips
/// nor repeats as long as no entry left the filtered set in the meantime. REST cursors are base64url and never
/// contain '~'. A cursor means something only with the filter it was given out with.
/// </para>
/// </summary>
public static class RestPaging
{
    public const int DefaultFirst = 50;
    public const int MaxFirst = 500;
    private const char Separator = '~';

    /// <param name="fetch">Reads one REST page: (cursor or null, limit) → items and nextCursor.</param>
    public static async Task<Connection<T>> PageAsync<T>(int? first, string? after, Func<string?, int, Task<RestPage<T>>> fetch)
    {
        var size = first ?? DefaultFirst;
        if (size is < 1 or > MaxFirst) throw RestErrors.BadInput("first", $"Between 1 and {MaxFirst}; {DefaultFirst} when omitted.");
        var (start, more) = await StartAsync(after, fetch);
        if (!more) return new Connection<T>([], new PageInfo(false, false, null, null));

        var page = await fetch(start, size);
        var last = page.Items.Count - 1;
        var edges = page.Items.Select((item, i) =>
            new Edge<T>(i == last && page.NextCursor is not null ? page.NextCursor : $"{start}{Separator}{i + 1}", item)).ToList();
        return new Connection<T>(
            edges, new PageInfo(page.NextCursor is not null, false, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    /// <summary>The REST cursor to read from, and whether anything can follow it at all.</summary>
    private static async Task<(string? Cursor, bool More)> StartAsync<T>(string? after, Func<string?, int, Task<RestPage<T>>> fetch)
    {
        if (string.IsNullOrEmpty(after)) return (null, true);
        var split = after.LastIndexOf(Separator);
        if (split < 0) return (after, true); // a REST cursor: the service checks it
        if (!int.TryParse(after.AsSpan(split + 1), System.Globalization.NumberStyles.None, null, out var position)
            || position is < 1 or > MaxFirst)
            throw RestErrors.BadInput("after", "Not a cursor this API gave out; start again without one.");
        var pageCursor = split == 0 ? null : after[..split];
        var skipped = await fetch(pageCursor, position);
        return skipped.NextCursor is null ? (null, false) : (skipped.NextCursor, true);
    }
}
