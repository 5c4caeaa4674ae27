using Marten;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Notifications.Delivery.Webhooks;

public static class WebhookSetup
{
    /// <summary>Receivers are outside our control: no automatic redirects (a signed body must not wander), our own timeout per attempt.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WebhookSettings.From(configuration));
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton(sp => new WebhookSender(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetJsonOptions()));
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }

    public static StoreOptions AddWebhookDocuments(this StoreOptions store)
    {
        store.Schema.For<WebhookProgress>();
        store.Schema.For<WebhookDeadLetter>().Duplicate(d => d.SubscriptionId);
        return store;
    }
}
