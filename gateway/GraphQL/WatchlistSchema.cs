using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL;

public sealed class WatchlistSchema : Schema
{
    public WatchlistSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.WithIntrospectionComplexityImpact(Costs.Introspection);
    }
}
