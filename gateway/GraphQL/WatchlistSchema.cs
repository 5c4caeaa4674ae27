using GraphQL;
using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL;

public sealed class WatchlistSchema : Schema
{
    public WatchlistSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        this.WithIntrospectionComplexityImpact(Costs.Introspection);
    }
}
