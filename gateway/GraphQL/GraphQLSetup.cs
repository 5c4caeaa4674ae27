using GraphQL;

namespace Watchlist.Gateway.GraphQL;

public static class GraphQLSetup
{
    /// <summary>
    /// graphql-dotnet with depth and cost limits, so an expensive query is refused before it runs.
    /// Exception details are shown only in Development.
    /// </summary>
    public static IServiceCollection AddGatewayGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddGraphQL(b => b
            .AddSchema<WatchlistSchema>()
            .AddGraphTypes(typeof(WatchlistSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = environment.IsDevelopment())
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = configuration.GetValue("GraphQL:MaxDepth", 12);
                o.MaxComplexity = configuration.GetValue("GraphQL:MaxComplexity", 5000);
            }));
        return services;
    }
}
