using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.ServiceDefaults.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit over RabbitMQ. Queue and exchange names carry a prefix so that test hosts and a running
    /// dev instance never compete for one queue; production switches on quorum queues.
    /// The host waits for the bus to start, so consumers are bound before anything is published.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> consumers)
    {
        var settings = MessagingSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton<QueueDepths>().AddHostedService(sp => sp.GetRequiredService<QueueDepths>());
        builder.Services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<QueueDepths>());
        builder.Services.AddGauge("watchlist_queue_messages", null, "Messages waiting in each queue this host consumes.",
            sp => sp.GetRequiredService<QueueDepths>().Observe);
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new DefaultEndpointNameFormatter(settings.EndpointPrefix, false));
            consumers(x);
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10),
                    TimeSpan.FromMilliseconds(200)));
                if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit) return;
                if (settings.QuorumQueues) rabbit.SetQuorumQueue();
                if (settings.TemporaryEndpoints) rabbit.AutoDelete = true;
            });
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(settings.RabbitMqUrl);
                // Exchanges carry the prefix too, so a prefixed host neither hears nor disturbs any other.
                if (settings.EndpointPrefix.Length > 0)
                    cfg.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter,
                        settings.EndpointPrefix));
                cfg.UseConsumeFilter(typeof(CorrelationScope<>), context);
                cfg.UseConsumeFilter(typeof(QueueLag<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
