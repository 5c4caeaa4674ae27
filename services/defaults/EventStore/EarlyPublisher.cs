using JasperFx.Events;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Publishes a request's events as soon as its transaction has committed, so consumers hear of them in milliseconds
/// instead of at the forwarder's next turn (the async daemon waits out sequence gaps under concurrent appends, which
/// under a burst of screenings held hits back for seconds). Best effort by design: the forwarder still publishes every
/// stored event under the same message ids, so a failed early publish, or a crash right after the commit, costs
/// latency and never a message, and consumers, which drop what they have handled by message id, apply each event once.
/// What the broker confirmed (MassTransit waits for RabbitMQ's publisher confirms, on by default) is noted in
/// <see cref="EarlyPublished"/>, and this process's forwarder does not publish it again (decision 0118).
/// </summary>
public sealed class EarlyPublisher(IIntegrationEventMap map, IBus bus, IDocumentStore store, ForwarderSettings settings,
    EarlyPublished published, ILogger<EarlyPublisher> log)
{
    /// <summary>Call after SaveChanges has returned; the publishing runs in the background.</summary>
    public void PublishCommitted(IEnumerable<IEvent> committed)
    {
        var events = committed.ToList();
        // Noted before the publish starts, so the forwarder, finding these events, waits for the outcome instead of racing it.
        var confirmed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        published.Started(events, confirmed.Task);
        _ = Task.Run(async () => confirmed.SetResult(await PublishAsync(events)));
    }

    /// <returns>Whether the broker confirmed every message of the batch.</returns>
    private async Task<bool> PublishAsync(IReadOnlyList<IEvent> events)
    {
        using var timeout = new CancellationTokenSource(settings.EarlyPublishTimeout);
        try
        {
            await using var session = store.QuerySession();
            var mapped = await map.ToIntegrationEventsAsync(events, session, timeout.Token);
            // As the forwarder does: streams side by side, a manifest's thousand crossings in a few bundles.
            await EventForwarder.PublishByStreamAsync(events, mapped, map, settings,
                (stored, messageId, message, ct) => EventForwarder.PublishAsync(bus, stored, messageId, message, ct), timeout.Token);
            return true;
        }
        catch (Exception ex)
        {
            log.LogInformation(ex, "Early publishing of {Count} events failed; the forwarder publishes them", events.Count);
            return false;
        }
    }
}
