using MassTransit;
using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Every screening, cleared or not, is a crossing kept for the retro-screening window; the traveller who crossed clean
/// yesterday and is listed today is the case retro-screening exists for. A crossing that arrives late is also checked
/// against the entries listed or amended since it was screened, whose own re-screening could not have seen it. Crossings are
/// recorded in groups by the <see cref="CrossingWriter"/>; this acknowledges each once its group has committed. A crossing
/// is handled once by its own id (its screening's, carried by one message id), whether it came alone or in a bundle
/// (<see cref="CrossingBundleConsumer"/>): its row in the <see cref="CrossingLog"/> is the record (decision 0132).
/// </summary>
public sealed class CrossingConsumer(CrossingWriter writer) : IConsumer<TravellerScreened>
{
    public Task Consume(ConsumeContext<TravellerScreened> context) =>
        writer.RecordAsync(Crossing.Of(context.Message),
            context.Headers.Get<string>("X-Correlation-ID") ?? context.CorrelationId?.ToString(), context.CancellationToken);
}
