using JasperFx.Events;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// What this process has published early (<see cref="EarlyPublisher"/>), so that its forwarder does not publish it a second
/// time: that copy crossed RabbitMQ and reached every consumer only to be dropped there by message id, for every screening
/// (issue 17, decision 0118). An early publish is one batch (a group commit's events); it counts for its events only if every
/// message of the batch was confirmed by the broker (publisher confirms), so a failed, partial or timed-out early publish
/// leaves the whole batch to the forwarder, as before. Bundled crossings need no more than that: a crossing's event is
/// skipped only when the bundle carrying it was confirmed, and one the forwarder sends goes in a new bundle that consumers
/// recognise by the crossing's own id. Nothing is recorded for what never reached the early publisher (a crash right after
/// the commit), so the forwarder publishes it.
/// <para>
/// Bounded: the oldest ids give way beyond <c>capacity</c>, which is what keeps a replica whose forwarder runs elsewhere
/// (HotCold) from growing; forgetting an id only costs the duplicate it would have saved. The forwarder forgets each id it
/// asked about. <c>capacity</c> 0 remembers nothing: every event is forwarded again, the benchmark's baseline.
/// </para>
/// </summary>
/// <param name="longestWait">Longer than the early publisher's own timeout: by then its batch has been confirmed or has failed.</param>
public sealed class EarlyPublished(int capacity, TimeSpan longestWait)
{
    private readonly Dictionary<Guid, Task<bool>> _batches = [];
    private readonly Queue<Guid> _order = new();

    /// <summary>Called before the early publish of <paramref name="events"/> starts; <paramref name="confirmed"/> is its outcome.</summary>
    public void Started(IReadOnlyList<IEvent> events, Task<bool> confirmed)
    {
        if (capacity == 0) return;
        lock (_batches)
            foreach (var e in events)
            {
                _batches[e.Id] = confirmed;
                _order.Enqueue(e.Id);
                // Ids are unique, so one dequeued either is still remembered or was already asked about by the forwarder.
                while (_order.Count > capacity) _batches.Remove(_order.Dequeue());
            }
    }

    /// <summary>
    /// The events of <paramref name="page"/> that were not published early, in their order. An early publish still under way is
    /// waited for rather than raced: skipping it would let a later event of its stream overtake it, publishing it again costs a
    /// duplicate, and it ends within its timeout either way.
    /// </summary>
    public async Task<IReadOnlyList<IEvent>> NotPublishedAsync(IReadOnlyList<IEvent> page, CancellationToken ct)
    {
        if (capacity == 0) return page;
        var batches = new Task<bool>?[page.Count];
        var any = false;
        lock (_batches)
            for (var i = 0; i < page.Count; i++)
                if (_batches.Remove(page[i].Id, out var batch)) (batches[i], any) = (batch, true);
        if (!any) return page;

        var rest = new List<IEvent>(page.Count);
        for (var i = 0; i < page.Count; i++)
            if (batches[i] is not { } batch || !await ConfirmedAsync(batch, ct)) rest.Add(page[i]);
        return rest;
    }

    private async Task<bool> ConfirmedAsync(Task<bool> batch, CancellationToken ct)
    {
        try
        {
            return await batch.WaitAsync(longestWait, ct);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
