using System.Threading.Channels;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// One live reader's wake-up (<see cref="FeedWakeups.Listen"/>). A wake-up carries no data: the feed in PostgreSQL is the
/// truth and the reader reads it again. It holds a channel of one slot that drops extra wake-ups, so the writer never waits
/// for a slow reader and memory per reader is constant.
/// </summary>
public sealed class FeedListener(Guid subscriptionId, Action<FeedListener> remove) : IDisposable
{
    private readonly Channel<bool> _slot =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

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

    public void Dispose() => remove(this);
}
