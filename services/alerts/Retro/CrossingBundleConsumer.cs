using MassTransit;
using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// A manifest's crossings in one message: each goes to the <see cref="CrossingWriter"/>, which handles it once by its own id as
/// if it had come alone, and the bundle is acknowledged once all of them have committed.
/// Bundles have their own queue with a small prefetch: a manifest's bundle is already a group, and a backlog of them taken in
/// at the single crossings' prefetch would hold hundreds of thousands of travellers in memory. Under live load, though, a bundle
/// is one group commit of the watchlist service (a few screenings to a few dozen), so the prefetch is what lets the writer
/// form groups of hundreds (decision 0091): with two in hand it committed a few dozen crossings at a time and fell behind.
/// </summary>
public sealed class CrossingBundleConsumer(CrossingWriter writer) : IConsumer<TravellersScreened>
{
    public Task Consume(ConsumeContext<TravellersScreened> context) =>
        Task.WhenAll(context.Message.Crossings.Select(c =>
            writer.RecordAsync(Crossing.Of(c.Crossing), c.CorrelationId, context.CancellationToken)));
}

public sealed class CrossingBundleConsumerDefinition : ConsumerDefinition<CrossingBundleConsumer>
{
    /// <summary>Bundles in hand: those being written and those ready to join the next group; at most 16 × 500 crossings (a
    /// manifest's full bundles) in memory.</summary>
    public const int InHand = 16;

    public CrossingBundleConsumerDefinition() => ConcurrentMessageLimit = InHand;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CrossingBundleConsumer> consumer, IRegistrationContext context)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = InHand;
    }
}
