using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// In-process wake-ups for live readers of a feed. A signal carries no data: the feed in PostgreSQL is the
/// truth and the reader reads it again. Each listener holds a channel of one slot that drops extra signals,
/// so the consumer never waits for a slow reader and memory per listener is constant.
/// </summary>
public sealed class FeedSignals
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Listener, byte>> _listeners = new();

    public Listener Listen(Guid subscriptionId)
    {
        var listener = new Listener(this, subscriptionId);
        _listeners.GetOrAdd(subscriptionId, _ => new()).TryAdd(listener, 0);
        return listener;
    }

    public void Wake(Guid subscriptionId)
    {
        if (_listeners.TryGetValue(subscriptionId, out var set))
            foreach (var listener in set.Keys) listener.Signal();
    }

    private void Remove(Listener listener)
    {
        if (_listeners.TryGetValue(listener.SubscriptionId, out var set)) set.TryRemove(listener, out _);
    }

    public sealed class Listener(FeedSignals owner, Guid subscriptionId) : IDisposable
    {
        private readonly Channel<bool> _slot = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

        public Guid SubscriptionId { get; } = subscriptionId;

        internal void Signal() => _slot.Writer.TryWrite(true);

        /// <summary>True when woken, false when <paramref name="timeout"/> passed first.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
        {
            if (_slot.Reader.TryRead(out _)) return true;
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timer.CancelAfter(timeout);
            try
            {
                await _slot.Reader.WaitToReadAsync(timer.Token);
                return _slot.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return false;
            }
        }

        public void Dispose() => owner.Remove(this);
    }
}
