using GraphQL;
using Watchlist.Gateway.Routing;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// Every client the resolvers use to reach a service, registered here once. Each call carries the caller's own token,
/// so the service applies role, ownership and releasability itself (<see cref="ServiceCalls"/>).
/// </summary>
public static class ServiceClients
{
    /// <summary>A resolver waits no longer for a service than a person would.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddServiceClients(this IServiceCollection services)
    {
        services.AddHttpClient<WatchlistApi>((sp, client) => Point(client, sp.GetRequiredService<ServiceUrls>().Watchlist, RequestTimeout));
        services.AddHttpClient<AlertsApi>((sp, client) => Point(client, sp.GetRequiredService<ServiceUrls>().Alerts, RequestTimeout));
        // No overall timeout: an SSE stream is open for as long as the GraphQL subscription; the bridge cancels it itself.
        services.AddHttpClient(NotificationsFeed.ClientName,
            (sp, client) => Point(client, sp.GetRequiredService<ServiceUrls>().Notifications, Timeout.InfiniteTimeSpan));
        services.AddSingleton<NotificationsFeed>();
        return services;
    }

    /// <summary>The request's own watchlist client (graph types are singletons; a typed HttpClient belongs to the request).</summary>
    public static WatchlistApi Watchlist(this IResolveFieldContext ctx) => ctx.Service<WatchlistApi>();

    /// <summary>The request's own alerts client.</summary>
    public static AlertsApi Alerts(this IResolveFieldContext ctx) => ctx.Service<AlertsApi>();

    private static T Service<T>(this IResolveFieldContext ctx) where T : notnull =>
        (ctx.RequestServices ?? throw new InvalidOperationException("Execute GraphQL with RequestServices set.")).GetRequiredService<T>();

    private static void Point(HttpClient client, string baseUrl, TimeSpan timeout)
    {
        client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
        client.Timeout = timeout;
    }
}
