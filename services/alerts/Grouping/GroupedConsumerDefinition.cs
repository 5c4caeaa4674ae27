using MassTransit;

using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Retro;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Grouping;

public sealed class CrossingConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<CrossingConsumer>(RetroSettings.From(configuration).Prefetch);

public sealed class RetroConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<RetroConsumer>(RetroSettings.From(configuration).Prefetch);

/// <summary>Hits in hand at once: what one group can hold.</summary>
public sealed class HitConsumerDefinition(IConfiguration configuration)
    : GroupedConsumerDefinition<HitConsumer>(HitSettings.From(configuration).Prefetch);
