using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Publishes stored events to RabbitMQ, in store order, from a Marten subscription. The daemon
/// records progress only after a page is published, so a crash between publishing and
/// checkpointing leads to a redelivery (consumers drop it by message id), never to a loss.
/// The stored event's id is the message id (see <see cref="MessageIds"/>), which is what makes that redelivery recognisable.
/// </summary>
public sealed class EventForwarder : SubscriptionBase
{
    public const string SubscriptionId = "forwarder";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);
    private const int StreamsInParallel = 16;

    private readonly IIntegrationEventMap _map;
    private readonly IBus _bus;
    private readonly ILogger<EventForwarder> _logger;

    public EventForwarder(IIntegrationEventMap map, IBus bus, ILogger<EventForwarder> logger)
    {
        _map = map;
        _bus = bus;
        _logger = logger;
        Name = SubscriptionId;
        Options.BatchSize = 500;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Order matters within a stream (an alert's changes, an entry's versions), not across
        // streams: streams are forwarded side by side, each one's events strictly in order.
        var messages = new List<(IEvent Stored, IReadOnlyList<object> Messages)>(page.Events.Count);
        foreach (var stored in page.Events)
            messages.Add((stored, await _map.ToIntegrationEventsAsync(stored, operations, cancellationToken)));
        await Parallel.ForEachAsync(messages.Where(m => m.Messages.Count > 0).GroupBy(m => m.Stored.StreamId),
            new ParallelOptions { MaxDegreeOfParallelism = StreamsInParallel, CancellationToken = cancellationToken },
            async (stream, ct) =>
            {
                foreach (var (stored, published) in stream)
                    for (var i = 0; i < published.Count; i++)
                        await PublishUntilAcceptedAsync(stored, MessageIds.For(stored.Id, i), published[i], ct);
            });
        return NullChangeListener.Instance;
    }

    /// <summary>
    /// Retries here, inside the page, rather than failing the page: a broker outage then only
    /// delays forwarding, keeps the order, and needs nobody to restart a paused subscription.
    /// </summary>
    private async Task PublishUntilAcceptedAsync(IEvent stored, Guid messageId, object message, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                await PublishAsync(_bus, stored, messageId, message, timeout.Token);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Forwarding event {Sequence} ({Type}) failed on attempt {Attempt}; retrying in {Backoff}",
                    stored.Sequence, stored.EventTypeName, attempt, backoff);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>One integration message of a stored event, under the message id every publisher of that event uses.</summary>
    internal static Task PublishAsync(IBus bus, IEvent stored, Guid messageId, object message, CancellationToken ct) =>
        bus.Publish(message, message.GetType(), ctx =>
        {
            ctx.MessageId = messageId;
            if (Guid.TryParse(stored.CorrelationId, out var correlation)) ctx.CorrelationId = correlation;
            if (stored.CorrelationId is { } c) ctx.Headers.Set("X-Correlation-ID", c);
        }, ct);
}
