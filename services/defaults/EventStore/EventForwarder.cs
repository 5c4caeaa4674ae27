using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Publishes stored events to RabbitMQ from a Marten subscription. A page is mapped in one go (what its messages need
/// beyond the events' own data is read once for the page, see <see cref="IIntegrationEventMap"/>), then its streams are
/// published side by side, each stream's events strictly in order. The daemon records progress only after the whole page
/// is published, so every event below the checkpoint was accepted by the broker, and a crash between publishing and
/// checkpointing leads to a redelivery (consumers drop it by message id), never to a loss.
/// The stored event's id is the message id (see <see cref="MessageIds"/>), which is what makes that redelivery recognisable.
/// Events this process already published early, confirmed by the broker, are left out (<see cref="EarlyPublished"/>).
/// </summary>
public sealed class EventForwarder : SubscriptionBase
{
    public const string SubscriptionId = "forwarder";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly IIntegrationEventMap _map;
    private readonly IBus _bus;
    private readonly ForwarderSettings _settings;
    private readonly EarlyPublished _earlyPublished;
    private readonly ILogger<EventForwarder> _logger;

    public EventForwarder(IIntegrationEventMap map, IBus bus, ForwarderSettings settings, EarlyPublished earlyPublished,
        ILogger<EventForwarder> logger)
    {
        _map = map;
        _earlyPublished = earlyPublished;
        _bus = bus;
        _settings = settings;
        _logger = logger;
        Name = SubscriptionId;
        Options.BatchSize = settings.PageSize;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var events = await _earlyPublished.NotPublishedAsync(page.Events, cancellationToken);
        if (events.Count == 0) return NullChangeListener.Instance;
        var mapped = await MapAsync(events, operations, cancellationToken);
        await PublishByStreamAsync(events, mapped, _map, _settings,
            (stored, messageId, message, ct) => PublishUntilAcceptedAsync(stored, messageId, message, ct), cancellationToken);
        return NullChangeListener.Instance;
    }

    private async Task<IReadOnlyList<IReadOnlyList<object>>> MapAsync(IReadOnlyList<IEvent> events, IDocumentOperations operations,
        CancellationToken ct)
    {
        if (!_settings.PerEventLoading) return await _map.ToIntegrationEventsAsync(events, operations, ct);
        var mapped = new List<IReadOnlyList<object>>(events.Count);
        foreach (var stored in events) mapped.Add((await _map.ToIntegrationEventsAsync([stored], operations, ct))[0]);
        return mapped;
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

    /// <summary>
    /// Order matters within a stream (an alert's changes, an entry's versions), not across streams: streams are published
    /// side by side, each one's events strictly in order, and this returns once every message is published. Messages the
    /// map bundles (a manifest's crossings) need no order at all: they go beside the streams, up to
    /// <see cref="ForwarderSettings.BundleSize"/> in one message.
    /// </summary>
    internal static Task PublishByStreamAsync(IReadOnlyList<IEvent> events, IReadOnlyList<IReadOnlyList<object>> mapped,
        IIntegrationEventMap map, ForwarderSettings settings,
        Func<IEvent, Guid, object, CancellationToken, Task> publish, CancellationToken cancellationToken)
    {
        var streams = new Dictionary<object, List<(IEvent Stored, Guid MessageId, object Message)>>();
        var bundled = new List<(IEvent Stored, BundledMessage Item)>();
        for (var e = 0; e < events.Count; e++)
            for (var i = 0; i < mapped[e].Count; i++)
            {
                var (stored, id, message) = (events[e], MessageIds.For(events[e].Id, i), mapped[e][i]);
                if (settings.BundleSize > 1 && map.Bundles(message))
                    bundled.Add((stored, new BundledMessage(id, stored.CorrelationId, message)));
                else if (streams.TryGetValue(StreamOf(stored), out var stream)) stream.Add((stored, id, message));
                else streams[StreamOf(stored)] = [(stored, id, message)];
            }
        var work = bundled.Chunk(settings.BundleSize)
            .Select(bundle => (Func<CancellationToken, Task>)(ct =>
                // A bundle's own id is new each time: consumers recognise its crossings by theirs.
                publish(bundle[0].Stored, Guid.CreateVersion7(), map.Bundle([.. bundle.Select(b => b.Item)]), ct)))
            .Concat(streams.Values.Select(stream => (Func<CancellationToken, Task>)(async ct =>
            {
                foreach (var (stored, id, message) in stream) await publish(stored, id, message, ct);
            })));
        return Parallel.ForEachAsync(work,
            new ParallelOptions { MaxDegreeOfParallelism = settings.StreamsInParallel, CancellationToken = cancellationToken },
            async (publishing, ct) => await publishing(ct));
    }

    private static object StreamOf(IEvent stored) => stored.StreamKey ?? (object)stored.StreamId;

    /// <summary>One integration message of a stored event, under the message id every publisher of that event uses.</summary>
    internal static Task PublishAsync(IBus bus, IEvent stored, Guid messageId, object message, CancellationToken ct) =>
        bus.Publish(message, message.GetType(), ctx =>
        {
            ctx.MessageId = messageId;
            if (Guid.TryParse(stored.CorrelationId, out var correlation)) ctx.CorrelationId = correlation;
            if (stored.CorrelationId is { } c) ctx.Headers.Set("X-Correlation-ID", c);
        }, ct);
}
