using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL;

public sealed class WatchlistSchema : Schema
{
    public WatchlistSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
    }
}
