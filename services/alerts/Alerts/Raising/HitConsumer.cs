using MassTransit;
using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// Every hit becomes (part of) an alert, at most once per message: the <see cref="HitWriter"/> applies it with the hits that
/// arrived beside it, in one transaction with the records that their messages were handled, and this acknowledges it once
/// that has committed. Hits of one alert take turns (see <see cref="AlertRaising"/>); a lost race with another writer (an
/// officer, the SLA sweeper) is run again against the winner's state. A live hit's alert events are published as soon as they
/// commit, as the watchlist service publishes the hit (<see cref="ServiceDefaults.EventStore.EarlyPublisher"/>): a command
/// centre hears of it in milliseconds however far the forwarder is behind with retro work. (The crossing itself, for
/// retro-screening, arrives as its own message: see <see cref="Retro.CrossingConsumer"/>.)
/// </summary>
public sealed class HitConsumer(HitWriter writer) : IConsumer<ScreeningHitDetected>
{
    public const string Name = "alerts.hit";

    public Task Consume(ConsumeContext<ScreeningHitDetected> context) =>
        writer.ApplyAsync($"{Name}/{context.MessageId ?? throw new InvalidOperationException("A hit arrived without a MessageId.")}",
            context.Message, context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString(),
            context.CancellationToken);
}
