using Marten;
using MassTransit;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// Every hit becomes (part of) an alert, at most once per message. A lost race on the dedup key or on an alert's version
/// throws, and the bus's retry applies the hit again against the winner's state. (The crossing itself, for
/// retro-screening, arrives as its own message: see <see cref="CrossingConsumer"/>.)
/// </summary>
public sealed class HitConsumer(IDocumentStore store, AlertRaising raising, TimeProvider clock) : IConsumer<ScreeningHitDetected>
{
    public const string Name = "alerts.hit";

    public Task Consume(ConsumeContext<ScreeningHitDetected> context) =>
        store.HandleOnceAsync(context, Name, async session =>
        {
            var hit = context.Message;
            var correlation = context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString();
            // A live alert is raised at the crossing: the board orders by it and the SLA clock starts then, however late the message.
            var at = hit.Retro ? clock.GetUtcNow() : hit.ScreenedAt;
            await raising.ApplyAsync(session, hit, new AlertChange(hit.Actor, hit.Agency, at, correlation), context.CancellationToken);
        });
}
