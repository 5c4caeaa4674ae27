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
/// </summary>
public sealed class EarlyPublisher(IIntegrationEventMap map, IBus bus, IDocumentStore store, ILogger<EarlyPublisher> log)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Streams published at once. A manifest commits a thousand screenings (a stream each); one at a time, each waiting for
    /// the broker's confirm, they outlasted the timeout and most reached consumers only through the forwarder, seconds later.
    /// </summary>
    private const int StreamsInFlight = 64;

    /// <summary>Call after SaveChanges has returned; the publishing runs in the background.</summary>
    public void PublishCommitted(IEnumerable<IEvent> committed)
    {
        var events = committed.ToList();
        _ = Task.Run(() => PublishAsync(events));
    }

    private async Task PublishAsync(IReadOnlyList<IEvent> events)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var mapped = new List<(IEvent Stored, IReadOnlyList<object> Messages)>(events.Count);
            await using (var session = store.QuerySession())
                foreach (var stored in events) mapped.Add((stored, await map.ToIntegrationEventsAsync(stored, session, timeout.Token)));
            // One stream's events in order; streams side by side, their confirms awaited together.
            var streams = mapped.GroupBy(m => (m.Stored.StreamId, m.Stored.StreamKey));
            await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = StreamsInFlight, CancellationToken = timeout.Token },
                async (stream, ct) =>
                {
                    foreach (var (stored, messages) in stream)
                        for (var i = 0; i < messages.Count; i++)
                            await EventForwarder.PublishAsync(bus, stored, MessageIds.For(stored.Id, i), messages[i], ct);
                });
        }
        catch (Exception ex)
        {
            log.LogInformation(ex, "Early publishing of {Count} events failed; the forwarder publishes them", events.Count);
        }
    }
}
