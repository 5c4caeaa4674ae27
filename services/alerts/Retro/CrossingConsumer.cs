using Marten;
using MassTransit;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Every screening, cleared or not, is a crossing kept for the retro-screening window; the traveller who crossed clean
/// yesterday and is listed today is the case retro-screening exists for. A crossing that arrives late is also checked
/// against the entries listed or amended since it was screened, whose own re-screening could not have seen it. Once
/// committed it joins this replica's window at once; other replicas read it from the <see cref="CrossingLog"/>.
/// </summary>
public sealed class CrossingConsumer(IDocumentStore store, RetroScreening retro, CrossingWindowKeeper window) : IConsumer<TravellerScreened>
{
    public const string Name = "alerts.crossing";

    public async Task Consume(ConsumeContext<TravellerScreened> context)
    {
        var crossing = Crossing.Of(context.Message);
        var recorded = await store.HandleOnceAsync(context, Name, async session =>
        {
            // Every copy of a crossing (the early publish, the forwarder's, a redelivery) has the same message id, so handling
            // it once is enough: no read of the crossing first.
            session.Store(crossing);
            CrossingLog.Record(session, crossing);
            var correlation = context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString();
            await retro.ScreenLateCrossingAsync(session, crossing, correlation, context.CancellationToken);
        });
        if (recorded) window.Committed([crossing]);
    }
}
