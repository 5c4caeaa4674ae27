using Watchlist.Gateway.Routing;

namespace Watchlist.Gateway.GraphQL.Subscriptions;

public static class NotificationsFeedSetup
{
    /// <summary>
    /// The client the subscription bridge uses. No overall timeout: an SSE stream is open for as long as the GraphQL
    /// subscription; the bridge cancels it itself.
    /// </summary>
    public static IServiceCollection AddNotificationsFeed(this IServiceCollection services)
    {
        services.AddHttpClient(NotificationsFeed.ClientName, (sp, client) =>
        {
            client.BaseAddress = new Uri(sp.GetRequiredService<ServiceUrls>().Notifications.TrimEnd('/') + "/");
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.AddSingleton<NotificationsFeed>();
        return services;
    }
}
