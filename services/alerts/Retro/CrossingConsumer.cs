using Marten;
using MassTransit;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Every screening, cleared or not, is a crossing kept for the retro-screening window; the traveller who crossed clean
/// yesterday and is listed today is the case retro-screening exists for. A crossing that arrives late is also checked
/// against the entries listed or amended since it was screened, whose own re-screening could not have seen it.
/// </summary>
public sealed class CrossingConsumer(IDocumentStore store, RetroScreening retro) : IConsumer<TravellerScreened>
{
    public const string Name = "alerts.crossing";

    public Task Consume(ConsumeContext<TravellerScreened> context) =>
        store.HandleOnceAsync(context, Name, async session =>
        {
            // Every copy of a crossing (the early publish, the forwarder's, a redelivery) has the same message id, so handling
            // it once is enough: no read of the crossing first.
            var crossing = Crossing.Of(context.Message);
            session.Store(crossing);
            var correlation = context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString();
            await retro.ScreenLateCrossingAsync(session, crossing, correlation, context.CancellationToken);
        });
}
