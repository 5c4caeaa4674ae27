using JasperFx.Events;
using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Says which stored domain events leave the service, and as which integration events (none, one, or several: a
/// screening publishes one message per hit). It maps a whole batch at once (a forwarder page, a request's commit), so
/// that what the messages need beyond the events' own data is read once for the batch (<see cref="StreamStates{TState}"/>),
/// not once per event. The session reads the store as of the batch.
/// </summary>
public interface IIntegrationEventMap
{
    /// <returns>The messages of each stored event, in the order of <paramref name="stored"/>.</returns>
    Task<IReadOnlyList<IReadOnlyList<object>>> ToIntegrationEventsAsync(IReadOnlyList<IEvent> stored, IQuerySession session,
        CancellationToken ct);

    /// <summary>
    /// Whether a message may travel in a bundle with others of its kind: only a message that needs no order with any other
    /// (a crossing), because a bundle is published beside the streams, not in their order.
    /// </summary>
    bool Bundles(object message) => false;

    /// <summary>One message carrying <paramref name="items"/>, each under its own message id.</summary>
    object Bundle(IReadOnlyList<BundledMessage> items) =>
        throw new NotSupportedException($"{GetType().Name} bundles no messages.");
}

/// <summary>A message inside a bundle, with the ids it would have been published under alone.</summary>
public sealed record BundledMessage(Guid MessageId, string? CorrelationId, object Message);
