using GraphQL;

namespace Watchlist.Gateway.GraphQL.Rest;

public static class WatchlistApiAccess
{
    /// <summary>The request's own client (graph types are singletons; the typed HttpClient belongs to the request).</summary>
    public static WatchlistApi Watchlist(this IResolveFieldContext ctx) =>
        (ctx.RequestServices ?? throw new InvalidOperationException("Execute GraphQL with RequestServices set.")).GetRequiredService<WatchlistApi>();
}
