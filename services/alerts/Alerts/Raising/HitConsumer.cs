using JasperFx.Events;
using Marten;
using MassTransit;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// Every hit becomes (part of) an alert, at most once per message. Hits of one alert take turns (see <see cref="AlertRaising"/>);
/// a lost race with another writer (an officer, the SLA sweeper) throws, and the bus's retry applies the hit again against the
/// winner's state. A live hit's alert events are published as soon as they commit, as the watchlist service publishes the hit
/// (<see cref="EarlyPublisher"/>): a command centre hears of it in milliseconds however far the forwarder is behind with retro
/// work. (The crossing itself, for retro-screening, arrives as its own message: see <see cref="CrossingConsumer"/>.)
/// </summary>
public sealed class HitConsumer(IDocumentStore store, AlertRaising raising, EarlyPublisher early, TimeProvider clock)
    : IConsumer<ScreeningHitDetected>
{
    public const string Name = "alerts.hit";

    public async Task Consume(ConsumeContext<ScreeningHitDetected> context)
    {
        var hit = context.Message;
        List<IEvent> staged = [];
        var applied = await store.HandleOnceAsync(context, Name, async session =>
        {
            var correlation = context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString();
            // A live alert is raised at the crossing: the board orders by it and the SLA clock starts then, however late the message.
            var at = hit.Retro ? clock.GetUtcNow() : hit.ScreenedAt;
            await raising.ApplyAsync(session, hit, new AlertChange(hit.Actor, hit.Agency, at, correlation), context.CancellationToken);
            staged = session.PendingChanges.Streams().SelectMany(s => s.Events).ToList();
        });
        if (applied && !hit.Retro) early.PublishCommitted(staged);
    }
}
