using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Watchlist.ServiceDefaults.Json;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Notifications.Delivery.Webhooks;

public static class WebhookSetup
{
    /// <summary>
    /// Receivers are outside our control: no redirects (a 3xx is a failed attempt: a signed body must not wander, and a
    /// redirect could point anywhere), no proxy (it would connect for us, past <see cref="WebhookConnector"/>), only
    /// permitted addresses, our own timeout per attempt.
    /// </summary>
    public static IServiceCollection AddWebhooks(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(WebhookSettings.From(configuration));
        services.AddMetricsAtZero(() => WatchlistMetrics.WebhookDeadLetters.Add(0));
        services.AddSingleton(WebhookDestinations.From(configuration, environment));
        services.TryAddSingleton<IReceiverResolver, DnsReceiverResolver>();
        services.AddSingleton<WebhookConnector>();
        services.AddSecretProtection(configuration, environment);
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnector>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddSingleton(sp => new WebhookSender(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<WebhookSecretVault>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetJsonOptions(), sp.GetRequiredService<ILogger<WebhookSender>>()));
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
