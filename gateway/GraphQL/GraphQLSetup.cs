using GraphQL;
using Watchlist.Gateway.GraphQL.Alerts;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Services;
using Watchlist.Gateway.Routing;

namespace Watchlist.Gateway.GraphQL;

public static class GraphQLSetup
{
    /// <summary>
    /// graphql-dotnet behind <see cref="DocumentGuard"/> (size, tokens, fields, anonymous callers, introspection, service calls),
    /// with depth and cost limits (see <see cref="QueryLimits"/>), so an expensive query is refused before it runs. Errors never
    /// carry exception details unless GraphQL:ExposeExceptionDetails says so. Resolvers reach the services through typed HTTP clients.
    /// </summary>
    public static IServiceCollection AddGatewayGraphQL(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(GraphQLLimits.From(configuration, environment));
        services.AddGraphQL(b => b
            .AddSchema<WatchlistSchema>()
            .AddGraphTypes(typeof(WatchlistSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphQLErrorInfo>()
            .AddUnhandledExceptionHandler(GraphQLErrorInfo.LogUnhandled)
            .ConfigureExecution<DocumentGuard>()
            .AddComplexityAnalyzer(o => QueryLimits.Configure(o, configuration)));
        services.AddServiceClients();
        return services;
    }
}
